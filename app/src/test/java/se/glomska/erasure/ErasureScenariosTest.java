package se.glomska.erasure;

import org.junit.jupiter.api.Test;
import se.glomska.DatabaseSnapshot;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** DELETE and ANONYMIZE end to end: what is left afterwards, anywhere in the schema. */
class ErasureScenariosTest extends IntegrationTest {

    @Test
    void aCustomerWithoutTransactionsIsOfferedDeleteAndLeavesNoRowBehind() {
        CustomerHistory h = CustomerHistory.withoutTransactions(api(), Markers.next());
        String path = "/api/customers/" + h.customerId + "/erasure";

        JsonNode decision = api().get(path).json();
        assertThat(decision.get("action").asString()).isEqualTo("DELETE");
        assertThat(decision.get("allowed").asBoolean()).isTrue();
        assertThat(decision.get("footprint").toString()).contains("\"recordType\":\"branch\"",
                "\"recordType\":\"creditReport\"", "\"recordType\":\"document\"", "\"recordType\":\"property\"");

        assertThat(api().post(path, Map.of("action", "DELETE")).status()).isEqualTo(400);
        assertThat(api().post(path, Map.of("action", "DELETE", "acknowledged", false)).status()).isEqualTo(400);
        assertThat(api().post(path, Map.of("action", "ANONYMIZE", "acknowledged", true)).status()).isEqualTo(409);
        assertThat(rowsReferring(h.customerId)).isNotEmpty();

        Response deleted = api().post(path, Map.of("action", "DELETE", "acknowledged", true));

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json().get("action").asString()).isEqualTo("DELETE");
        assertThat(rowsReferring(h.customerId)).isEmpty();
        assertThat(api().get("/api/customers/" + h.customerId).status()).isEqualTo(404);
        assertThat(markersOutsideKeptPlaces(h.marker)).isEmpty();
        long logged = jdbc.sql("SELECT COUNT(*) FROM erasure_log WHERE customer_id = ? AND action = 'DELETE'")
                .param(h.customerId).query(Long.class).single();
        assertThat(logged).isEqualTo(1);
    }

    /**
     * Section 7: the customer is offered DELETE, then gains a transaction (a CRM activity) before the
     * DELETE is sent: the request fails with a clear conflict and nothing changes.
     */
    @Test
    void aDeleteIsRefusedOnceTheCustomerHasATransactionAndNothingChanges() {
        CustomerHistory h = CustomerHistory.withoutTransactions(api(), Markers.next());
        String path = "/api/customers/" + h.customerId + "/erasure";
        assertThat(api().get(path).json().get("action").asString()).isEqualTo("DELETE");
        long activity = api().post("/api/crm/activities", Map.of("customerId", h.customerId, "kind", "CALL",
                "occursAt", "2025-03-01T10:00:00Z", "subject", h.marker + "-meanwhile")).id();
        ErasureChecks.awaitEventsCompleted(jdbc);
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);

        Response refused = api().post(path, Map.of("action", "DELETE", "acknowledged", true));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).isNotBlank();
        assertThat(DatabaseSnapshot.of(jdbc)).as("nothing changed").isEqualTo(before);
        assertThat(api().get("/api/customers/" + h.customerId).status()).isEqualTo(200);
        assertThat(api().get("/api/crm/activities/" + activity).status()).isEqualTo(200);
        assertThat(ErasureChecks.logEntries(jdbc, h.customerId)).isZero();
        assertThat(api().get(path).json().get("action").asString()).isEqualTo("ANONYMIZE");
    }

    @Test
    void afterAnonymizationMarkersRemainOnlyInBookkeepingRecordsAndSectionFiveFields() {
        CustomerHistory h = CustomerHistory.build(api(), Markers.next());
        assertThat(markersOutsideKeptPlaces(h.marker)).isNotEmpty();

        Response erased = api().post("/api/customers/" + h.customerId + "/erasure",
                Map.of("action", "ANONYMIZE", "acknowledged", true));

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(markersOutsideKeptPlaces(h.marker)).isEmpty();
    }

    @Test
    void aKeptFieldHoldingOnlyWhiteSpaceEvenUnicodeSpacesIsNothingToCheckButOneStartingWithASpaceIs() {
        long customer = api().post("/api/customers", Map.of("kind", "COMPANY", "relation", "CUSTOMER",
                "name", unique("Blanksteg AB"))).id();
        Map<String, Object> order = new java.util.HashMap<>(Map.of("customerId", customer,
                "publishedComment", " \t\r\n ", "internalComment", "\u00A0\u2003\u3000",
                "terms", "  30 dagar netto", "lines", CustomerHistory.lines()));
        long orderId = api().post("/api/orders", order).id();

        JsonNode review = api().get("/api/customers/" + customer + "/erasure").json().get("manualReview");

        List<String> fields = new ArrayList<>();
        review.forEach(i -> {
            if (i.get("recordId").asLong() == orderId && i.get("recordType").asString().equals("order")) {
                fields.add(i.get("field").asString());
            }
        });
        assertThat(fields).contains("terms").doesNotContain("publishedComment", "internalComment");
    }

    @Test
    void theDecisionListsWhatMustBeCheckedByHand() {
        CustomerHistory h = CustomerHistory.build(api(), Markers.next());

        JsonNode review = api().get("/api/customers/" + h.customerId + "/erasure").json().get("manualReview");

        List<String> items = new ArrayList<>();
        review.forEach(i -> items.add(i.get("module").asString() + "/" + i.get("recordType").asString() + "/"
                + i.get("recordId").asLong() + "/" + i.get("field").asString()));
        assertThat(items).contains(
                "customer/customer/" + h.customerId + "/info",
                "customer/customer/" + h.customerId + "/internalInfo",
                "customer/customer/" + h.customerId + "/invoicePostalCode",
                "customer/document/" + h.id("document") + "/description",
                "sales/order/" + h.id("order") + "/publishedComment",
                "sales/quote/" + h.id("quote") + "/terms",
                "sales/delivery/" + h.id("delivery") + "/internalComment",
                "sales/dropshipOrder/" + h.id("dropshipOrder") + "/internalComment",
                "accounting/invoice/" + h.id("invoice") + "/*",
                "accounting/receipt/" + h.id("receipt") + "/*");
        assertThat(items).noneMatch(i -> i.endsWith("/firstName") || i.endsWith("/customerReference"));
    }

    /** Every row of every table whose customer link names the customer, except the erasure log. */
    private List<String> rowsReferring(long customerId) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.sql("""
                SELECT c.TABLE_NAME AS t, c.COLUMN_NAME AS c FROM information_schema.COLUMNS c
                JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
                WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'
                  AND (c.COLUMN_NAME = 'customer_id' OR (c.TABLE_NAME = 'customer' AND c.COLUMN_NAME = 'id'))
                  AND c.TABLE_NAME <> 'erasure_log'""").query().listOfRows();
        for (Map<String, Object> column : columns) {
            long n = jdbc.sql("SELECT COUNT(*) FROM " + column.get("t") + " WHERE " + column.get("c") + " = ?")
                    .param(customerId).query(Long.class).single();
            if (n > 0) {
                found.add(column.get("t") + "." + column.get("c") + ": " + n);
            }
        }
        return found;
    }

    private List<String> markersOutsideKeptPlaces(String marker) {
        return ErasureChecks.markersOutsideKeptPlaces(jdbc, marker);
    }
}
