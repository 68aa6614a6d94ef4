package se.glomska.reliability;

import se.glomska.erasure.ErasureChecks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.DatabaseSnapshot;
import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;
import se.glomska.HttpApis;
import se.glomska.erasure.CustomerHistory;
import se.glomska.erasure.Markers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application process (the packaged jar in its own JVM) is killed with SIGKILL in the middle of
 * anonymizing a heavy customer. After a restart every table is exactly as before — MariaDB rolled the
 * open transaction back, as the erasure is one transaction — and the erasure can be run again.
 * Two moments: while the modules' UPDATE statements run, and after all of them, just before the
 * erasure log entry and the commit.
 */
class CrashDuringAnonymizationIT {

    private static final String DATABASE = "glomska_crash";
    private static final Map<String, Object> ANONYMIZE = Map.of("action", "ANONYMIZE", "acknowledged", true);

    private static ControlledMariaDb db;
    private static String url;
    private static JdbcClient jdbc;
    private static AppProcess app;

    @BeforeAll
    static void start() {
        db = ControlledMariaDb.shared();
        url = db.createDatabase(DATABASE);
        jdbc = db.jdbc(DATABASE);
        app = AppProcess.start(url, "crash");
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
    void killedWhileTheModulesTablesAreBeingUpdatedEveryTableIsAsBefore() throws Exception {
        CustomerHistory h = heavyCustomer();
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);

        CompletableFuture<Response> erasure = CompletableFuture.supplyAsync(
                () -> api().post("/api/customers/" + h.customerId + "/erasure", ANONYMIZE));
        // Support's tables are updated mail first, then cases: by the time the cases' UPDATE runs, the
        // transaction has changed 20,000 mails (and the tables of the modules before support).
        Map<String, Object> running = awaitErasureRunning("UPDATE support_case %", erasure);
        app.kill9();
        System.out.printf("Crash test: killed the application (SIGKILL) in the middle of the erasure's transaction, "
                + "while '%s' had run %s ms%n", brief(running.get("INFO")), running.get("TIME_MS"));

        assertThat(erasure).failsWithin(30, TimeUnit.SECONDS);
        awaitRolledBack(running.get("ID"));
        assertEveryTableAsBeforeAfterRestartAndErasureRunsAgain(h, before);
    }

    @Test
    void killedAfterEveryModuleButBeforeTheLogAndTheCommitEveryTableIsAsBefore() throws Exception {
        CustomerHistory h = heavyCustomer();
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);

        Map<String, Object> open;
        CompletableFuture<Response> erasure;
        // Holds the end of the erasure log (a gap lock), so that the erasure, having run every module's
        // statements, waits at its last one: the log entry.
        try (Connection barrier = DriverManager.getConnection(url, "root", "")) {
            barrier.setAutoCommit(false);
            try (Statement s = barrier.createStatement()) {
                s.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                s.executeQuery("SELECT id FROM erasure_log WHERE id > (SELECT COALESCE(MAX(id), 0) FROM erasure_log) "
                        + "FOR UPDATE").close();
            }
            erasure = CompletableFuture.supplyAsync(
                    () -> api().post("/api/customers/" + h.customerId + "/erasure", ANONYMIZE));
            open = awaitErasureRunning("INSERT INTO erasure_log%", erasure);
            app.kill9();
            barrier.rollback();
        }
        System.out.printf("Crash test: killed the application (SIGKILL) after every module's statements, "
                + "while it waited %s ms to write the erasure log%n", open.get("TIME_MS"));

