package se.glomska.accounting;

import org.junit.jupiter.api.Test;
import se.glomska.HttpApi.Response;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Payments and payment reminders over HTTP; an invoice is paid when its payments cover its total. */
class PaymentAndReminderApiTest extends AccountingApiSupport {

    @Test
    void anInvoiceIsPaidWhenItsPaymentsCoverItsTotalAndTheInvoiceRowIsNeverTouched() {
        long invoiceId = invoiceOf("100.00");
        Map<String, Object> rowBefore = invoiceRow(invoiceId);

        Response first = api().post("/api/invoices/" + invoiceId + "/payments", payment("40.10", "2025-04-01"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        JsonNode answer = exact(first);
        assertThat(answer.get("invoiceId").asLong()).isEqualTo(invoiceId);
        assertThat(amount(answer, "amount")).isEqualTo(new BigDecimal("40.10"));
        assertThat(answer.get("paidAt").asString()).isEqualTo("2025-04-01");
        assertThat(amount(answer, "balance")).isEqualTo(new BigDecimal("59.90"));
        assertThat(answer.get("paid").asBoolean()).isFalse();
        JsonNode partly = read("/api/invoices/" + invoiceId);
        assertThat(amount(partly, "balance")).isEqualTo(new BigDecimal("59.90"));
        assertThat(partly.get("paid").asBoolean()).isFalse();

        assertThat(api().post("/api/invoices/" + invoiceId + "/payments", payment("59.90", "2025-04-15")).status())
                .isEqualTo(201);

        JsonNode paid = read("/api/invoices/" + invoiceId);
        assertThat(amount(paid, "total")).isEqualTo(new BigDecimal("100.00"));
        assertThat(amount(paid, "balance")).isEqualTo(new BigDecimal("0.00"));
        assertThat(paid.get("paid").asBoolean()).isTrue();
        assertThat(paid.get("payments")).hasSize(2);
        assertThat(amount(paid.get("payments").get(1), "amount")).isEqualTo(new BigDecimal("59.90"));
        assertThat(invoiceRow(invoiceId)).as("balance and paid are derived, the invoice is never updated")
                .isEqualTo(rowBefore);
    }

    @Test
    void aPaymentOverTheBalanceIsRefusedWith409AndNotRecorded() {
        long invoiceId = invoiceOf("100.00");
        api().post("/api/invoices/" + invoiceId + "/payments", payment("60.00", "2025-04-01"));

        Response over = api().post("/api/invoices/" + invoiceId + "/payments", payment("40.01", "2025-04-02"));

        assertProblem(over, 409);
        assertThat(over.json().get("detail").asString()).contains("invoice " + invoiceId);
        assertThat(payments(invoiceId)).isEqualTo(1);
        api().post("/api/invoices/" + invoiceId + "/payments", payment("40.00", "2025-04-03"));
        assertProblem(api().post("/api/invoices/" + invoiceId + "/payments", payment("0.01", "2025-04-04")), 409);
        assertThat(payments(invoiceId)).isEqualTo(2);
    }

    @Test
    void invalidPaymentsAnswer400AndWriteNothing() {
        long invoiceId = invoiceOf("100.00");
        Map<String, Object> noDate = new LinkedHashMap<>(payment("1.00", "2025-04-01"));
        noDate.remove("paidAt");

        for (Object body : List.of(payment("0.00", "2025-04-01"), payment("-1.00", "2025-04-01"),
                payment("1.001", "2025-04-01"), noDate, Map.of("amount", 1, "paidAt", "första april"),
                Map.of("amount", 1, "paidAt", "2025-04-01", "note", "x"))) {
            assertProblem(api().post("/api/invoices/" + invoiceId + "/payments", body), 400);
        }
        assertThat(payments(invoiceId)).isZero();
    }

    @Test
    void aReminderIsSentForAnUnpaidInvoiceAndReadBack() {
        long invoiceId = invoiceOf("100.00");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recipientName", "Maja Öberg");
        body.put("recipientAddress", "Drottninggatan 14, 753 20 Uppsala");
        body.put("recipientEmail", "maja.oberg@example.se");
        body.put("fee", new BigDecimal("60.00"));

        long reminderId = created("/api/invoices/" + invoiceId + "/reminders", body, "/api/reminders");

        JsonNode reminder = read("/api/reminders/" + reminderId);
        assertThat(reminder.get("invoiceId").asLong()).isEqualTo(invoiceId);
        assertThat(reminder.get("recipientName").asString()).isEqualTo("Maja Öberg");
        assertThat(reminder.get("recipientAddress").asString()).isEqualTo("Drottninggatan 14, 753 20 Uppsala");
        assertThat(reminder.get("recipientEmail").asString()).isEqualTo("maja.oberg@example.se");
        assertThat(amount(reminder, "fee")).isEqualTo(new BigDecimal("60.00"));
        assertThat(reminder.get("sentAt").asString()).isNotBlank();
        assertThat(amount(read("/api/invoices/" + invoiceId), "balance"))
                .as("a reminder fee is not part of the invoice").isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void aPaidInvoiceGetsNoReminderAndInvalidRemindersAnswer400() {
        long invoiceId = invoiceOf("100.00");
        assertProblem(api().post("/api/invoices/" + invoiceId + "/reminders", Map.of("recipientName", " ")), 400);
        assertProblem(api().post("/api/invoices/" + invoiceId + "/reminders",
                Map.of("recipientName", "A", "fee", -1)), 400);
        assertProblem(api().post("/api/invoices/" + invoiceId + "/reminders",
                Map.of("recipientName", "A", "recipientEmail", "ingen-adress")), 400);
        api().post("/api/invoices/" + invoiceId + "/payments", payment("100.00", "2025-04-01"));

        assertProblem(api().post("/api/invoices/" + invoiceId + "/reminders", Map.of("recipientName", "A")), 409);
        assertThat(count("SELECT COUNT(*) FROM accounting_payment_reminder WHERE invoice_id = ?", invoiceId)).isZero();
    }

    @Test
    void anUnpaidInvoiceBlocksTheAnonymizationUntilItIsPaid() {
        long customerId = customer(unique("Skuld"));
        long invoiceId = created("/api/invoices", invoice(customerId, order(customerId), null, "A",
                List.of(line("x", "1", "250.00"))), "/api/invoices");
        awaitInvoiced("/api/orders/" + read("/api/invoices/" + invoiceId).get("orderId").asLong());

        JsonNode blocked = read("/api/customers/" + customerId + "/erasure");
        assertThat(blocked.get("action").asString()).isEqualTo("ANONYMIZE");
        assertThat(blocked.get("blockers").valueStream()
                .filter(b -> b.get("module").asString().equals("accounting")).toList())
                .singleElement().satisfies(b -> {
                    assertThat(b.get("code").asString()).isEqualTo("INVOICE_NOT_PAID");
                    assertThat(b.get("recordType").asString()).isEqualTo("invoice");
                    assertThat(b.get("recordId").asLong()).isEqualTo(invoiceId);
                    assertThat(b.get("message").asString()).contains(String.valueOf(invoiceId)).doesNotContain("Skuld");
                });

        api().post("/api/invoices/" + invoiceId + "/payments", payment("250.00", "2025-04-01"));

        JsonNode after = read("/api/customers/" + customerId + "/erasure");
        assertThat(after.get("blockers").valueStream().filter(b -> b.get("module").asString().equals("accounting")))
                .isEmpty();
        assertThat(after.get("footprint").valueStream()
                .filter(f -> f.get("module").asString().equals("accounting")
                        && f.get("recordType").asString().equals("invoice"))
                .map(f -> f.get("count").asLong())).containsExactly(1L);
    }

    private Map<String, Object> invoiceRow(long invoiceId) {
        return jdbc.sql("SELECT * FROM accounting_invoice WHERE id = ?").param(1, invoiceId).query().singleRow();
    }

    private long payments(long invoiceId) {
        return count("SELECT COUNT(*) FROM accounting_payment WHERE invoice_id = ?", invoiceId);
    }
}
