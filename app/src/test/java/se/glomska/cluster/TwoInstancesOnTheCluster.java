package se.glomska.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import se.glomska.HttpApi.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    @BeforeAll
    static void startTwoInstances() throws Exception {
        a = AppInstance.start("a", 1);
        b = AppInstance.start("b", 2);
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
