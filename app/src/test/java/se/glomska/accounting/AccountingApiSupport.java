package se.glomska.accounting;

import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers, orders, bodies and assertions shared by the accounting HTTP tests. */
abstract class AccountingApiSupport extends IntegrationTest {

    static final long UNKNOWN_ID = 987_654_321_012L;

    /** Reads numbers as BigDecimal, so that amounts are compared exactly (no detour through double). */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    // ---- other modules' records, over their HTTP API -----------------------------------------------

    long customer(String firstName) {
        Response created = api().post("/api/customers",
                Map.of("kind", "PERSON", "relation", "CUSTOMER", "firstName", firstName, "lastName", "Bokförd"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    long order(long customerId) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("customerId", customerId);
        b.put("customerReference", unique("ref"));
        b.put("lines", List.of(line("Ekbord massivt, 180 cm", "1", "12490.00")));
        Response created = api().post("/api/orders", b);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    long dropshipOrder(long customerId) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("customerId", customerId);
        b.put("orderReference", unique("DS"));
        b.put("lines", List.of(line("Kontorsstol Ergo Plus", "2", "4290.00")));
        Response created = api().post("/api/dropship-orders", b);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    void anonymize(long customerId) {
        jdbc.sql("UPDATE customer SET anonymized = TRUE WHERE id = :id").param("id", customerId).update();
    }

    // ---- bodies ------------------------------------------------------------------------------------

    static Map<String, Object> line(String description, String quantity, String unitPrice) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("description", description);
        l.put("quantity", new BigDecimal(quantity));
        l.put("unitPrice", new BigDecimal(unitPrice));
        return l;
    }

    static Map<String, Object> billTo(String name) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("name", name);
        b.put("address", "Drottninggatan 14");
        b.put("postalCode", "753 20");
        b.put("city", "Uppsala");
        b.put("country", "SE");
        b.put("organizationNumber", "554078-7101");
        b.put("vatNumber", "SE554078710101");
        b.put("email", "info@fjallbacka.se");
        return b;
    }

    static Map<String, Object> invoice(long customerId, Long orderId, Long dropshipOrderId, String billToName,
                                       List<Map<String, Object>> lines) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("customerId", customerId);
        if (orderId != null) {
            b.put("orderId", orderId);
        }
        if (dropshipOrderId != null) {
            b.put("dropshipOrderId", dropshipOrderId);
        }
        b.put("billTo", billTo(billToName));
        b.put("dueDate", "2025-04-30");
        b.put("lines", lines);
        return b;
    }

    /** A fresh customer's order invoiced with one line of {@code amount}; answers the invoice id. */
    long invoiceOf(String amount) {
        long customerId = customer(unique("Faktura"));
        return created("/api/invoices", invoice(customerId, order(customerId), null, unique("Kund AB"),
                List.of(line("Ekbord massivt, 180 cm", "1", amount))), "/api/invoices");
    }

    static Map<String, Object> payment(String amount, String paidAt) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("amount", new BigDecimal(amount));
        b.put("paidAt", paidAt);
        return b;
    }

    // ---- answers -----------------------------------------------------------------------------------

    /** Creates and answers the new record's id, asserting 201 and its Location. */
    long created(String path, Object body, String location) {
        Response created = api().post(path, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(location + "/" + created.id());
        return created.id();
    }

    /** The answer's JSON with every number as an exact BigDecimal. */
    static JsonNode exact(Response response) {
        return EXACT.readTree(response.bytes());
    }

    JsonNode read(String path) {
        Response read = api().get(path);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return exact(read);
    }

    static BigDecimal amount(JsonNode node, String field) {
        JsonNode value = node.get(field);
        assertThat(value.isNumber()).as(field + " in " + node).isTrue();
        return value.decimalValue();
    }

    static void assertProblem(Response answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param(i + 1, params[i]);
        }
        return spec.query(Long.class).single();
    }

    /** Sales learns of an invoice through an event after the invoice's transaction commits. */
    void awaitInvoiced(String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!read(path).get("invoiced").asBoolean()) {
            assertThat(Instant.now()).as(path + " marked invoiced in time").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
