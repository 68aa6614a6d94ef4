package se.glomska.erasure;

import org.junit.jupiter.api.Test;
import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static se.glomska.erasure.CustomerHistory.lines;
import static se.glomska.erasure.CustomerHistory.map;

/**
 * Orders are created for a customer from several threads while it is anonymized. Every request
 * either succeeded (and then it was there before the erasure, which saw it) or was refused; no order
 * of the customer holds personal data if the erasure went through.
 */
class ConcurrentOrdersDuringErasureTest extends IntegrationTest {

    @Test
    void everyOrderIsEitherSeenByTheErasureOrRefused() throws Exception {
        for (int round = 0; round < 5; round++) {
            race();
        }
    }

    private void race() throws Exception {
        CustomerHistory h = CustomerHistory.build(api(), Markers.next());
        HttpApi api = api();
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
                return api.post("/api/customers/" + h.customerId + "/erasure",
                        Map.of("action", "ANONYMIZE", "acknowledged", true));
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
            } else {
                assertThat(statuses).contains(201);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
