package se.glomska.accounting;

import org.junit.jupiter.api.Test;
import se.glomska.HttpApi.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Receipts over HTTP: the receipt holds no customer data; its customer link can be removed. */
class ReceiptApiTest extends AccountingApiSupport {

    private static Map<String, Object> receipt(Long customerId, String name, String email) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("customerId", customerId);
        b.put("customerName", name);
        b.put("customerEmail", email);
        b.put("paidAt", "2025-03-03T12:00:00Z");
        b.put("paymentMethod", "CARD");
        b.put("lines", List.of(line("Möbelvax, 250 ml", "1", "149.00"), line("Filttassar, 16-pack", "2.5", "59.99")));
        return b;
    }

    @Test
    void aReceiptIsIssuedWithItsCustomerAndLosesOnlyTheCustomerWhenTheLinkIsRemoved() {
        long customerId = customer(unique("Kvitto"));
        String name = unique("Anna Andersson ");

        Response issued = api().post("/api/receipts", receipt(customerId, name, "anna@example.se"));

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        long id = issued.id();
        assertThat(issued.header("Location")).endsWith("/api/receipts/" + id);
        JsonNode before = read("/api/receipts/" + id);
        assertThat(before.get("paidAt").asString()).isEqualTo("2025-03-03T12:00:00Z");
        assertThat(before.get("paymentMethod").asString()).isEqualTo("CARD");
        assertThat(before.get("lines")).hasSize(2);
        // 149.00 + 2.5 × 59.99 = 149.00 + 149.975 = 298.975 → 298.98
        assertThat(amount(before, "total")).isEqualTo(new BigDecimal("298.98"));
        assertThat(before.get("customer").get("id").asLong()).isEqualTo(customerId);
        assertThat(before.get("customer").get("name").asString()).isEqualTo(name);
        assertThat(before.get("customer").get("email").asString()).isEqualTo("anna@example.se");
        assertThat(count("SELECT COUNT(*) FROM accounting_receipt WHERE id = ? AND total = 298.98", id)).isEqualTo(1);

        // what the erasure does: delete the link (the receipt tables refuse any change)
        jdbc.sql("DELETE FROM accounting_receipt_customer WHERE receipt_id = ?").param(1, id).update();

        JsonNode after = read("/api/receipts/" + id);
        assertThat(after.has("customer")).isTrue();
        assertThat(after.get("customer").isNull()).isTrue();
        ((ObjectNode) before).remove("customer");
        ((ObjectNode) after).remove("customer");
        assertThat(after).as("the receipt itself is unchanged").isEqualTo(before);
    }

    @Test
    void theReceiptTablesHoldNoCustomerData() {
        List<String> columns = jdbc.sql("""
                SELECT column_name FROM information_schema.columns
                 WHERE table_schema = DATABASE() AND table_name IN ('accounting_receipt', 'accounting_receipt_line')""")
                .query(String.class).list();

        assertThat(columns).containsExactlyInAnyOrder("id", "paid_at", "payment_method", "total", "issued_at",
                "id", "receipt_id", "line_no", "description", "quantity", "unit_price");
    }

    @Test
    void aReceiptWithoutACustomerHasNoLink() {
        long id = created("/api/receipts", receipt(null, null, null), "/api/receipts");

        JsonNode receipt = read("/api/receipts/" + id);
        assertThat(receipt.get("customer").isNull()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM accounting_receipt_customer WHERE receipt_id = ?", id)).isZero();
    }

    @Test
    void unknownReceiptsAndCustomersAnswer404InvalidReceipts400AndNothingIsWritten() {
        String method = unique("M");
        assertProblem(api().get("/api/receipts/" + UNKNOWN_ID), 404);
        Map<String, Object> unknownCustomer = receipt(UNKNOWN_ID, "A", null);
        unknownCustomer.put("paymentMethod", method);
        assertProblem(api().post("/api/receipts", unknownCustomer), 404);

        long customerId = customer(unique("Ogiltig"));
        Map<String, Object> nameWithoutCustomer = receipt(null, "Anna", null);
        Map<String, Object> noLines = receipt(customerId, "A", null);
        noLines.put("lines", List.of());
        Map<String, Object> noPaidAt = receipt(customerId, "A", null);
        noPaidAt.remove("paidAt");
        Map<String, Object> badEmail = receipt(customerId, "A", "inte-en-adress");
        Map<String, Object> badPrice = receipt(customerId, "A", null);
        badPrice.put("lines", List.of(line("x", "1", "-5.00")));
        for (Map<String, Object> body : List.of(nameWithoutCustomer, noLines, noPaidAt, badEmail, badPrice)) {
            body.put("paymentMethod", method);
            assertProblem(api().post("/api/receipts", body), 400);
        }
        Map<String, Object> noMethod = receipt(customerId, "A", null);
        noMethod.remove("paymentMethod");
        assertProblem(api().post("/api/receipts", noMethod), 400);

        assertThat(count("SELECT COUNT(*) FROM accounting_receipt WHERE payment_method = ?", method)).isZero();
        assertThat(count("SELECT COUNT(*) FROM accounting_receipt_customer WHERE customer_id IN (?, ?)",
                customerId, UNKNOWN_ID)).isZero();
    }

    @Test
    void anAnonymizedCustomerGetsNoNewReceipt() {
        long customerId = customer(unique("Anonym"));
        anonymize(customerId);

        assertProblem(api().post("/api/receipts", receipt(customerId, "A", null)), 409);
        assertThat(count("SELECT COUNT(*) FROM accounting_receipt_customer WHERE customer_id = ?", customerId)).isZero();
    }
}
