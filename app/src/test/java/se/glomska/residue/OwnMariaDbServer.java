package se.glomska.residue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server of the machine's own installation ({@code /usr/sbin/mariadbd}, 10.11 on Debian 12) started by
 * the test with a data folder of its own on a free loopback port, so that the test chooses its settings and reads
 * every one of its files. Grant tables are skipped: it listens on 127.0.0.1 only and lives for one test.
 */
final class OwnMariaDbServer implements AutoCloseable {

    static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    static final Path PLUGIN_DIR = Path.of("/usr/lib/mysql/plugin");

    final Path home;
    final Path dataDir;
    final int port;
    private final Process process;

    private OwnMariaDbServer(Path home, Path dataDir, int port, Process process) {
        this.home = home;
        this.dataDir = dataDir;
        this.port = port;
        this.process = process;
    }

    static boolean available() {
        return Files.isExecutable(MARIADBD) && Files.isExecutable(INSTALL_DB);
    }

    /** The settings of docs/residual-copies.md without encryption: scrubbing, and binary logs on. */
    static List<String> unencrypted() {
        return List.of("--innodb-immediate-scrub-data-uncompressed=ON", "--log-bin=binlog",
                "--binlog-format=ROW", "--binlog-expire-logs-seconds=604800", "--server-id=1");
    }

    /** The same with data-at-rest encryption: every tablespace, the redo log, the binary logs, temporary files. */
    static List<String> encrypted(Path keyFile) {
        List<String> settings = new ArrayList<>(unencrypted());
        settings.addAll(List.of("--plugin-dir=" + PLUGIN_DIR, "--plugin-load-add=file_key_management",
                "--file-key-management-filename=" + keyFile, "--innodb-encrypt-tables=FORCE",
                "--innodb-encrypt-log=ON", "--innodb-encrypt-temporary-tables=ON", "--encrypt-binlog=ON",
                "--encrypt-tmp-files=ON", "--encrypt-tmp-disk-tables=ON", "--aria-encrypt-tables=ON"));
        return settings;
    }

    /** A key file of file_key_management: key 1, 256 random bits, owner only. */
    static Path newKeyFile(Path folder) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path file = folder.resolve("keys.txt");
        try {
            Files.writeString(file, "1;" + HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static OwnMariaDbServer start(Path home, List<String> settings) {
        try {
            Path dataDir = home.resolve("data");
            Files.createDirectories(dataDir);
            run(List.of(INSTALL_DB.toString(), "--no-defaults", "--datadir=" + dataDir, "--user=root",
                    "--auth-root-authentication-method=normal", "--skip-test-db"), home.resolve("install.log"));
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(MARIADBD.toString(), "--no-defaults",
                    "--datadir=" + dataDir, "--port=" + port, "--bind-address=127.0.0.1",
                    "--socket=" + home.resolve("mariadb.sock"), "--pid-file=" + home.resolve("mariadb.pid"),
                    "--user=root", "--skip-grant-tables", "--skip-name-resolve",
                    "--character-set-server=utf8mb4", "--collation-server=utf8mb4_swedish_ci",
                    "--log-error=" + home.resolve("error.log")));
            command.addAll(settings);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(home.resolve("out.log").toFile()).start();
            OwnMariaDbServer server = new OwnMariaDbServer(home, dataDir, port, process);
            server.awaitReady();
            server.jdbc("").sql("CREATE DATABASE glomska").update();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    JdbcClient jdbc(String database) {
        return JdbcClient.create(new DriverManagerDataSource(url(database), "root", ""));
    }

    String errorLog() {
        try {
            return Files.readString(home.resolve("error.log"));
        } catch (IOException e) {
            return "(no error log: " + e + ")";
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try (var ignored = DriverManager.getConnection(url(""), "root", "")) {
                return;
            } catch (Exception e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("MariaDB did not start: " + errorLog(), e);
                }
                sleep(250);
            }
        }
    }

    /** A clean shutdown (SIGTERM), then the whole folder removed. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> walk = Files.walk(home)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A left-over temporary folder.
        }
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
