package se.glomska.customer.internal.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The guard between an erasure and a new record of the same customer: both write the customer row first, a random
 * {@code write_token}, and just before the commit each checks that the row still holds its token.
 * <ul>
 * <li>The write, not a shared lock: on a Galera cluster a lock taken on one node is invisible to the other nodes,
 * and only rows that both transactions write conflict at commit (one is aborted, MariaDB error 1213, and retried).
 * On one server the write holds the row until the commit, as the lock did.</li>
 * <li>The check: on MariaDB 10.11.19 with Galera 26.4.23 a transaction that the cluster aborted for a conflicting
 * write set from another node was measured to go on without an error: its earlier statements were rolled back, its
 * later ones ran and committed on their own, so a new record got in without its guard while the customer was
 * anonymized on another node. A token that another transaction replaced, or a row that is gone, shows it: the
 * check throws a {@link CannotAcquireLockException}, the transaction is rolled back whole and retried, and the
 * retry finds the customer as it now is (docs/adr/0011-cluster-guard-is-a-write.md).</li>
 * </ul>
 * On a single server the check always passes; it costs one primary-key read per transaction.
 */
public final class CommitGuard {

    private static final Logger log = LoggerFactory.getLogger(CommitGuard.class);

    private CommitGuard() {
    }

    /**
     * Writes the customer's row for this transaction and checks it again before the commit.
     *
     * @param onlyIfNotAnonymized write only a customer that is not anonymized (a new record)
     * @param deletesTheCustomer  this transaction may delete the customer row itself (an erasure): then a missing
     *                            row at the commit is its own doing
     * @return whether the row was written (false: no such customer, or anonymized when that was excluded)
     */
    public static boolean write(JdbcClient jdbc, long customerId, boolean onlyIfNotAnonymized,
                                boolean deletesTheCustomer) {
        return write(jdbc, customerId, onlyIfNotAnonymized, deletesTheCustomer, null);
    }

    /**
     * As {@link #write(JdbcClient, long, boolean, boolean)}, and in the same statement moves the customer's last
     * activity (retention) forward to {@code activityAt} when that is later.
     */
    public static boolean write(JdbcClient jdbc, long customerId, boolean onlyIfNotAnonymized,
                                boolean deletesTheCustomer, Instant activityAt) {
        long token = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        var statement = jdbc.sql("UPDATE customer SET write_token = :token"
                        + (activityAt != null ? ", last_activity_at = GREATEST(COALESCE(last_activity_at, :at), :at)" : "")
                        + " WHERE id = :id" + (onlyIfNotAnonymized ? " AND NOT anonymized" : ""))
                .param("token", token).param("id", customerId);
        if (activityAt != null) {
            statement = statement.param("at", Timestamp.from(activityAt));
        }
        int written = statement.update();
        if (written == 1) {
            expectAtCommit(jdbc, customerId, new Expected(token, deletesTheCustomer));
        }
        return written == 1;
    }

    /**
     * As {@link #write(JdbcClient, long, boolean, boolean)} for a batch of customers (a retention batch), in one
     * statement: the same random token for every row of the batch, each checked again before the commit. An
     * erasure's write: a row the transaction deletes itself is no loss. Rows are written in id order (the primary
     * key), so two batches on one server do not deadlock.
     *
     */
    public static void writeAll(JdbcClient jdbc, java.util.Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return;
        }
        long token = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        jdbc.sql("UPDATE customer SET write_token = :token WHERE id IN (:ids) ORDER BY id")
                .param("token", token).param("ids", customerIds).update();
        // An id without a row is expected gone at the commit, which it is (or the erasure deleted it).
        customerIds.forEach(id -> expectAtCommit(jdbc, id, new Expected(token, true)));
    }

    private record Expected(long token, boolean deletesTheCustomer) {
    }

    private static void expectAtCommit(JdbcClient jdbc, long customerId, Expected expected) {
        @SuppressWarnings("unchecked")
        Map<Long, Expected> all = (Map<Long, Expected>) TransactionSynchronizationManager.getResource(CommitGuard.class);
        if (all == null) {
            Map<Long, Expected> fresh = new HashMap<>();
            all = fresh;
            TransactionSynchronizationManager.bindResource(CommitGuard.class, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    check(jdbc, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CommitGuard.class);
                }
            });
        }
        all.merge(customerId, expected, (before, now) ->
                new Expected(now.token(), before.deletesTheCustomer() || now.deletesTheCustomer()));
    }

    /** One read for every customer the transaction wrote (a retention batch writes many). */
    private static void check(JdbcClient jdbc, Map<Long, Expected> expected) {
        Map<Long, Long> now = new HashMap<>();
        jdbc.sql("SELECT id, write_token FROM customer WHERE id IN (:ids)").param("ids", expected.keySet())
                .query(rs -> {
                    now.put(rs.getLong(1), rs.getLong(2));
                });
        expected.forEach((customerId, e) -> {
            Long token = now.get(customerId);
            boolean inPlace = token == null ? e.deletesTheCustomer() : token == e.token();
            if (!inPlace) {
                log.warn("The write of customer {} is no longer in place before the commit (the cluster rolled the "
                        + "transaction back); rolling back and retrying", customerId);
                throw new CannotAcquireLockException("customer " + customerId
                        + ": this transaction's write of the customer row was rolled back by the cluster");
            }
        });
    }
}
