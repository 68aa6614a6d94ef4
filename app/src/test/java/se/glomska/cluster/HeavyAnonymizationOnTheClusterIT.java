package se.glomska.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.glomska.HttpApi;
import se.glomska.benchmark.DataGenerator;
import se.glomska.benchmark.HeavyHistory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 5: anonymizing one heavy customer on the cluster costs at most twice what it costs on a single
 * server, in the same run. The anonymization of a heavy customer is one large transaction (about 100,000 rows
 * changed for {@link HeavyHistory#DEFAULT}): on the cluster its whole write set is certified and replicated to
 * the two other nodes before the commit returns.
 * <p>
 * The same heavy customers (the benchmark profile's {@link DataGenerator}, as case 1 of ErasureAndSearchBenchmark)
 * are generated on the cluster (through instance A, node 1) and on the machine's single MariaDB 10.11 server at
 * 127.0.0.1:3306 (database {@code glomska_single}, created and dropped here, with a third application instance on
 * it). Each is anonymized through the API ({@code POST /api/customers/{id}/erasure}), cluster and single server
 * taking turns (which goes first alternates), after a small warm-up customer on each; before each run every server
 * finishes purging the old row versions of the previous one. The medians are compared.
 * <p>
 * Settings: {@code -Dglomska.cluster.heavy-runs=N} (5), {@code -Dglomska.cluster.heavy-scale=F} (1.0: the default
 * heavy history).
 */
class HeavyAnonymizationOnTheClusterIT extends TwoInstancesOnTheCluster {

    private static final int RUNS = Integer.getInteger("glomska.cluster.heavy-runs", 5);
    private static final double SCALE = Double.parseDouble(System.getProperty("glomska.cluster.heavy-scale", "1.0"));
    private static final HeavyHistory HEAVY = SCALE == 1.0 ? HeavyHistory.DEFAULT : HeavyHistory.DEFAULT.scaled(SCALE);
    private static final String SINGLE_SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String SINGLE_DATABASE = "glomska_single";

    private static AppInstance single;

    @BeforeAll
    static void startAnInstanceOnTheSingleServer() throws SQLException {
        try (Connection server = DriverManager.getConnection(SINGLE_SERVER, "root", "");
             Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SINGLE_DATABASE);
            statement.execute("CREATE DATABASE " + SINGLE_DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        }
        single = AppInstance.startOn("single", SINGLE_SERVER + SINGLE_DATABASE);
    }

    @AfterAll
    static void dropTheSingleServersDatabase() throws SQLException {
        if (single != null) {
            single.close();
        }
        try (Connection server = DriverManager.getConnection(SINGLE_SERVER, "root", "");
             Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SINGLE_DATABASE);
        }
    }

    @Test
    void anonymizingOneHeavyCustomerOnTheClusterCostsAtMostTwiceTheSingleServer() throws Exception {
        DataGenerator onCluster = new DataGenerator(a.context.getBean(DataSource.class));
        DataGenerator onSingle = new DataGenerator(single.context.getBean(DataSource.class));
        long t0 = System.nanoTime();
        List<long[]> pairs = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            HeavyHistory history = run == 0 ? HeavyHistory.SMALL : HEAVY;
            pairs.add(new long[]{onCluster.heavy(history), onSingle.heavy(history)});
        }
        System.out.printf("cluster benchmark: %d heavy customers (%,d records each) generated on each side in %.0f s%n",
                RUNS, HEAVY.records(), (System.nanoTime() - t0) / 1e9);

        HttpApi cluster = a.api();
        HttpApi server = single.api();
        anonymize(cluster, pairs.get(0)[0]);
        anonymize(server, pairs.get(0)[1]);
        List<Double> onTheCluster = new ArrayList<>();
        List<Double> onTheServer = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            long[] pair = pairs.get(run);
            boolean clusterFirst = run % 2 == 1;
            for (int side = 0; side < 2; side++) {
                settle();
                if ((side == 0) == clusterFirst) {
                    onTheCluster.add(anonymize(cluster, pair[0]));
                } else {
                    onTheServer.add(anonymize(server, pair[1]));
                }
            }
        }
        assertThat(check.sql("SELECT anonymized FROM customer WHERE id = ?").param(pairs.get(RUNS)[0])
                .query(Boolean.class).single()).as("the last heavy customer anonymized, as node 3 sees it").isTrue();

        double cluster50 = median(onTheCluster);
        double server50 = median(onTheServer);
        double ratio = cluster50 / server50;
        StringBuilder table = new StringBuilder(String.format("%n| run | cluster, s | single server, s |%n|---|---|---|%n"));
        for (int i = 0; i < RUNS; i++) {
            table.append(String.format("| %d | %.3f | %.3f |%n", i + 1, onTheCluster.get(i), onTheServer.get(i)));
        }
        table.append(String.format("| median | %.3f | %.3f |%n", cluster50, server50));
        System.out.printf("cluster benchmark: anonymize one heavy customer (%,d records), %d runs each, "
                + "cluster (3 Galera nodes) against single MariaDB 10.11 server:%s"
                + "ratio of the medians %.2f× (target ≤ 2×)%n", HEAVY.records(), RUNS, table, ratio);
        assertThat(ratio).as("cluster median / single-server median").isLessThanOrEqualTo(2.0);
    }

    /** Anonymizes through the API and answers the seconds it took. */
    private static double anonymize(HttpApi api, long customerId) {
        long t = System.nanoTime();
        HttpApi.Response answer = api.post("/api/customers/" + customerId + "/erasure",
                map("action", "ANONYMIZE", "acknowledged", true));
        double seconds = (System.nanoTime() - t) / 1e9;
        assertThat(answer.status()).as("anonymization of heavy customer " + customerId + ": " + answer).isEqualTo(200);
        return seconds;
    }

    /** Every server finishes purging the previous run's old row versions (MariaDB 10.5+), so no run pays for another. */
    private static void settle() throws SQLException {
        List<String> urls = new ArrayList<>();
        for (int n = 1; n <= GaleraCluster.NODES; n++) {
            urls.add(GaleraCluster.jdbcUrl(n));
        }
        urls.add(SINGLE_SERVER + SINGLE_DATABASE);
        for (String url : urls) {
            try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
                s.execute("SET GLOBAL innodb_max_purge_lag_wait = 0");
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
