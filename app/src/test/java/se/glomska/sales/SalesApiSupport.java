package se.glomska.sales;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Bodies, customers and assertions shared by the sales HTTP tests. */
abstract class SalesApiSupport extends IntegrationTest {

    static final long UNKNOWN_ID = 987_654_321_012L;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    // ---- customers ----------------------------------------------------------------------------

    long customer(String firstName) {
        Response created = api().post("/api/customers",
                Map.of("kind", "PERSON", "relation", "CUSTOMER", "firstName", firstName, "lastName", "Kund"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    void anonymize(long customerId) {
        jdbc.sql("UPDATE customer SET anonymized = TRUE WHERE id = :id").param("id", customerId).update();
    }

    // ---- bodies -------------------------------------------------------------------------------

    static Map<String, Object> documentAddress(String name, String city) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", name);
        a.put("attention", "Maja Öberg");
        a.put("address", "Drottninggatan 14");
        a.put("postalCode", "753 20");
        a.put("city", city);
        a.put("region", "Uppsala län");
        a.put("country", "SE");
        return a;
    }

    static Map<String, Object> dropshipAddress(String city) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("attention", "Per Öberg");
        a.put("address", "Storgatan 90");
        a.put("postalCode", "621 55");
        a.put("city", city);
        a.put("country", "SE");
        return a;
    }

    static Map<String, Object> line(String description, String quantity, String unitPrice) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("description", description);
        l.put("quantity", new BigDecimal(quantity));
        l.put("unitPrice", new BigDecimal(unitPrice));
        return l;
    }

    static List<Map<String, Object>> lines() {
        return List.of(line("Ekbord massivt, 180 cm", "2", "12490.00"), line("Montering på plats, per timme", "1.5", "695.50"));
    }

    /** 2 × 12490.00 + 1.5 × 695.50 = 24980.00 + 1043.25 */
    static final BigDecimal LINES_TOTAL = new BigDecimal("26023.25");

