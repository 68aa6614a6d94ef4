package se.glomska.reliability;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import se.glomska.TestClock;
import se.glomska.erasure.Markers;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static se.glomska.reliability.JsonBodies.map;

/**
 * Retention over HTTP: the candidates are exactly the customers of generated histories with no record since the
 * horizon (the old histories made with the application's clock fixed five years back, the newer records with the
 * real clock, so that no other test's customer is a candidate), what a dry run
 * proposes changes nothing, and a run erases every candidate once (one log entry each, actor retention) and
 * skips the blocked one. DATA_PROTECTION only, bad input 400, a second run while one holds the lock 409.
 */
class RetentionApiTest extends IntegrationTest {

    @Autowired
    TestClock clock;

    @Autowired
    LockProvider locks;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void candidatesAreTheCustomersWithoutRecordsSinceTheHorizonAndARunErasesThemOnce() throws Exception {
        long seed = Long.getLong("glomska.seed", System.nanoTime());
        Random random = new Random(seed);
        Instant fiveYearsAgo = Instant.now().atZone(ZoneId.of("Europe/Stockholm")).minus(Period.ofYears(5)).toInstant();
        clock.fix(fiveYearsAgo);
        List<RandomHistory> old = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            old.add(RandomHistory.build(api(), random.nextLong(), Markers.next()));
        }
        long blocked = created(api().post("/api/customers", map("kind", "COMPANY", "relation", "CUSTOMER",
                "name", unique("Gammal Blockerad AB"))));
        long openOrder = created(api().post("/api/orders", map("customerId", blocked, "lines",
                List.of(map("description", "Skruv", "quantity", 1, "unitPrice", 10)))));
        Instant middle = Instant.now().atZone(ZoneId.of("Europe/Stockholm")).minus(Period.ofYears(3)).toInstant();
        clock.reset();
        // Records made after the middle: these customers are active, whatever they held before
        Set<Long> active = new TreeSet<>();
        for (int i = 0; i < old.size(); i += 3) {
            long customer = old.get(i).customerId;
            created(api().post("/api/support/cases", map("customerId", customer, "subject", "Fråga")));
            active.add(customer);
        }
        RandomHistory recent = RandomHistory.build(api(), random.nextLong(), Markers.next());
        se.glomska.erasure.ErasureChecks.awaitEventsCompleted(jdbc);

        Set<Long> mine = new TreeSet<>(active);
        old.forEach(h -> mine.add(h.customerId));
        mine.add(blocked);
        mine.add(recent.customerId);
        Set<Long> expected = new TreeSet<>(mine);
        expected.removeAll(active);
        expected.remove(recent.customerId);

        List<JsonNode> candidates = candidates();
        Set<Long> found = new TreeSet<>();
        Instant previous = Instant.MIN;
        for (JsonNode c : candidates) {
            Instant last = Instant.parse(c.get("lastActivityAt").asString());
            assertThat(last).as("oldest first").isAfterOrEqualTo(previous).isBefore(middle);
            previous = last;
            if (mine.contains(c.get("customerId").asLong())) {
                found.add(c.get("customerId").asLong());
            }
        }
        assertThat(found).as("seed " + seed).isEqualTo(expected);
        JsonNode blockedCandidate = candidates.stream().filter(c -> c.get("customerId").asLong() == blocked)
                .findFirst().orElseThrow();
        assertThat(blockedCandidate.get("allowed").asBoolean()).isFalse();
        assertThat(blockedCandidate.get("action").asString()).isEqualTo("ANONYMIZE");
        assertThat(blockedCandidate.get("blockers").toString()).contains("ORDER_NOT_DELIVERED")
                .contains(String.valueOf(openOrder));
        for (RandomHistory h : old) {
            if (expected.contains(h.customerId)) {
                JsonNode c = candidates.stream().filter(n -> n.get("customerId").asLong() == h.customerId)
                        .findFirst().orElseThrow();
                assertThat(c.get("action").asString()).isEqualTo(h.transactions ? "ANONYMIZE" : "DELETE");
                assertThat(c.get("allowed").asBoolean()).isTrue();
            }
        }

