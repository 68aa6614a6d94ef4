package se.glomska.reliability;

import se.glomska.erasure.ErasureChecks;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import se.glomska.CapturedLog;
import se.glomska.DatabaseSnapshot;
import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import se.glomska.erasure.CustomerHistory;
import se.glomska.erasure.Markers;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasures that meet each other or a busy database: a double submit erases once and logs once; eight
 * customers erased at the same moment do not deadlock; when MariaDB does end an erasure's transaction
 * (a real deadlock, a lock wait timeout) the erasure is retried, and when the lock cannot be had at all
 * the answer is a clear 503 and nothing has changed.
 */
class ErasureConcurrencyTest extends IntegrationTest {

    private static final Map<String, Object> ANONYMIZE = Map.of("action", "ANONYMIZE", "acknowledged", true);

    @Autowired
    DataSource dataSource;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Value("${spring.datasource.password:}")
    String password;

    @Test
    void aDoubleSubmittedAnonymizationErasesOnceAndLogsOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            CustomerHistory h = CustomerHistory.build(api(), Markers.next());
            ErasureChecks.awaitEventsCompleted(jdbc);

            List<Response> answers = atTheSameMoment(2, i -> api().post(erasure(h.customerId), ANONYMIZE));

            List<Integer> statuses = answers.stream().map(Response::status).sorted().toList();
            assertThat(statuses).as(answers.toString()).containsExactly(200, 409);
            Response refused = answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asString()).isNotBlank();
            assertThat(ErasureChecks.logEntries(jdbc, h.customerId)).isEqualTo(1);
            assertThat(ErasureChecks.markersOutsideKeptPlaces(jdbc, h.marker)).isEmpty();
        }
    }

    /**
     * A deletion cannot be refused as "already deleted" without keeping the customer: the second request
     * finds no customer (404), like any request for an id that does not exist.
     */
    @Test
    void aDoubleSubmittedDeletionDeletesOnceAndLogsOnce() throws Exception {
        CustomerHistory h = CustomerHistory.withoutTransactions(api(), Markers.next());

        List<Response> answers = atTheSameMoment(2, i -> api().post(erasure(h.customerId),
                Map.of("action", "DELETE", "acknowledged", true)));

        assertThat(answers.stream().map(Response::status).sorted().toList()).as(answers.toString())
                .containsExactly(200, 404);
        assertThat(ErasureChecks.logEntries(jdbc, h.customerId)).isEqualTo(1);
    }

    @Test
    void eightErasuresOfDifferentCustomersAtOnceAllSucceedWithoutDeadlock() throws Exception {
        List<CustomerHistory> anonymized = build(8, i -> CustomerHistory.build(api(), Markers.next()));
        List<CustomerHistory> deleted = build(4, i -> CustomerHistory.withoutTransactions(api(), Markers.next()));
        ErasureChecks.awaitEventsCompleted(jdbc);
        long deadlocksBefore = deadlocks();

        List<Response> answers = atTheSameMoment(12, i -> i < 8
                ? api().post(erasure(anonymized.get(i).customerId), ANONYMIZE)
                : api().post(erasure(deleted.get(i - 8).customerId), Map.of("action", "DELETE", "acknowledged", true)));

        assertThat(answers).as(answers.toString()).allMatch(r -> r.status() == 200);
        assertThat(deadlocks()).as("deadlocks reported by InnoDB").isEqualTo(deadlocksBefore);
        for (CustomerHistory h : anonymized) {
            assertThat(ErasureChecks.logEntries(jdbc, h.customerId)).isEqualTo(1);
            assertThat(ErasureChecks.markersOutsideKeptPlaces(jdbc, h.marker)).isEmpty();
        }
        for (CustomerHistory h : deleted) {
            assertThat(ErasureChecks.logEntries(jdbc, h.customerId)).isEqualTo(1);
            assertThat(api().get("/api/customers/" + h.customerId).status()).isEqualTo(404);
        }
    }

    @Test
    void aLockThatCannotBeHadAnswers503AfterRetriesAndChangesNothing() throws Exception {
        CustomerHistory h = CustomerHistory.build(api(), Markers.next());
        ErasureChecks.awaitEventsCompleted(jdbc);
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        long started;
        Response busy;
        try (AutoCloseable timeout = shortLockWaitTimeout(); Connection holder = lockCustomerRow(h.customerId)) {
            started = System.nanoTime();
            busy = api().post(erasure(h.customerId), ANONYMIZE);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

            assertThat(busy.status()).as(busy.toString()).isEqualTo(503);
            assertThat(busy.header("Content-Type")).startsWith("application/problem+json");
            assertThat(busy.header("Retry-After")).isNotBlank();
            assertThat(busy.json().get("detail").asString()).contains("nothing was changed");
            // retried: three attempts, each waiting out the one-second lock wait timeout
            assertThat(seconds).as("seconds until 503").isGreaterThanOrEqualTo(2);
            holder.rollback();
        }
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
        assertThat(ErasureChecks.logEntries(jdbc, h.customerId)).isZero();

        Response later = api().post(erasure(h.customerId), ANONYMIZE);
        assertThat(later.status()).as(later.toString()).isEqualTo(200);
        assertThat(ErasureChecks.logEntries(jdbc, h.customerId)).isEqualTo(1);
    }

    @Test
    void aLockWaitTimeoutIsRetriedAndTheErasureThenSucceeds() throws Exception {
        CustomerHistory h = CustomerHistory.build(api(), Markers.next());
        ErasureChecks.awaitEventsCompleted(jdbc);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CapturedLog log = CapturedLog.atDebug();
        String retried = "Erasure of customer " + h.customerId + " rolled back";
        try (log; AutoCloseable timeout = shortLockWaitTimeout()) {
            Connection holder = lockCustomerRow(h.customerId);
            Future<Response> erasure = pool.submit(() -> api().post(erasure(h.customerId), ANONYMIZE));
            // The first attempt waits for the customer's row; its one-second wait times out while the test
            // still holds the row: the lock is released only once the erasure says it retries.
            awaitErasureRunning("UPDATE customer SET write_token = % WHERE id = " + h.customerId, 0);
            long deadline = System.currentTimeMillis() + 15_000;
            while (!log.logged(retried)) {
                assertThat(System.currentTimeMillis()).as("the erasure retried in time").isLessThan(deadline);
                Thread.sleep(10);
            }
            holder.rollback();
            holder.close();

            Response answer = erasure.get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(log.events().stream().filter(e -> e.getFormattedMessage().contains(retried)).toList())
                .as("retries").hasSize(1)
                .allMatch(e -> e.getFormattedMessage().contains("attempt 1 of 3; retrying"));
        assertThat(ErasureChecks.logEntries(jdbc, h.customerId)).isEqualTo(1);
        assertThat(ErasureChecks.markersOutsideKeptPlaces(jdbc, h.marker)).isEmpty();
    }

    /**
     * A real deadlock: a heavier transaction of the test holds the customer's support cases while the
     * erasure holds the customer and waits for them, then asks for the customer. InnoDB rolls back the
     * lighter transaction, the erasure's; the erasure retries and succeeds once the test lets go.
     */
    @Test
    void anErasureChosenAsDeadlockVictimIsRetriedAndSucceeds() throws Exception {
        CustomerHistory h = CustomerHistory.build(api(), Markers.next());
        long other = CustomerHistory.withoutTransactions(api(), Markers.next()).customerId;
        ErasureChecks.awaitEventsCompleted(jdbc);
        long deadlocksBefore = deadlocks();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection heavy = connection()) {
            heavy.setAutoCommit(false);
            try (Statement s = heavy.createStatement()) {
                // Weight: InnoDB rolls back the transaction that changed fewer rows. These rows (rolled back
                // at the end) belong to another customer, so they hold up nothing the erasure needs.
                s.executeUpdate("INSERT INTO support_case (customer_id, name, created_at) SELECT " + other
                        + ", 'Vikt', NOW(6) FROM " + ApiCatalogue.numbers(1000) + " LIMIT 300");
                s.executeQuery("SELECT id FROM support_case WHERE customer_id = " + h.customerId + " FOR UPDATE")
                        .close();
            }
            Future<Response> erasure = pool.submit(() -> api().post(erasure(h.customerId), ANONYMIZE));
            awaitErasureRunning("UPDATE support_case %", 300);

            try (Statement s = heavy.createStatement()) {
                s.executeQuery("SELECT id FROM customer WHERE id = " + h.customerId + " FOR UPDATE").close();
            }
            heavy.rollback();

            Response answer = erasure.get(60, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(deadlocks()).as("deadlocks reported by InnoDB").isGreaterThan(deadlocksBefore);
        assertThat(ErasureChecks.logEntries(jdbc, h.customerId)).isEqualTo(1);
        assertThat(ErasureChecks.markersOutsideKeptPlaces(jdbc, h.marker)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------

    private static String erasure(long customerId) {
        return "/api/customers/" + customerId + "/erasure";
    }

    private interface Call<T> {
        T call(int index) throws Exception;
    }

    /** Runs {@code n} calls released together by a barrier. */
    private static <T> List<T> atTheSameMoment(int n, Call<T> call) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(n);
        return inParallel(n, n, index -> {
            barrier.await();
            return call.call(index);
        });
    }

    /** Builds {@code n} histories on 4 threads (set-up, not under test). */
    private static <T> List<T> build(int n, Call<T> call) throws Exception {
        return inParallel(n, 4, call);
    }

    private static <T> List<T> inParallel(int n, int threads, Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> call.call(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private long deadlocks() {
        return jdbc.sql("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'").query((rs, n) -> rs.getLong(2)).single();
    }

    /** A connection of the test's own, outside the application's pool. */
    private Connection connection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Holds the customer's row locked (as a concurrent erasure or edit would) until rolled back. */
    private Connection lockCustomerRow(long customerId) throws SQLException {
        Connection holder = connection();
        holder.setAutoCommit(false);
        try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM customer WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, customerId);
            lock.executeQuery().close();
        }
        return holder;
    }

    /**
     * Lets the application's sessions wait one second for a lock (the server's setting, taken by each
     * new session; the pool's sessions are renewed), and restores the setting afterwards.
     */
    private AutoCloseable shortLockWaitTimeout() {
        long original = jdbc.sql("SELECT @@GLOBAL.innodb_lock_wait_timeout").query(Long.class).single();
        jdbc.sql("SET GLOBAL innodb_lock_wait_timeout = 1").update();
        renewPooledSessions();
        return () -> {
            jdbc.sql("SET GLOBAL innodb_lock_wait_timeout = " + original).update();
            renewPooledSessions();
        };
    }

    private void renewPooledSessions() {
        try {
            dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the erasure has been running a statement (SQL LIKE pattern) for {@code millis}: a
     * statement that only takes that long when it waits for a lock. Watched in the process list
     * (information_schema.INNODB_TRX does not reliably list a transaction while it waits).
     */
    private void awaitErasureRunning(String statement, long millis) throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        try (Connection watcher = connection();
             PreparedStatement running = watcher.prepareStatement("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                     + "WHERE INFO LIKE ? AND TIME_MS >= ?")) {
            running.setString(1, statement);
            running.setLong(2, millis);
            while (System.currentTimeMillis() < deadline) {
                try (ResultSet rs = running.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
            List<String> processes = new ArrayList<>();
            try (Statement s = watcher.createStatement();
                 ResultSet rs = s.executeQuery("SELECT STATE, INFO FROM information_schema.PROCESSLIST "
                         + "WHERE COMMAND <> 'Sleep'")) {
                while (rs.next()) {
                    processes.add(rs.getString(1) + ": " + rs.getString(2));
                }
            }
            throw new AssertionError("the erasure never ran " + statement + "; running: " + processes);
        }
    }
}