    static Map<String, Object> quote(Long customerId, String reference) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("customerId", customerId);
        b.put("customerReference", reference);
        b.put("invoiceAddress", documentAddress("Fjällbacka Bygg AB", "Uppsala"));
        b.put("deliveryAddress", documentAddress("Fjällbacka Bygg AB, lager", "Knivsta"));
        b.put("publishedComment", "Offert enligt telefonsamtal.");
        b.put("terms", "Giltig 30 dagar. 30 dagar netto.");
        b.put("internalComment", "Kunden vill ha rabatt nästa gång.");
        b.put("lines", lines());
        return b;
    }

    static Map<String, Object> order(Long customerId, String reference) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("customerId", customerId);
        b.put("customerReference", reference);
        b.put("customerOrderReference", "IO-24007");
        b.put("notificationMobile", "070-295 18 36");
        b.put("invoiceAddress", documentAddress("Västkustens Fisk AB", "Göteborg"));
        b.put("deliveryAddress", documentAddress("Västkustens Fisk AB, kajen", "Fiskebäck"));
        b.put("publishedComment", "Leverans till lastkaj, ring 30 min innan.");
        b.put("terms", "30 dagar netto.");
        b.put("internalComment", "Stamkund.");
        b.put("lines", lines());
        return b;
    }

    static Map<String, Object> delivery(String reference) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("customerReference", reference);
        b.put("notificationMobile", "073-192 80 64");
        b.put("invoiceAddress", documentAddress("Anders Nilsson", "Göteborg"));
        b.put("deliveryAddress", documentAddress("Anders Nilsson", "Mölndal"));
        b.put("publishedComment", "Levereras med DB Schenker.");
        b.put("internalComment", "Bärhjälp behövs.");
        return b;
    }

    static Map<String, Object> commercialInvoice(String customer) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("customer", customer);
        b.put("name", "Norrlands Trä AB");
        b.put("address", "Storgatan 90");
        b.put("postalCode", "621 55");
        b.put("city", "Visby");
        b.put("country", "NO");
        b.put("recipientOrganizationNumber", "558301-5662");
        b.put("recipientVatNumber", "SE558301566201");
        b.put("recipientName", "Per Öberg");
        b.put("recipientEmail", "per.oberg@example.se");
        b.put("recipientPhone", "071-605 17 37");
        return b;
    }

    static Map<String, Object> dropshipOrder(Long customerId, String reference) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("customerId", customerId);
        b.put("orderReference", reference);
        b.put("phone", "0498-12 34 56");
        b.put("mobile", "071-605 17 37");
        b.put("customerName", "Per Öberg");
        b.put("invoiceAddress", dropshipAddress("Visby"));
        b.put("deliveryAddress", dropshipAddress("Slite"));
        b.put("internalComment", "Direktleverans från leverantör.");
        b.put("lines", lines());
        return b;
    }

    static Map<String, Object> purchase(String reference) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("supplierName", "Möbelfabriken i Tibro AB");
        b.put("orderReference", reference);
        b.put("phone", "0504-400 00");
        b.put("mobile", "070-111 22 33");
        b.put("publishedComment", "Leverera direkt till slutkund.");
        b.put("customerName", "Per Öberg");
        b.put("deliveryAddress", dropshipAddress("Slite"));
        b.put("terms", "Fritt levererat.");
        b.put("internalComment", "Leverantören aviserar.");
        return b;
    }

    static Map<String, Object> inboundDelivery(String internalComment) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("receivedAt", "2025-03-04T09:30:15.123456Z");
        b.put("country", "SE");
        b.put("terms", "Fritt levererat.");
        b.put("internalComment", internalComment);
        return b;
    }

    static Map<String, Object> contract(Long customerId, String reference, String endDate) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("customerId", customerId);
        b.put("customerReference", reference);
        b.put("recipient", "Elin Eriksson");
        b.put("email", "elin.eriksson@example.se");
        b.put("description", "Serviceavtal kontorsmöbler, årlig översyn");
        b.put("startDate", "2024-01-01");
        b.put("endDate", endDate);
        return b;
    }

    // ---- answers ------------------------------------------------------------------------------

    /** Creates and answers the new record's id, asserting 201 and its Location. */
    long created(String path, Object body, String location) {
        Response created = api().post(path, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(location + "/" + created.id());
        return created.id();
    }

    JsonNode read(String path) {
        Response read = api().get(path);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json();
    }

    /** Every field of the body is in the answer with the same value (numbers compared by value). */
    void assertFieldsIntact(JsonNode answer, Map<String, Object> body) {
        JsonNode expected = objectMapper.valueToTree(body);
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            assertThat(answer.has(field.getKey())).as("%s in %s", field.getKey(), answer).isTrue();
            assertSame(field.getKey(), field.getValue(), answer.get(field.getKey()));
        }
    }

    private static void assertSame(String path, JsonNode expected, JsonNode actual) {
        if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(path).isTrue();
            assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
        } else if (expected.isObject()) {
            assertThat(actual.isObject()).as(path).isTrue();
            assertThat(actual.size()).as(path + " has no extra fields").isEqualTo(expected.size());
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                assertSame(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as(path).isTrue();
            assertThat(actual.size()).as(path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSame(path + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    static void assertProblem(Response answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    /** The rows of a list answer {@code {items, page, size, total}}. */
    static List<JsonNode> rows(Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        JsonNode items = list.json().get("items");
        assertThat(items.isArray()).as(list.toString()).isTrue();
        return items.valueStream().toList();
    }

    long count(String table, String column, String value) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :value")
                .param("value", value).query(Long.class).single();
    }

    // ---- the accounting event -----------------------------------------------------------------

    /** An invoice id no other run uses. */
    static long invoiceId() {
        return 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    /** Publishes the event as accounting does: inside a transaction. */
    void publishInvoiced(OrderInvoiced event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /** Waits until every publication of events for this invoice id has been handled by its listeners. */
    void awaitHandled(long invoiceId) {
        await("event for invoice " + invoiceId + " handled", () -> jdbc.sql("""
                        SELECT COUNT(*) FROM EVENT_PUBLICATION
                        WHERE EVENT_TYPE = :type AND SERIALIZED_EVENT LIKE :invoice AND COMPLETION_DATE IS NULL""")
                .param("type", OrderInvoiced.class.getName())
                .param("invoice", "%\"invoiceId\":" + invoiceId + "%")
                .query(Long.class).single() == 0);
    }

    static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