        // A dry run decides and records, and changes nothing
        JsonNode dry = finished(api().post("/api/retention/runs", Map.of("dryRun", true)));
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(dry.get("total").asInt()).isEqualTo(candidates.size());
        assertThat(dry.get("done").asInt()).isEqualTo(dry.get("total").asInt());
        for (long id : expected) {
            assertThat(logEntries(id)).isZero();
        }
        assertThat(anonymizedOrGone(old.get(1).customerId)).isFalse();

        JsonNode run = finished(api().post("/api/retention/runs", Map.of("dryRun", false)));
        assertThat(run.get("status").asString()).isEqualTo("DONE");
        assertThat(run.get("erased").asInt() + run.get("skipped").asInt()).isEqualTo(run.get("total").asInt());
        for (long id : expected) {
            if (id == blocked) {
                assertThat(anonymizedOrGone(id)).isFalse();
                assertThat(logEntries(id)).isZero();
            } else {
                assertThat(anonymizedOrGone(id)).as("customer " + id).isTrue();
                assertThat(logEntries(id)).as("customer " + id).isEqualTo(1);
                assertThat(jdbc.sql("SELECT actor FROM erasure_log WHERE customer_id = :id").param("id", id)
                        .query(String.class).single()).isEqualTo("retention");
            }
        }
        for (long id : active) {
            assertThat(anonymizedOrGone(id)).isFalse();
        }
        assertThat(anonymizedOrGone(recent.customerId)).isFalse();
        assertThat(jdbc.sql("SELECT reason FROM retention_run_customer WHERE run_id = :run AND customer_id = :id")
                .param("run", run.get("id").asLong()).param("id", blocked).query(String.class).single())
                .contains("ORDER_NOT_DELIVERED");
        JsonNode listed = api().get("/api/retention/runs?size=2").json();
        assertThat(listed.get("items").get(0).get("id").asLong()).isEqualTo(run.get("id").asLong());
        JsonNode done = api().get("/actuator/metrics/glomska.retention.run.done").json();
        assertThat(done.get("measurements").get(0).get("value").asDouble()).isEqualTo(run.get("done").asDouble());
    }

    @Test
    void aSecondRunWhileOneHoldsTheLockAnywhereIsRefused() {
        SimpleLock held = locks.lock(new LockConfiguration(ClockProvider.now(), "retention-run", Duration.ofMinutes(1),
                Duration.ZERO)).orElseThrow();
        try {
            Response refused = api().post("/api/retention/runs", Map.of("dryRun", true));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        } finally {
            held.unlock();
        }
    }

    @Test
    void onlyDataProtectionAndBadInputIsA400() {
        assertThat(clerkApi().get("/api/retention/candidates").status()).isEqualTo(403);
        assertThat(clerkApi().post("/api/retention/runs", Map.of("dryRun", true)).status()).isEqualTo(403);
        assertThat(clerkApi().get("/api/retention/runs").status()).isEqualTo(403);
        assertThat(clerkApi().get("/api/retention/runs/1").status()).isEqualTo(403);
        for (Response bad : List.of(api().post("/api/retention/runs", Map.of()),
                api().post("/api/retention/runs", Map.of("dryRun", "perhaps")),
                api().post("/api/retention/runs", Map.of("dryRun", true, "extra", 1)),
                api().get("/api/retention/candidates?page=-1"), api().get("/api/retention/candidates?size=0"),
                api().get("/api/retention/runs?size=100000"), api().get("/api/retention/runs/abc"))) {
            assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api().get("/api/retention/runs/999999999").status()).isEqualTo(404);
    }

    private List<JsonNode> candidates() {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = api().get("/api/retention/candidates?size=200&page=" + page).json();
            answer.get("items").forEach(all::add);
            if (answer.get("items").size() < 200) {
                assertThat(answer.get("total").asLong()).isEqualTo(all.size());
                return all;
            }
        }
    }

    private JsonNode finished(Response started) throws InterruptedException {
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().get("status").asString()).isEqualTo("RUNNING");
        long id = started.json().get("id").asLong();
        for (int i = 0; i < 600; i++) {
            JsonNode run = api().get("/api/retention/runs/" + id).json();
            if (!run.get("status").asString().equals("RUNNING")) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + id + " did not end");
    }

    private boolean anonymizedOrGone(long id) {
        return jdbc.sql("SELECT COALESCE(MAX(anonymized), TRUE) FROM customer WHERE id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    private long logEntries(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM erasure_log WHERE customer_id = :id").param("id", id)
                .query(Long.class).single();
    }

    private static long created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }
}
