package se.glomska.erasure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import se.glomska.customer.internal.domain.CustomerIdentifiers;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.FieldRule;
import se.glomska.customer.spi.PersonalDataTable;
import se.glomska.customer.spi.PersonalDataTable.Column;
import se.glomska.customer.spi.PersonalDataTable.Kind;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manual check of kept fields (issue 13, erasure-rules.md section 9), driven by the participants'
 * declarations: every REVIEW column of every participant is seeded with text that names the customer
 * and is then read, cleared, redacted and marked checked through the API, so that a column declared
 * tomorrow is covered without a new test.
 */
class ManualCheckTest extends IntegrationTest {

    static final String TEXT = "Ring Anna-Karin Öhman på 070-123 45 67 efter kl 10 😀 שלום, mejla %s.";

    @Autowired
    List<AnonymizationParticipant> participants;

    /** A customer with a full history whose names and numbers are realistic Swedish identifiers. */
    record Seeded(CustomerHistory history, String email, Map<String, String> reviewed) {
        long id() {
            return history.customerId;
        }
    }

    Seeded seeded() {
        CustomerHistory h = CustomerHistory.build(api(), Markers.next());
        String email = "anna-karin." + h.marker.toLowerCase() + "@example.se";
        Map<String, Object> details = h.customer();
        details.put("firstName", "Anna-Karin");
        details.put("lastName", "Öhman");
        details.put("organizationNumber", "19751102-2186");
        details.put("contact", CustomerHistory.map("contactPerson", "Anna-Karin Öhman", "phone", "070-123 45 67",
                "mobile", "+46 8 555 123 45", "email", email));
        Response put = api().put("/api/customers/" + h.customerId, details);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        Map<String, String> reviewed = new LinkedHashMap<>();
        for (Target t : targets()) {
            for (Column c : t.table().columns()) {
                if (c.rule() == FieldRule.REVIEW && c.freeText() && t.table().kind() != Kind.BOOKKEEPING) {
                    String text = TEXT.formatted(email.toUpperCase());
                    int rows = jdbc.sql("UPDATE " + t.table().table() + " SET " + c.name() + " = :text WHERE "
                                    + t.table().scope())
                            .param("text", isBinary(t.table().table(), c.name()) ? text.getBytes(StandardCharsets.UTF_8)
                                    : text)
                            .param("customerId", h.customerId)
                            .update();
                    if (rows > 0) {
                        reviewed.put(t.module() + "/" + t.table().recordType() + "/" + camel(c.name()), text);
                    }
                }
            }
        }
        return new Seeded(h, email, reviewed);
    }

