package se.glomska.erasure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.DatabaseSnapshot;
import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.glomska.erasure.CustomerHistory.lines;
import static se.glomska.erasure.CustomerHistory.map;

/**
 * Orders are created for a customer from several threads while it is anonymized. Every request
 * either succeeded (and then it was there before the erasure, which saw it) or was refused; no order
 * of the customer holds personal data if the erasure went through; and an erasure that lost the race
 * changed nothing. One case makes the erasure win for certain: orders sent while it holds the
 * customer are all refused once it is done.
 */
class ConcurrentOrdersDuringErasureTest extends IntegrationTest {

    private static final Map<String, Object> ANONYMIZE = Map.of("action", "ANONYMIZE", "acknowledged", true);

    @Autowired
    DataSource dataSource;

    @Test
    void everyOrderIsEitherSeenByTheErasureOrRefused() throws Exception {
        for (int round = 0; round < 5; round++) {
            race();
        }
    }

    /**
     * The erasure holds the customer's row (it is kept waiting further on, on the customer's support
     * cases, which the test holds) while orders are sent for the customer: each waits for the row, and
     * once the erasure commits each is refused. The erasure wins: 200, no order got in.
     */
    @Test
    void ordersSentWhileTheErasureHoldsTheCustomerAreAllRefused() throws Exception {
        CustomerHistory h = CustomerHistory.build(api(), Markers.next());
        ErasureChecks.awaitEventsCompleted(jdbc);
        HttpApi api = api();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "SELECT id FROM support_case WHERE customer_id = ? FOR UPDATE")) {
                lock.setLong(1, h.customerId);
                lock.executeQuery().close();
            }
            Future<Response> erasure = pool.submit(() -> api.post(erasure(h.customerId), ANONYMIZE));
            awaitRunning("UPDATE support_case %");
            List<Future<Integer>> orders = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                orders.add(pool.submit(() -> api.post("/api/orders", map("customerId", h.customerId,
                        "customerReference", h.marker + "-late", "notificationMobile", "070-" + n,
                        "lines", lines())).status()));
            }
            // each order writes the customer row first (CustomerDirectory.lockForNewRecord: its guard and last activity)
            awaitRunning("UPDATE customer SET write_token = %, last_activity_at % WHERE id = % AND NOT anonymized");
            holder.rollback();

            assertThat(erasure.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
            for (Future<Integer> order : orders) {
                assertThat(order.get(60, TimeUnit.SECONDS)).isEqualTo(409);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sales_order WHERE customer_id = ? AND id <> ?")
                .param(h.customerId).param(h.id("order")).query(Long.class).single()).isZero();
        assertThat(ErasureChecks.markersOutsideKeptPlaces(jdbc, h.marker)).isEmpty();
    }

    private void race() throws Exception {
        CustomerHistory h = CustomerHistory.build(api(), Markers.next());
        ErasureChecks.awaitEventsCompleted(jdbc);
        HttpApi api = api();
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        java.time.Instant activityBefore = lastActivity(h.customerId);
        String card = api.get("/api/customers/" + h.customerId).text();
        String order = api.get("/api/orders/" + h.id("order")).text();
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Integer>>> orderers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                orderers.add(pool.submit(() -> {
                    start.await();
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        statuses.add(api.post("/api/orders", map("customerId", h.customerId,
                                "customerReference", h.marker + "-race", "notificationMobile", "070-" + i,
                                "lines", lines())).status());
                    }
                    return statuses;
                }));
            }
            Future<Response> erasure = pool.submit(() -> {
                start.await();
                return api.post(erasure(h.customerId), ANONYMIZE);
            });
            start.countDown();

            List<Integer> statuses = new ArrayList<>();
            for (Future<List<Integer>> orderer : orderers) {
                statuses.addAll(orderer.get());
            }
            int erased = erasure.get().status();

            assertThat(statuses).allMatch(s -> s == 201 || s == 409);
            assertThat(erased).isIn(200, 409);
            long stored = jdbc.sql("SELECT COUNT(*) FROM sales_order WHERE customer_id = ? AND id <> ?")
                    .param(h.customerId).param(h.id("order")).query(Long.class).single();
            assertThat(stored).isEqualTo(statuses.stream().filter(s -> s == 201).count());
            if (erased == 200) {
                // An order created before the erasure would have blocked it (not delivered): none got in.
                assertThat(statuses).allMatch(s -> s == 409);
                long withPersonalData = jdbc.sql("""
                        SELECT COUNT(*) FROM sales_order WHERE customer_id = ?
                          AND (customer_reference IS NOT NULL OR notification_mobile IS NOT NULL)""")
                        .param(h.customerId).query(Long.class).single();
                assertThat(withPersonalData).isZero();
                assertThat(ErasureChecks.logEntries(jdbc, h.customerId)).isEqualTo(1);
            } else {
                // The erasure lost: an order got in first and blocks it, and the erasure changed nothing.
                assertThat(statuses).contains(201);
                assertThat(ErasureChecks.logEntries(jdbc, h.customerId)).isZero();
                assertThat(api.get("/api/customers/" + h.customerId).text()).as("customer card").isEqualTo(card);
                assertThat(api.get("/api/orders/" + h.id("order")).text()).as("the earlier order").isEqualTo(order);
                Set<String> changed = new TreeSet<>();
                DatabaseSnapshot after = DatabaseSnapshot.of(jdbc);
                before.checksums().forEach((table, sum) -> {
                    if (!sum.equals(after.checksums().get(table))) {
                        changed.add(table);
                    }
                });
                // the orders that got in and, through them, the customer's last activity (retention): nothing else
                assertThat(changed).as("tables changed while the erasure lost")
                        .isSubsetOf("sales_order", "sales_order_line", "customer");
                assertThat(lastActivity(h.customerId)).as("the orders that got in moved the last activity")
                        .isAfter(activityBefore);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private java.time.Instant lastActivity(long customerId) {
        return jdbc.sql("SELECT last_activity_at FROM customer WHERE id = ?").param(customerId)
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private static String erasure(long customerId) {
        return "/api/customers/" + customerId + "/erasure";
    }

    /** Waits until a statement (SQL LIKE pattern) is running, i.e. waiting for a lock the test holds. */
    private void awaitRunning(String statement) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (jdbc.sql("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE ?").param(statement)
                .query(Long.class).single() == 0) {
            assertThat(System.currentTimeMillis()).as("running: " + statement).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
