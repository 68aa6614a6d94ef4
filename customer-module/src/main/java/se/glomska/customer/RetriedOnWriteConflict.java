package se.glomska.customer;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a service whose transaction writes a new record for a customer ({@link CustomerDirectory#lockForNewRecord}):
 * when the database aborts the transaction because another one wrote the same rows (a deadlock, or on a Galera
 * cluster a certification failure at commit, both MariaDB error 1213, which Spring reports as a
 * {@link PessimisticLockingFailureException}), the whole transaction is run again, a bounded number of times
 * with a short random pause; when every attempt fails the caller gets the last failure (HTTP 503 with
 * {@code Retry-After}). Spring Framework's own {@link Retryable}, applied outside the transaction, so that each
 * attempt is a new transaction (docs/adr/0011-cluster-guard-is-a-write.md).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(includes = PessimisticLockingFailureException.class, maxRetries = 5, delay = 10, multiplier = 2,
        jitter = 10, maxDelay = 200)
public @interface RetriedOnWriteConflict {
}