    record Target(String module, PersonalDataTable table) {
    }

    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        participants.forEach(p -> p.tables().stream().filter(PersonalDataTable::holdsCustomerData)
                .forEach(t -> targets.add(new Target(p.module(), t))));
        return targets;
    }

    @Test
    void theDecisionMarksTheFieldsThatNameTheCustomerFirstWithLabelsAndNoValues() {
        Seeded s = seeded();
        JsonNode d = api().get("/api/customers/" + s.id() + "/erasure?manualReviewLimit=1000").json();
        List<JsonNode> items = new ArrayList<>();
        d.get("manualReview").forEach(items::add);
        assertThat(d.get("manualReviewTotal").asLong()).isEqualTo(items.size());
        long marked = items.stream().filter(i -> i.get("mentionsCustomer").asBoolean()).count();
        assertThat(d.get("manualReviewMentioningCustomer").asLong()).isEqualTo(marked);
        // Every seeded free-text field (the binary file content is not text: never marked) is marked ...
        assertThat(marked).isEqualTo(s.reviewed().keySet().stream().filter(k -> !k.endsWith("/content")).count()
                + linesBeyondTheFirst(s));
        // ... and marked items come first, then other free text, structured values, bookkeeping records.
        int firstUnmarked = items.indexOf(items.stream().filter(i -> !i.get("mentionsCustomer").asBoolean())
                .findFirst().orElseThrow());
        assertThat(items.subList(firstUnmarked, items.size())).noneMatch(i -> i.get("mentionsCustomer").asBoolean());
        int firstRecord = items.indexOf(items.stream().filter(i -> i.get("field").asText().equals("*"))
                .findFirst().orElseThrow());
        assertThat(items.subList(firstRecord, items.size())).allMatch(i -> i.get("field").asText().equals("*"));
        // Bookkeeping records once per record, never per line.
        assertThat(items).noneMatch(i -> i.get("recordType").asText().endsWith("Line")
                && i.get("field").asText().equals("*"));
        assertThat(items).anyMatch(i -> i.get("recordType").asText().equals("orderLine")
                && i.get("field").asText().equals("description"));
        // Labels in the request's language; no values.
        JsonNode sv = api().inLanguage("sv")
                .get("/api/customers/" + s.id() + "/erasure").json().get("manualReview");
        assertThat(find(sv, "sales", "order", "internalComment").get("label").asText()).isEqualTo("Intern kommentar");
        JsonNode en = api().inLanguage("en")
                .get("/api/customers/" + s.id() + "/erasure").json().get("manualReview");
        assertThat(find(en, "sales", "order", "internalComment").get("label").asText()).isEqualTo("Internal comment");
        assertThat(d.toString()).doesNotContain("Öhman").doesNotContain("070-123");
    }

    /** The seeding wrote every row of a lines table: the history has two lines per head. */
    private long linesBeyondTheFirst(Seeded s) {
        long extra = 0;
        for (Target t : targets()) {
            for (Column c : t.table().columns()) {
                String key = t.module() + "/" + t.table().recordType() + "/" + camel(c.name());
                if (s.reviewed().containsKey(key)) {
                    long rows = jdbc.sql("SELECT COUNT(*) FROM " + t.table().table() + " WHERE " + t.table().scope())
                            .param("customerId", s.id()).query(Long.class).single();
                    extra += rows - 1;
                }
            }
        }
        return extra;
    }

    private static JsonNode find(JsonNode items, String module, String recordType, String field) {
        for (JsonNode i : items) {
            if (i.get("module").asText().equals(module) && i.get("recordType").asText().equals(recordType)
                    && i.get("field").asText().equals(field)) {
                return i;
            }
        }
        throw new AssertionError(module + "/" + recordType + "/" + field + " not in " + items);
    }

    /**
     * Every REVIEW column of every participant: read (value on demand), cleared, redacted (each occurrence of
     * an identifier becomes Xxxx, the rest stays) and marked checked, through the API alone.
     */
    @Test
    void everyReviewColumnCanBeReadClearedRedactedAndKept() {
        Set<String> covered = new HashSet<>();
        for (String action : List.of("KEEP", "REDACT", "CLEAR")) {
            Seeded s = seeded();
            List<JsonNode> items = reviewList(s.id(), false);
            for (Target t : targets()) {
                for (Column c : t.table().columns()) {
                    if (c.rule() != FieldRule.REVIEW) {
                        continue;
                    }
                    String field = camel(c.name());
                    List<JsonNode> ofColumn = items.stream().filter(i -> i.get("module").asText().equals(t.module())
                            && i.get("recordType").asText().equals(t.table().recordType())
                            && i.get("field").asText().equals(field)).toList();
                    if (t.table().kind() == Kind.BOOKKEEPING) {
                        assertThat(ofColumn).as("bookkeeping is listed per record, not per field").isEmpty();
                        continue;
                    }
                    if (ofColumn.isEmpty()) {
                        continue;
                    }
                    covered.add(t.table().table() + "." + c.name() + ":" + action);
                    JsonNode item = ofColumn.get(0);
                    long recordId = item.get("recordId").asLong();
                    String before = item.get("value").isNull() ? null : item.get("value").asText();
                    assertThat(before).as("value of %s", field).isNotNull();
                    Response r = api().post("/api/customers/" + s.id() + "/erasure/review", Map.of("module", t.module(),
                            "recordType", t.table().recordType(), "recordId", recordId, "field", field,
                            "action", action));
                    boolean binary = isBinary(t.table().table(), c.name());
                    if (action.equals("REDACT") && binary) {
                        assertThat(r.status()).as(r.toString()).isEqualTo(409);
                        continue;
                    }
                    assertThat(r.status()).as("%s %s.%s: %s", action, t.table().table(), c.name(), r).isEqualTo(200);
                    Object stored = storedValue(t.table().table(), c.name(), recordId);
                    switch (action) {
                        case "KEEP" -> {
                            assertThat(r.json().get("state").asText()).isEqualTo("KEPT");
                            assertThat(asText(stored)).isEqualTo(before);
                        }
                        case "REDACT" -> {
                            assertThat(r.json().get("state").asText()).isEqualTo("REDACTED");
                            String expected = c.freeText() ? TEXT.formatted("Xxxx")
                                    .replace("Anna-Karin Öhman", "Xxxx Xxxx").replace("070-123 45 67", "Xxxx")
                                    : before;
                            assertThat(asText(stored)).isEqualTo(expected);
                        }
                        default -> {
                            assertThat(r.json().get("state").asText()).isEqualTo("CLEARED");
                            assertThat(stored == null || asText(stored).isEmpty()
                                    || t.table().clearDeletesRow()).isTrue();
                            if (t.table().clearDeletesRow()) {
                                assertThat(rowExists(t.table().table(), recordId)).isFalse();
                            }
                        }
                    }
                }
            }
            // The log holds actor, record, field, action: never a value.
            String log = api().get("/api/erasures?limit=1000").text();
            assertThat(log).contains("\"action\":\"" + action + "\"").doesNotContain("Öhman")
                    .doesNotContain("070-123").doesNotContain(s.email()).doesNotContain(s.history().marker);
        }
        assertThat(covered).as("every declared REVIEW column was acted on")
                .containsAll(expectedCoverage());
    }

    private Set<String> expectedCoverage() {
        Set<String> expected = new HashSet<>();
        for (Target t : targets()) {
            if (t.table().kind() == Kind.BOOKKEEPING) {
                continue;
            }
            for (Column c : t.table().columns()) {
                if (c.rule() == FieldRule.REVIEW) {
                    for (String action : List.of("KEEP", "REDACT", "CLEAR")) {
                        expected.add(t.table().table() + "." + c.name() + ":" + action);
                    }
                }
            }
        }
        return expected;
    }

    @Test
    void bookkeepingRecordsAreListedOnceAndCannotBeChanged() {
        Seeded s = seeded();
        List<JsonNode> items = reviewList(s.id(), false);
        JsonNode invoice = items.stream().filter(i -> i.get("recordType").asText().equals("invoice")).findFirst()
                .orElseThrow();
        assertThat(invoice.get("field").asText()).isEqualTo("*");
        for (String action : List.of("CLEAR", "REDACT", "KEEP")) {
            Response r = api().post("/api/customers/" + s.id() + "/erasure/review", Map.of("module", "accounting",
                    "recordType", "invoice", "recordId", invoice.get("recordId").asLong(), "field", "*",
                    "action", action));
            assertThat(r.status()).as(r.toString()).isEqualTo(409);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }
        Response clerk = clerkApi().get("/api/customers/" + s.id() + "/erasure/review");
        assertThat(clerk.status()).isEqualTo(403);
        Response bad = api().post("/api/customers/" + s.id() + "/erasure/review", Map.of("module", "sales",
                "recordType", "order", "recordId", s.history().id("order"), "field", "internalComment",
                "action", "SHRED"));
        assertThat(bad.status()).isEqualTo(400);
        for (String body : List.of("{\"module\":\"sales\",\"recordType\":\"order\",\"field\":\"terms\",\"action\":\"KEEP\"}",
                "{\"module\":\"sales\",\"recordType\":\"order\",\"recordId\":\"x\",\"field\":\"terms\",\"action\":\"KEEP\"}",
                "{\"module\":\"sales\",\"recordType\":\"order\",\"recordId\":1,\"field\":\"terms\",\"action\":\"KEEP\",\"value\":\"x\"}",
                "{\"module\":\"sales\",\"recordType\":\"order\",\"recordId\":1,\"field\":\"terms\",\"action\":\"DELETE\"}",
                "not json")) {
            Response malformed = api().post("/api/customers/" + s.id() + "/erasure/review", body);
            assertThat(malformed.status()).as(body + " -> " + malformed).isEqualTo(400);
            assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api().get("/api/customers/" + s.id() + "/erasure/review?size=0").status()).isEqualTo(400);
        assertThat(api().get("/api/customers/999999999/erasure/review").status()).isEqualTo(404);
        Response unknownField = api().post("/api/customers/" + s.id() + "/erasure/review", Map.of("module", "sales",
                "recordType", "order", "recordId", s.history().id("order"), "field", "total", "action", "CLEAR"));
        assertThat(unknownField.status()).isEqualTo(404);
    }

    @Test
    void documentsAndPropertiesCanBeDeletedBeforeTheAnonymizationOnly() {
        Seeded s = seeded();
        String base = "/api/customers/" + s.id();
        long document = s.history().id("document");
        assertThat(clerkApi().delete(base + "/documents/" + document).status()).isEqualTo(204);
        assertThat(clerkApi().delete(base + "/documents/" + document).status()).isEqualTo(404);
        assertThat(clerkApi().put(base + "/properties/hobby", Map.of("value", "segling")).status()).isEqualTo(200);
        assertThat(clerkApi().delete(base + "/properties/hobby").status()).isEqualTo(204);
        assertThat(clerkApi().delete(base + "/properties/hobby").status()).isEqualTo(404);
        assertThat(api().get(base + "/properties").json().has("hobby")).isFalse();
        JsonNode log = api().get("/api/erasures?limit=1000").json().get("manualChecks");
        assertThat(log.toString()).contains("\"recordId\":" + document).contains("\"action\":\"DELETE\"")
                .contains("\"actor\":\"" + CLERK + "\"");
        assertThat(reviewList(s.id(), false)).anyMatch(i -> i.get("recordType").asText().equals("document")
                && i.get("state").asText().equals("CLEARED"));

        api().put(base + "/properties/colour", Map.of("value", "blå"));
        anonymize(s.id(), false);
        assertThat(clerkApi().delete(base + "/properties/colour").status()).isEqualTo(404);
    }

    /**
     * After the anonymization the list is still there with its marks (stored as references at the erasure):
     * clearing works, redaction no longer does (the identifiers are gone), and the count of fields left
     * goes down.
     */
    @Test
    void theCheckCanBeFinishedAfterTheAnonymization() {
        Seeded s = seeded();
        List<JsonNode> before = reviewList(s.id(), false);
        JsonNode kept = before.stream().filter(i -> i.get("mentionsCustomer").asBoolean()).findFirst().orElseThrow();
        act(s.id(), kept, "KEEP", 200);
        anonymize(s.id(), false);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM erasure_review WHERE customer_id = :id AND mentions_customer")
                .param("id", s.id()).query(Long.class).single())
                .isEqualTo(before.stream().filter(i -> i.get("mentionsCustomer").asBoolean()).count());
        List<JsonNode> after = reviewList(s.id(), false);
        assertThat(after.stream().filter(i -> i.get("mentionsCustomer").asBoolean()).map(ManualCheckTest::ref).toList())
                .containsExactlyElementsOf(before.stream().filter(i -> i.get("mentionsCustomer").asBoolean())
                        .map(ManualCheckTest::ref).toList());
        assertThat(find(after, kept).get("state").asText()).isEqualTo("KEPT");
        assertThat(reviewList(s.id(), true)).allMatch(i -> i.get("mentionsCustomer").asBoolean());

        long left = api().get("/api/customers/" + s.id() + "/erasure/review").json().get("total").asLong();
        JsonNode open = after.stream().filter(i -> i.get("mentionsCustomer").asBoolean()
                && i.get("state").asText().equals("OPEN")).findFirst().orElseThrow();
        act(s.id(), open, "REDACT", 409);
        act(s.id(), open, "CLEAR", 200);
        assertThat(find(reviewList(s.id(), false), open).get("state").asText()).isEqualTo("CLEARED");
        assertThat(left).isPositive();
    }

    /** Two officers on the same item at once: both actions are logged, and the state is the last one's. */
    @Test
    void twoOfficersOnTheSameItemLoseNoState() throws Exception {
        Seeded s = seeded();
        List<JsonNode> items = reviewList(s.id(), false);
        JsonNode item = items.stream().filter(i -> i.get("recordType").asText().equals("order")
                && i.get("field").asText().equals("internalComment")).findFirst().orElseThrow();
        JsonNode other = items.stream().filter(i -> i.get("recordType").asText().equals("order")
                && i.get("field").asText().equals("terms")).findFirst().orElseThrow();
        for (int round = 0; round < 3; round++) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Callable<Integer>> calls = List.of(
                        () -> { start.await(); return act(s.id(), item, "KEEP", -1); },
                        () -> { start.await(); return act(s.id(), item, "REDACT", -1); },
                        () -> { start.await(); return act(s.id(), other, "KEEP", -1); });
                List<Future<Integer>> results = new ArrayList<>();
                calls.forEach(c -> results.add(pool.submit(c)));
                start.countDown();
                for (Future<Integer> f : results) {
                    assertThat(f.get()).isEqualTo(200);
                }
            } finally {
                pool.shutdown();
            }
            List<Map<String, Object>> logged = jdbc.sql("SELECT action FROM erasure_review_action WHERE customer_id = :id"
                            + " AND record_type = 'order' AND field = 'internalComment' ORDER BY id DESC")
                    .param("id", s.id()).query().listOfRows();
            assertThat(logged).hasSize(2 * (round + 1));
            String last = (String) logged.get(0).get("action");
            Map<String, String> states = new HashMap<>();
            reviewList(s.id(), false).stream().filter(i -> i.get("recordType").asText().equals("order"))
                    .forEach(i -> states.put(i.get("field").asText(), i.get("state").asText()));
            assertThat(states.get("internalComment")).isEqualTo(last.equals("KEEP") ? "KEPT" : "REDACTED");
            assertThat(states.get("terms")).isEqualTo("KEPT");
        }
    }

    /**
     * {@code redactMentions: true}: in the same transaction as the anonymization every marked field is redacted;
     * the database residue scan then finds no identifier of the customer in any marked field.
     */
    @Test
    void redactMentionsLeavesNoIdentifierInAnyMarkedField() {
        Seeded s = seeded();
        long marked = api().get("/api/customers/" + s.id() + "/erasure").json().get("manualReviewMentioningCustomer")
                .asLong();
        CustomerIdentifiers identifiers = CustomerIdentifiers.builder().person("Anna-Karin", "Öhman")
                .person("Anna-Karin Öhman").phone("070-123 45 67", "+46 8 555 123 45")
                .registrationNumber("19751102-2186").literal(s.email()).build();
        Response r = anonymize(s.id(), true);
        assertThat(r.json().get("redactedFields").asLong()).isEqualTo(marked).isPositive();
        List<Map<String, Object>> marks = jdbc.sql("SELECT module, record_type, record_id, field, state FROM"
                + " erasure_review WHERE customer_id = :id AND mentions_customer").param("id", s.id()).query().listOfRows();
        assertThat(marks).hasSize((int) marked).allMatch(m -> m.get("state").equals("REDACTED"));
        Map<String, Target> byType = new HashMap<>();
        targets().forEach(t -> byType.put(t.module() + "/" + t.table().recordType(), t));
        for (Map<String, Object> m : marks) {
            Target t = byType.get(m.get("module") + "/" + m.get("record_type"));
            String column = t.table().columns().stream().filter(c -> camel(c.name()).equals(m.get("field")))
                    .findFirst().orElseThrow().name();
            String value = asText(storedValue(t.table().table(), column, ((Number) m.get("record_id")).longValue()));
            assertThat(identifiers.mentionedIn(value)).as("%s: %s", m, value).isFalse();
            assertThat(value).doesNotContainIgnoringCase("öhman").doesNotContain("123 45 67")
                    .doesNotContainIgnoringCase(s.email()).contains("Xxxx").contains("😀 שלום");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM erasure_review_action WHERE customer_id = :id AND action = 'REDACT'")
                .param("id", s.id()).query(Long.class).single()).isEqualTo(marked);
    }

    /**
     * The set-based marking in MariaDB equals the plain-Java matcher on random histories: random texts (names,
     * numbers and e-mails in their variants, near misses, emoji, right-to-left text) in every free-text column.
     */
    @Test
    void theSetBasedMarkingEqualsThePlainJavaReference() {
        Seeded s = seeded();
        CustomerIdentifiers identifiers = CustomerIdentifiers.builder().person("Anna-Karin", "Öhman")
                .person("Anna-Karin Öhman").phone("070-123 45 67", "+46 8 555 123 45")
                .registrationNumber("19751102-2186").literal(s.email()).build();
        String[] pieces = {"Anna-Karin", "anna karin", "ÖHMAN", "Öhmans", "Öhmansson", "Annandag", "Anna", "Karin",
                "0701234567", "+46 70 123 45 67", "070-123 45 68", "10701234567", "751102-2186", "7511022186",
                "197511022186", "751102-2187", s.email().toUpperCase(), "x" + s.email(), "08-555 123 45", "😀", "שלום",
                "مرحبا", "å", "ä", "ö", "é", "AB", "411 03", "Per", "kl 10", ",", ".", "(", ")", "-", "\n"};
        List<Target> free = targets().stream().filter(t -> t.table().kind() != Kind.BOOKKEEPING).toList();
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            for (Target t : free) {
                for (Column c : t.table().columns()) {
                    if (c.rule() == FieldRule.REVIEW && c.freeText() && !isBinary(t.table().table(), c.name())) {
                        StringBuilder text = new StringBuilder();
                        int n = 1 + random.nextInt(6);
                        for (int i = 0; i < n; i++) {
                            text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
                        }
                        jdbc.sql("UPDATE " + t.table().table() + " SET " + c.name() + " = :text WHERE "
                                + t.table().scope()).param("text", text.toString()).param("customerId", s.id()).update();
                    }
                }
            }
            int compared = 0;
            for (JsonNode item : reviewList(s.id(), false)) {
                if (item.get("field").asText().equals("*") || item.get("value").isNull()) {
                    continue;
                }
                Target t = targets().stream().filter(x -> x.module().equals(item.get("module").asText())
                        && x.table().recordType().equals(item.get("recordType").asText())).findFirst().orElseThrow();
                Column c = t.table().columns().stream().filter(x -> camel(x.name()).equals(item.get("field").asText()))
                        .findFirst().orElseThrow();
                if (!c.freeText() || isBinary(t.table().table(), c.name())) {
                    continue;
                }
                String value = item.get("value").asText();
                assertThat(item.get("mentionsCustomer").asBoolean()).as("seed %d: %s", seed, value)
                        .isEqualTo(identifiers.mentionedIn(value));
                compared++;
            }
            assertThat(compared).isGreaterThan(20);
        }
    }

    private Response anonymize(long customerId, boolean redactMentions) {
        Response r = api().post("/api/customers/" + customerId + "/erasure", Map.of("action", "ANONYMIZE",
                "acknowledged", true, "redactMentions", redactMentions));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    private int act(long customerId, JsonNode item, String action, int expected) {
        Response r = api().post("/api/customers/" + customerId + "/erasure/review", Map.of("module",
                item.get("module").asText(), "recordType", item.get("recordType").asText(), "recordId",
                item.get("recordId").asLong(), "field", item.get("field").asText(), "action", action));
        if (expected > 0) {
            assertThat(r.status()).as(r.toString()).isEqualTo(expected);
        }
        return r.status();
    }

    private List<JsonNode> reviewList(long customerId, boolean mentionsOnly) {
        Response r = api().get("/api/customers/" + customerId + "/erasure/review?size=500&mentionsOnly=" + mentionsOnly);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        r.json().get("items").forEach(items::add);
        assertThat(r.json().get("total").asLong()).isEqualTo(items.size());
        return items;
    }

    private static String ref(JsonNode i) {
        return i.get("module").asText() + "/" + i.get("recordType").asText() + "/" + i.get("recordId").asLong() + "/"
                + i.get("field").asText();
    }

    private static JsonNode find(List<JsonNode> items, JsonNode item) {
        return items.stream().filter(i -> ref(i).equals(ref(item))).findFirst().orElseThrow();
    }

    private Object storedValue(String table, String column, long id) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT " + column + " AS v FROM " + table + " WHERE id = :id")
                .param("id", id).query().listOfRows();
        return rows.isEmpty() ? null : rows.get(0).get("v");
    }

    private boolean rowExists(String table, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }

    private boolean isBinary(String table, String column) {
        return jdbc.sql("SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = :t AND COLUMN_NAME = :c").param("t", table).param("c", column)
                .query(String.class).single().toLowerCase().contains("blob");
    }

    private static String asText(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : value == null ? null : value.toString();
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toLowerCase().toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
