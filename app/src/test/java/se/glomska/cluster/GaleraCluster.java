package se.glomska.cluster;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * The three-node Galera cluster of {@code scripts/galera-cluster.sh}, started once for every cluster test of
 * the run and stopped when the run ends (if this run started it). Node N serves SQL on 127.0.0.1:(13306 + N).
 */
public final class GaleraCluster implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    static final int NODES = 3;
    private static final String DATABASE = "glomska";
    private static boolean started;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (GaleraCluster.class) {
            if (started) {
                return;
            }
            boolean wasRunning = reachable(1);
            run("start");
            // A fresh schema each run: Liquibase then applies the changelogs of this commit, not an older one's.
            try (Connection node = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:13307/", "root", "");
                 var statement = node.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
                statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
            }
            started = true;
            if (!wasRunning) {
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("galera-cluster", this);
            }
        }
    }

    /** Called when the whole run ends: stops the cluster this run started. */
    @Override
    public void close() throws Exception {
        run("stop");
    }

    /** The JDBC URL of node {@code n} (1, 2 or 3). */
    static String jdbcUrl(int n) {
        return "jdbc:mariadb://127.0.0.1:" + (13306 + n) + "/" + DATABASE;
    }

    static Connection connect(int n) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(n), "root", "");
    }

    private static boolean reachable(int n) {
        try (Connection ignored = connect(n)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void run(String command) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("glomska.galera.script", "../scripts/galera-cluster.sh"));
        Process process = new ProcessBuilder("bash", script.toString(), command).inheritIO().start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("scripts/galera-cluster.sh " + command + " failed");
        }
    }
}
