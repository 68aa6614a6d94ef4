package se.glomska.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import se.glomska.HttpApi.Response;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the cluster tests: application instance A on node 1 and B on node 2 of the Galera cluster, and a
 * connection to node 3 for the checks, whose reads wait until the node has applied every write set committed
 * anywhere before ({@code wsrep_sync_wait}).
 */
@ExtendWith(GaleraCluster.class)
abstract class TwoInstancesOnTheCluster {

    static AppInstance a;
    static AppInstance b;
    static JdbcClient check;
    private static SingleConnectionDataSource checkConnection;

    /** Extra properties of both instances of a test class, {@code name=value} each. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface InstanceProperties {
        String[] value();
    }

    @BeforeAll
    static void startTwoInstances(TestInfo test) throws Exception {
        String[] more = test.getTestClass().map(c -> c.getAnnotation(InstanceProperties.class))
                .map(p -> Arrays.stream(p.value()).map(v -> "--" + v).toArray(String[]::new))
                .orElse(new String[0]);
        a = AppInstance.start("a", 1, more);
        b = AppInstance.start("b", 2, more);
        checkConnection = new SingleConnectionDataSource(GaleraCluster.connect(3), true);
        check = JdbcClient.create(checkConnection);
        check.sql("SET SESSION wsrep_sync_wait = 1").update();
    }

    @AfterAll
    static void stopTwoInstances() {
        if (checkConnection != null) {
            checkConnection.destroy();
        }
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    /**
     * Waits (at most a minute) until every event publication of the registry is completed, whichever instance
     * published it: each instance completes the publications of its own transactions.
     */
    static void awaitEveryPublicationCompleted() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (check.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL").query(Long.class)
                .single() > 0) {
            assertThat(Instant.now()).as("every event publication completed in time").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    /** The answer of a {@code SELECT key, COUNT(*) ... GROUP BY key} on node 3, as a map. */
    static Map<String, Long> countsPerListener(String sql, Object... params) {
        var statement = check.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        Map<String, Long> counts = new TreeMap<>();
        statement.query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    static List<Map<String, Object>> lines() {
        return List.of(map("description", "Skruvdragare", "quantity", 2, "unitPrice", 1249.50));
    }

    static long created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
