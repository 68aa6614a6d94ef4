package se.glomska.customer.internal.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import se.glomska.customer.ErasureAction;
import se.glomska.customer.ErasureResult;

import java.util.function.Supplier;

/**
 * Runs an erasure's transaction, and again (up to {@link #ATTEMPTS} in all) when MariaDB ended it as a
 * deadlock victim, a lock wait timed out or, on a Galera cluster, a new record of the customer committed on
 * another node won the certification of the customer's row (also error 1213): the transaction was rolled back whole, so a new attempt
 * starts from scratch and re-checks everything under the customer's lock. The last failure is thrown
 * (the API answers 503, the GDPR page a 503 page; nothing was changed). The API and the page both
 * erase through here.
 */
@Component
public class ErasureAttempts {

    private static final Logger log = LoggerFactory.getLogger(ErasureAttempts.class);

    /** Attempts of an erasure that MariaDB chose as a deadlock victim or whose lock wait timed out. */
    public static final int ATTEMPTS = 3;

    private final EraseCustomer eraseCustomer;

    ErasureAttempts(EraseCustomer eraseCustomer) {
        this.eraseCustomer = eraseCustomer;
    }

    public ErasureResult perform(long id, ErasureAction action, String actor) {
        return perform(id, action, actor, false);
    }

    /** As above; {@code redactMentions} redacts every kept field that names the customer in the same transaction. */
    public ErasureResult perform(long id, ErasureAction action, String actor, boolean redactMentions) {
        return retrying(id, () -> eraseCustomer.perform(id, action, actor, redactMentions));
    }

    /**
     * Runs {@code transaction} (a whole transaction that erases customer {@code id} or may) and again, as an
     * erasure, when MariaDB rolled it back as a deadlock victim or after a lock wait timeout: an erasure request's
     * approval, and its completion when the last blocker cleared, go through here too.
     */
    public <T> T retrying(long id, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (PessimisticLockingFailureException busy) {
                if (attempt == ATTEMPTS) {
                    log.warn("Erasure of customer {} gave up after {} attempts: {}", id, attempt,
                            busy.getClass().getSimpleName());
                    throw busy;
                }
                log.warn("Erasure of customer {} rolled back ({}), attempt {} of {}; retrying", id,
                        busy.getClass().getSimpleName(), attempt, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt + (long) (Math.random() * 50));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
