package se.glomska.reliability;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;
import se.glomska.HttpApis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application process (the packaged jar) is killed with SIGKILL in the middle of a retention run, while a
 * batch is open. After a restart the run resumes from its last committed batch by itself, and every candidate
 * is erased exactly once, with one erasure log entry each; the killed batch left nothing behind.
 */
class RetentionCrashIT {

    private static final String DATABASE = "glomska_retention_crash";
    private static final int CANDIDATES = 600;
    private static final int BATCH = 50;
    private static final String[] RETENTION = {"--glomska.retention.inactive-after=P3Y",
            "--glomska.retention.batch-size=" + BATCH, "--glomska.retention.lock-at-most-for=PT30S",
            "--glomska.retention.resume-every=PT2S"};

    private static ControlledMariaDb db;
    private static String url;
    private static JdbcClient jdbc;
    private static AppProcess app;

    @BeforeAll
    static void start() {
        db = ControlledMariaDb.shared();
        url = db.createDatabase(DATABASE);
        jdbc = db.jdbc(DATABASE);
        app = AppProcess.start(url, "retention-crash", RETENTION);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private static HttpApi api() {
        return HttpApis.of(app.port, AppProcess.OPERATOR, AppProcess.PASSWORD);
    }

    @Test
    void killedInTheMiddleOfARunTheRunResumesAndErasesEveryCandidateOnce() throws Exception {
        // Inactive for five years: half of them with an activity (ANONYMIZE), half without (DELETE)
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            String rows = " FROM " + ApiCatalogue.numbers(CANDIDATES) + " WHERE i BETWEEN 1 AND " + CANDIDATES;
            s.executeUpdate("INSERT INTO customer (customer_number, kind, relation, first_name, last_name, email, "
                    + "created_at, last_activity_at) SELECT CONCAT('RC', i), 'PERSON', 'CUSTOMER', 'Rut', "
                    + "CONCAT('Gallrad', i), CONCAT('rut', i, '@example.se'), NOW(6) - INTERVAL 5 YEAR, "
                    + "NOW(6) - INTERVAL 5 YEAR + INTERVAL i SECOND" + rows);
            s.executeUpdate("INSERT INTO crm_activity (customer_id, kind, status, subject, notes, contact_person, "
                    + "occurs_at, owner) SELECT id, 'CALL', 'DONE', 'Samtal', 'Anteckning', 'Rut', "
                    + "NOW(6) - INTERVAL 5 YEAR, 'salj.kalle' FROM customer WHERE customer_number LIKE 'RC%' "
                    + "AND MOD(id, 2) = 0");
        }
        List<Long> candidates = jdbc.sql("SELECT id FROM customer WHERE customer_number LIKE 'RC%' ORDER BY last_activity_at, id")
                .query(Long.class).list();
        assertThat(candidates).hasSize(CANDIDATES);
        // The sixth batch's first customer (the run's order: oldest activity first) is held, so the run waits in it
        long held = candidates.get(5 * BATCH);
        long runId;
        try (Connection barrier = DriverManager.getConnection(url, "root", "")) {
            barrier.setAutoCommit(false);
            try (Statement s = barrier.createStatement()) {
                s.executeQuery("SELECT id FROM customer WHERE id = " + held + " FOR UPDATE").close();
            }
            Response started = api().post("/api/retention/runs", Map.of("dryRun", false));
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            runId = started.json().get("id").asLong();
            assertThat(started.json().get("total").asInt()).isEqualTo(CANDIDATES);
            awaitDone(runId, 5 * BATCH);
            // The batch's lock is the cluster guard's write of its customers' rows (CommitGuard.writeAll)
            awaitWaiting("UPDATE customer SET write_token = % WHERE id IN %");
            app.kill9();
            barrier.rollback();
        }
        int doneAtKill = done(runId);
        System.out.printf("Retention crash test: killed the application (SIGKILL) in batch 6 of %d, %d of %d "
                + "customers committed%n", CANDIDATES / BATCH, doneAtKill, CANDIDATES);
        assertThat(doneAtKill).isEqualTo(5 * BATCH);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM erasure_log").query(Long.class).single())
                .as("the killed batch left no log entry").isEqualTo(5L * BATCH);

        app = AppProcess.start(url, "retention-crash", RETENTION);
        long deadline = System.currentTimeMillis() + 120_000;
        while (!status(runId).equals("DONE")) {
            assertThat(System.currentTimeMillis()).as("run " + runId + " resumed and done").isLessThan(deadline);
            Thread.sleep(500);
        }
        Map<String, Object> run = jdbc.sql("SELECT total, done, erased, skipped FROM retention_run WHERE id = ?")
                .param(runId).query().singleRow();
        assertThat(run).containsEntry("done", CANDIDATES).containsEntry("erased", CANDIDATES)
                .containsEntry("skipped", 0);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM retention_run_customer WHERE run_id = ? AND outcome IS NULL""")
                .param(runId).query(Long.class).single()).isZero();
        List<Long> entries = jdbc.sql("""
                        SELECT COUNT(l.id) FROM retention_run_customer m LEFT JOIN erasure_log l
                          ON l.customer_id = m.customer_id AND l.actor = 'retention'
                        WHERE m.run_id = ? GROUP BY m.customer_id""")
                .param(runId).query(Long.class).list();
        assertThat(entries).hasSize(CANDIDATES).allMatch(n -> n == 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer WHERE customer_number LIKE 'RC%' AND NOT anonymized")
                .query(Long.class).single()).as("every candidate deleted or anonymized").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer WHERE customer_number LIKE 'RC%'").query(Long.class)
                .single()).as("the ones with an activity anonymized, the others deleted").isEqualTo(CANDIDATES / 2);
    }

    private static void awaitDone(long runId, int done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (done(runId) < done) {
            assertThat(System.currentTimeMillis()).as("run at " + done).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void awaitWaiting(String statement) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (jdbc.sql("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE ?").param(statement)
                .query(Long.class).single() == 0) {
            assertThat(System.currentTimeMillis()).as("waiting: " + statement).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static int done(long runId) {
        return jdbc.sql("SELECT done FROM retention_run WHERE id = ?").param(runId).query(Integer.class).single();
    }

    private static String status(long runId) {
        return jdbc.sql("SELECT status FROM retention_run WHERE id = ?").param(runId).query(String.class).single();
    }
}