        assertThat(erasure).failsWithin(30, TimeUnit.SECONDS);
        awaitRolledBack(open.get("ID"));
        assertEveryTableAsBeforeAfterRestartAndErasureRunsAgain(h, before);
    }

    private void assertEveryTableAsBeforeAfterRestartAndErasureRunsAgain(CustomerHistory h, DatabaseSnapshot before) {
        assertThat(DatabaseSnapshot.of(jdbc)).as("every table after the crash").isEqualTo(before);
        app = AppProcess.start(url, "crash");
        assertThat(DatabaseSnapshot.of(jdbc)).as("every table after the restart").isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM erasure_log WHERE customer_id = ?").param(h.customerId)
                .query(Long.class).single()).isZero();

        Response again = api().post("/api/customers/" + h.customerId + "/erasure", ANONYMIZE);

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM erasure_log WHERE customer_id = ?").param(h.customerId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM support_case WHERE customer_id = ? AND name <> 'Xxxx'")
                .param(h.customerId).query(Long.class).single()).isZero();
        assertThat(api().get("/api/customers/" + h.customerId).json().get("anonymized").asBoolean()).isTrue();
    }

    /**
     * A customer with every record type (through the API) and tens of thousands of records more (straight
     * into the tables), so that the anonymization takes long enough to be caught in the middle.
     */
    private CustomerHistory heavyCustomer() {
        CustomerHistory h = CustomerHistory.build(api(), Markers.next());
        int n = 20_000;
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            String rows = " FROM " + ApiCatalogue.numbers(n) + " WHERE i <= " + n;
            long id = h.customerId;
            String m = "'" + h.marker + "'";
            s.executeUpdate("INSERT INTO support_case (customer_id, name, email, phone, subject, text, internal_comment, "
                    + "created_at) SELECT " + id + ", CONCAT(" + m + ", ' ärende ', i), CONCAT('c', i, "
                    + "'@example.se'), '070-1234567', CONCAT(" + m + ", ' ämne'), REPEAT('Lång text om kunden. ', 60), "
                    + "'Intern kommentar', NOW(6)" + rows);
            s.executeUpdate("INSERT INTO crm_activity (customer_id, kind, status, subject, notes, contact_person, "
                    + "contact_email, contact_phone, occurs_at, owner) SELECT " + id + ", 'CALL', 'DONE', "
                    + "CONCAT(" + m + ", ' samtal ', i), REPEAT('Anteckning. ', 80), CONCAT(" + m + ", ' kontakt'), "
                    + "'kontakt@example.se', '070-7654321', NOW(6), 'salj.kalle'" + rows);
            s.executeUpdate("INSERT INTO support_mail (customer_id, document_type, document_id, name, email, phone, "
                    + "subject, text, replies, internal_comment, sent_at) SELECT " + id + ", 'ORDER', i, "
                    + "CONCAT(" + m + ", ' mottagare'), 'm@example.se', '070-1111111', 'Order', REPEAT('Brev. ', 150), "
                    + "NULL, NULL, NOW(6)" + rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        ErasureChecks.awaitEventsCompleted(jdbc);
        return h;
    }

    /**
     * Waits until the erasure has been running the given statement for 100 ms (a long UPDATE, or the log
     * entry waiting behind the test's lock); fails if the erasure ends first. Watched in the process list:
     * information_schema.INNODB_TRX does not reliably list a transaction while its statement runs.
     */
    private Map<String, Object> awaitErasureRunning(String statement, CompletableFuture<Response> erasure) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            var running = jdbc.sql("SELECT ID, INFO, TIME_MS FROM information_schema.PROCESSLIST "
                    + "WHERE INFO LIKE ? AND TIME_MS > 100").param(statement).query().listOfRows();
            if (!running.isEmpty()) {
                return running.get(0);
            }
            if (erasure.isDone()) {
                throw new AssertionError("the erasure ended before it could be caught: " + erasure.join());
            }
            ApiCatalogue.sleep(2);
        }
        throw new AssertionError("the erasure was never seen running " + statement);
    }

    /** MariaDB rolls the dead client's transaction back, then ends its connection; waits for that. */
    private void awaitRolledBack(Object connectionId) {
        long deadline = System.currentTimeMillis() + 300_000;
        while (jdbc.sql("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = ?").param(connectionId)
                .query(Long.class).single() > 0) {
            assertThat(System.currentTimeMillis()).as("transaction rolled back in time").isLessThan(deadline);
            ApiCatalogue.sleep(100);
        }
    }

    private static String brief(Object query) {
        String text = String.valueOf(query);
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
