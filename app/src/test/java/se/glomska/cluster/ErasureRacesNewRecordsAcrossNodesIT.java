package se.glomska.cluster;

import org.junit.jupiter.api.Test;
import se.glomska.HttpApi;
import se.glomska.erasure.ErasureChecks;
import se.glomska.erasure.Markers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 2: two instances of the application on two nodes of a Galera cluster. On instance A (node 1)
 * a customer is anonymized while on instance B (node 2) new orders, quotes, CRM activities and support cases
 * are created for it, round after round (orders in every second round only: a new order blocks the anonymization). Galera locks only on the node that runs a statement: a guard that
 * merely reads the customer row (a share lock) is invisible to the other node, and only rows that both
 * transactions write conflict at commit. Afterwards no record of an anonymized customer may hold personal
 * data, and every new-record request must have been answered 201 (it got in first and the erasure saw it)
 * or 409 (it came after the erasure, or the erasure refused because of it). An erasure answers 200, 409 (a new
 * order blocks it) or, when it lost the certification of the customer's row on every one of its attempts,
 * 503 with nothing changed.
 */
class ErasureRacesNewRecordsAcrossNodesIT extends TwoInstancesOnTheCluster {

    private static final int ROUNDS = Integer.getInteger("glomska.cluster.rounds", 40);
    private static final int WRITERS = 4;
    private static final int RECORDS_PER_WRITER = 4;

    @Test
    void noAnonymizedCustomerKeepsARecordWithPersonalDataAndEveryRequestIsAnswered201Or409() throws Exception {
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<Integer, Integer> erasures = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        Map<String, Long> erasedEventsBefore = erasedEventsPerListener();
        for (int round = 0; round < ROUNDS; round++) {
            Round r = race(round % 2 == 1);
            r.statuses.forEach(s -> statuses.merge(s, 1, Integer::sum));
            erasures.merge(r.erasure, 1, Integer::sum);
            if (!r.leftovers.isEmpty()) {
                violations.add("round " + round + ": anonymized, yet personal data in " + r.leftovers
                        + " (requests answered " + r.statuses + ")");
            }
        }
        System.out.printf("cluster race: %d rounds, erasures answered %s, new records answered %s, %d violations%n",
                ROUNDS, erasures, statuses, violations.size());
        violations.forEach(v -> System.out.println("  " + v));
        assertThat(violations).as("rounds that left personal data with an anonymized customer").isEmpty();
        assertThat(statuses.keySet()).as("answers to new-record requests").isSubsetOf(201, 409);
        assertThat(erasures.keySet()).as("answers to the erasures").isSubsetOf(200, 409, 503);
        assertThat(erasures).as("some erasures went through").containsKey(200);

        // Every event publication completed, and each erasure that went through announced once to each listener
        // (an attempt rolled back for a write conflict announced nothing), whichever instance handled it.
        awaitEveryPublicationCompleted();
        Map<String, Long> erasedEvents = erasedEventsPerListener();
        erasedEventsBefore.forEach((listener, n) -> erasedEvents.merge(listener, -n, Long::sum));
        System.out.println("cluster race: CustomerErased publications per listener " + erasedEvents);
        assertThat(erasedEvents).as("listeners of CustomerErased").isNotEmpty();
        assertThat(erasedEvents.values()).as("CustomerErased publications per listener, one per erasure answered 200")
                .allMatch(n -> n == (long) erasures.get(200));
    }

    private static Map<String, Long> erasedEventsPerListener() {
        return countsPerListener("SELECT LISTENER_ID, COUNT(*) FROM EVENT_PUBLICATION"
                + " WHERE EVENT_TYPE LIKE '%.CustomerErased' AND COMPLETION_DATE IS NOT NULL GROUP BY LISTENER_ID");
    }

    private record Round(int erasure, List<Integer> statuses, List<String> leftovers) {
    }

    /** @param withOrders whether one writer creates orders (a new order blocks the anonymization) or quotes */
    private Round race(boolean withOrders) throws Exception {
        String marker = Markers.next();
        HttpApi onA = a.api();
        HttpApi onB = b.api();
        long customerId = created(onA.post("/api/customers", map("kind", "PERSON", "relation", "CUSTOMER",
                "firstName", marker + "-first", "lastName", marker + "-last", "name", marker + "-name",
                "country", "SE")));
        // A quote makes the customer one with transactions: an anonymization is offered, not a deletion.
        created(onA.post("/api/quotes", quote(customerId, marker + "-q0")));
        awaitVisibleOnB(onB, customerId);

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Integer>>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int kind = w;
                writers.add(pool.submit(() -> {
                    start.await();
                    List<Integer> answers = new ArrayList<>();
                    for (int i = 0; i < RECORDS_PER_WRITER; i++) {
                        String value = marker + "-w" + kind + "r" + i;
                        answers.add(switch (kind) {
                            case 0 -> withOrders ? onB.post("/api/orders", order(customerId, value)).status()
                                    : onB.post("/api/quotes", quote(customerId, value)).status();
                            case 1 -> onB.post("/api/quotes", quote(customerId, value)).status();
                            case 2 -> onB.post("/api/crm/activities", activity(customerId, value)).status();
                            default -> onB.post("/api/support/cases", supportCase(customerId, value)).status();
                        });
                    }
                    return answers;
                }));
            }
            Future<Integer> erasure = pool.submit(() -> {
                start.await();
                return onA.post("/api/customers/" + customerId + "/erasure",
                        map("action", "ANONYMIZE", "acknowledged", true)).status();
            });
            start.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<List<Integer>> writer : writers) {
                answers.addAll(writer.get(120, TimeUnit.SECONDS));
            }
            int erased = erasure.get(120, TimeUnit.SECONDS);
            boolean anonymized = check.sql("SELECT anonymized FROM customer WHERE id = ?").param(customerId)
                    .query(Boolean.class).single();
            List<String> leftovers = anonymized ? ErasureChecks.markersOutsideKeptPlaces(check, marker) : List.of();
            return new Round(erased, answers, leftovers);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitVisibleOnB(HttpApi onB, long customerId) throws InterruptedException {
        for (int i = 0; i < 200 && onB.get("/api/customers/" + customerId).status() != 200; i++) {
            Thread.sleep(10);
        }
    }

    private static Map<String, Object> order(long customerId, String value) {
        return map("customerId", customerId, "customerReference", value, "notificationMobile", "070-1234567",
                "lines", lines());
    }

    private static Map<String, Object> quote(long customerId, String value) {
        return map("customerId", customerId, "customerReference", value, "lines", lines());
    }

    private static Map<String, Object> activity(long customerId, String value) {
        return map("customerId", customerId, "kind", "CALL", "subject", "Samtal", "contactPerson", value,
                "contactPhone", "070-1234567", "occursAt", "2026-03-01T10:15:30Z", "owner", "salj.kalle");
    }

    private static Map<String, Object> supportCase(long customerId, String value) {
        return map("customerId", customerId, "name", value, "email", value.toLowerCase() + "@example.se",
                "subject", "Fråga", "text", "Hej");
    }

}
