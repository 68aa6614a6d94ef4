package se.glomska.accounting;

import org.junit.jupiter.api.Test;
import se.glomska.HttpApi.Response;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Invoices over HTTP (api.md "Accounting module"): issuing, reading, listing. */
class InvoiceApiTest extends AccountingApiSupport {

    @Test
    void anInvoiceForAnOrderIsIssuedAsSentWithAnExactTotalAndMarksTheOrderInvoiced() {
        long customerId = customer(unique("Maja"));
        long orderId = order(customerId);
        String name = unique("Fjällbacka Bygg AB ");
        List<Map<String, Object>> lines = List.of(line("Stol Lundagård, ek", "2", "1895.00"),
                line("Montering på plats, per timme", "1.125", "695.50"));

        Response issued = api().post("/api/invoices", invoice(customerId, orderId, null, name, lines));

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        long id = issued.id();
        assertThat(issued.header("Location")).endsWith("/api/invoices/" + id);
        for (JsonNode invoice : List.of(exact(issued), read("/api/invoices/" + id))) {
            assertThat(invoice.get("id").asLong()).isEqualTo(id);
            assertThat(invoice.get("invoiceNumber").asLong()).isPositive();
            assertThat(invoice.get("customerId").asLong()).isEqualTo(customerId);
            assertThat(invoice.get("orderId").asLong()).isEqualTo(orderId);
            assertThat(invoice.get("dropshipOrderId").isNull()).isTrue();
            assertThat(invoice.get("dueDate").asString()).isEqualTo("2025-04-30");
            JsonNode billTo = invoice.get("billTo");
            billTo(name).forEach((field, value) -> assertThat(billTo.get(field).asString()).as(field).isEqualTo(value));
            assertThat(invoice.get("lines")).hasSize(2);
            assertThat(invoice.get("lines").get(1).get("description").asString()).isEqualTo("Montering på plats, per timme");
            assertThat(amount(invoice.get("lines").get(1), "quantity")).isEqualByComparingTo("1.125");
            assertThat(amount(invoice.get("lines").get(1), "unitPrice")).isEqualByComparingTo("695.50");
            // 2 × 1895.00 + 1.125 × 695.50 = 3790.00 + 782.4375 = 4572.4375 → 4572.44 (HALF_UP, 2 decimals)
            assertThat(amount(invoice, "total")).isEqualTo(new BigDecimal("4572.44"));
            assertThat(amount(invoice, "balance")).isEqualTo(new BigDecimal("4572.44"));
            assertThat(invoice.get("paid").asBoolean()).isFalse();
        }
        assertThat(count("SELECT COUNT(*) FROM accounting_invoice_line WHERE invoice_id = ?", id)).isEqualTo(2);
        awaitInvoiced("/api/orders/" + orderId);
        assertThat(read("/api/orders/" + orderId).get("invoiceId").asLong()).isEqualTo(id);
    }

    @Test
    void theTotalIsTheSumOfTheLinesRoundedOnceAndExactBeyondDoublePrecision() {
        long customerId = customer(unique("Exakt"));
        List<Map<String, Object>> lines = List.of(line("Licens", "3", "33333333333333.33"),
                line("Avrundning", "0.5", "0.01"), line("Avrundning", "0.5", "0.01"));

        JsonNode invoice = exact(api().post("/api/invoices",
                invoice(customerId, order(customerId), null, "Exakt AB", lines)));

        BigDecimal sum = lines.stream()
                .map(l -> ((BigDecimal) l.get("quantity")).multiply((BigDecimal) l.get("unitPrice")))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        // 99999999999999.99 + 0.005 + 0.005: not representable as a double; rounding per line would give .01 more
        assertThat(sum).isEqualTo(new BigDecimal("100000000000000.00"));
        assertThat(amount(invoice, "total")).isEqualTo(sum);
        assertThat(jdbc.sql("SELECT total FROM accounting_invoice WHERE id = ?").param(1, invoice.get("id").asLong())
                .query(BigDecimal.class).single()).isEqualTo(sum);
    }

    @Test
    void aDropshipOrderIsInvoicedToo() {
        long customerId = customer(unique("Per"));
        long dropshipOrderId = dropshipOrder(customerId);

        long id = created("/api/invoices", invoice(customerId, null, dropshipOrderId, "Norrlands Trä AB",
                List.of(line("Kontorsstol Ergo Plus", "2", "4290.00"))), "/api/invoices");

        JsonNode invoice = read("/api/invoices/" + id);
        assertThat(invoice.get("dropshipOrderId").asLong()).isEqualTo(dropshipOrderId);
        assertThat(invoice.get("orderId").isNull()).isTrue();
        assertThat(amount(invoice, "total")).isEqualTo(new BigDecimal("8580.00"));
        awaitInvoiced("/api/dropship-orders/" + dropshipOrderId);
    }

    @Test
    void invoiceNumbersAreAssignedByTheServerUniqueAndInSequence() {
        long first = read("/api/invoices/" + invoiceOf("100.00")).get("invoiceNumber").asLong();
        long second = read("/api/invoices/" + invoiceOf("200.00")).get("invoiceNumber").asLong();

        assertThat(second).isGreaterThan(first);
        assertThat(count("SELECT COUNT(*) FROM accounting_invoice WHERE invoice_number IN (?, ?)", first, second))
                .isEqualTo(2);
    }

    @Test
    void anOrderIsInvoicedOnlyOnce() {
        long customerId = customer(unique("Två"));
        long orderId = order(customerId);
        created("/api/invoices", invoice(customerId, orderId, null, "Första", List.of(line("x", "1", "10.00"))),
                "/api/invoices");

        assertProblem(api().post("/api/invoices", invoice(customerId, orderId, null, "Andra",
                List.of(line("x", "1", "10.00")))), 409);
        assertThat(count("SELECT COUNT(*) FROM accounting_invoice WHERE order_id = ?", orderId)).isEqualTo(1);
    }

    @Test
    void unknownCustomersOrdersAndInvoicesAnswer404AndWriteNothing() {
        long customerId = customer(unique("Okänd"));
        long otherCustomersOrder = order(customer(unique("Annan")));
        List<Map<String, Object>> lines = List.of(line("x", "1", "10.00"));

        assertProblem(api().post("/api/invoices", invoice(UNKNOWN_ID, order(customerId), null, "A", lines)), 404);
        assertProblem(api().post("/api/invoices", invoice(customerId, UNKNOWN_ID, null, "A", lines)), 404);
        assertProblem(api().post("/api/invoices", invoice(customerId, null, UNKNOWN_ID, "A", lines)), 404);
        assertProblem(api().post("/api/invoices", invoice(customerId, otherCustomersOrder, null, "A", lines)), 404);
        assertThat(count("SELECT COUNT(*) FROM accounting_invoice WHERE customer_id IN (?, ?)", customerId, UNKNOWN_ID))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM accounting_invoice WHERE order_id = ?", otherCustomersOrder)).isZero();

        assertProblem(api().get("/api/invoices/" + UNKNOWN_ID), 404);
        assertProblem(api().post("/api/invoices/" + UNKNOWN_ID + "/payments", payment("1.00", "2025-04-01")), 404);
        assertProblem(api().post("/api/invoices/" + UNKNOWN_ID + "/reminders", Map.of("recipientName", "A")), 404);
        assertProblem(api().get("/api/reminders/" + UNKNOWN_ID), 404);
        assertThat(count("SELECT COUNT(*) FROM accounting_payment WHERE invoice_id = ?", UNKNOWN_ID)).isZero();
        assertThat(count("SELECT COUNT(*) FROM accounting_payment_reminder WHERE invoice_id = ?", UNKNOWN_ID)).isZero();
    }

    @Test
    void anAnonymizedCustomerGetsNoNewInvoice() {
        long customerId = customer(unique("Anonym"));
        long orderId = order(customerId);
        anonymize(customerId);

        assertProblem(api().post("/api/invoices", invoice(customerId, orderId, null, "A",
                List.of(line("x", "1", "10.00")))), 409);
        assertThat(count("SELECT COUNT(*) FROM accounting_invoice WHERE customer_id = ?", customerId)).isZero();
    }

    @Test
    void invalidInvoicesAnswer400AndWriteNothing() {
        long customerId = customer(unique("Fel"));
        long orderId = order(customerId);
        List<Map<String, Object>> ok = List.of(line("x", "1", "10.00"));
        Map<String, Object> neither = invoice(customerId, null, null, "A", ok);
        Map<String, Object> both = invoice(customerId, orderId, dropshipOrder(customerId), "A", ok);
        Map<String, Object> noLines = invoice(customerId, orderId, null, "A", List.of());
        Map<String, Object> negative = invoice(customerId, orderId, null, "A", List.of(line("x", "-1", "10.00")));
        Map<String, Object> threeDecimals = invoice(customerId, orderId, null, "A", List.of(line("x", "1", "10.001")));
        Map<String, Object> blankName = invoice(customerId, orderId, null, " ", ok);
        Map<String, Object> badCountry = invoice(customerId, orderId, null, "A", ok);
        ((Map<String, Object>) badCountry.get("billTo")).put("country", "se");
        Map<String, Object> badEmail = invoice(customerId, orderId, null, "A", ok);
        ((Map<String, Object>) badEmail.get("billTo")).put("email", "inte-en-adress");
        Map<String, Object> longName = invoice(customerId, orderId, null, "x".repeat(201), ok);
        Map<String, Object> noDueDate = invoice(customerId, orderId, null, "A", ok);
        noDueDate.remove("dueDate");
        Map<String, Object> unknownField = new LinkedHashMap<>(invoice(customerId, orderId, null, "A", ok));
        unknownField.put("totalOverride", 1);
        Map<String, Object> tooLarge = invoice(customerId, orderId, null, "A",
                List.of(line("x", "10000", "99999999999999999.99")));

        for (Map<String, Object> body : List.of(neither, both, noLines, negative, threeDecimals, blankName, badCountry,
                badEmail, longName, noDueDate, unknownField, tooLarge)) {
            assertProblem(api().post("/api/invoices", body), 400);
        }
        assertProblem(api().post("/api/invoices", "{\"customerId\": " + customerId + ", \"lines\": ["), 400);
        assertThat(count("SELECT COUNT(*) FROM accounting_invoice WHERE customer_id = ?", customerId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM accounting_invoice_line WHERE customer_id = ?", customerId)).isZero();
    }

    @Test
    void listRowsNameTheCustomerByReferenceOnlyAndShowTotalBalanceAndPaid() {
        long customerId = customer(unique("Lista"));
        long older = created("/api/invoices", invoice(customerId, order(customerId), null, "A",
                List.of(line("x", "2", "50.00"))), "/api/invoices");
        long newer = created("/api/invoices", invoice(customerId, order(customerId), null, "A",
                List.of(line("y", "1", "30.00"))), "/api/invoices");
        api().post("/api/invoices/" + newer + "/payments", payment("30.00", "2025-04-01"));

        JsonNode list = read("/api/invoices?customerId=" + customerId);

        assertThat(list.get("total").asLong()).isEqualTo(2);
        JsonNode rows = list.get("items");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("id").asLong()).as("newest first").isEqualTo(newer);
        assertThat(rows.get(1).get("id").asLong()).isEqualTo(older);
        for (JsonNode row : rows) {
            assertThat(row.propertyNames()).containsExactlyInAnyOrder("id", "invoiceNumber", "customer", "total",
                    "balance", "paid", "restricted");
            assertThat(row.get("restricted").asBoolean()).as("the customer is not anonymized").isFalse();
            assertThat(row.get("customer").get("displayName").asString()).endsWith("Bokförd");
            assertThat(row.get("customer").get("href").asString()).isEqualTo("/api/customers/" + customerId);
        }
        assertThat(amount(rows.get(0), "total")).isEqualTo(new BigDecimal("30.00"));
        assertThat(amount(rows.get(0), "balance")).isEqualTo(new BigDecimal("0.00"));
        assertThat(rows.get(0).get("paid").asBoolean()).isTrue();
        assertThat(amount(rows.get(1), "total")).isEqualTo(new BigDecimal("100.00"));
        assertThat(amount(rows.get(1), "balance")).isEqualTo(new BigDecimal("100.00"));
        assertThat(rows.get(1).get("paid").asBoolean()).isFalse();

        anonymize(customerId);
        assertProblem(api().get("/api/invoices?customerId=" + customerId), 404);
        List<JsonNode> rowsAfter = read("/api/invoices?size=200").get("items").valueStream()
                .filter(row -> row.get("id").asLong() == older || row.get("id").asLong() == newer).toList();
        assertThat(rowsAfter).hasSize(2);
        for (JsonNode row : rowsAfter) {
            assertThat(row.get("restricted").asBoolean()).isTrue();
            assertThat(row.get("customer").get("displayName").asString()).isEqualTo("Xxxx");
            assertThat(row.get("customer").get("href").isNull()).isTrue();
            assertThat(row.toString()).doesNotContain("/api/customers/").doesNotContain("customerId");
        }
    }

    @Test
    void withoutACustomerTheListShowsTheLatestInvoicesPaged() {
        long first = invoiceOf("10.00");
        long latest = invoiceOf("20.00");

        JsonNode page = read("/api/invoices?size=1");
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("id").asLong()).isGreaterThanOrEqualTo(latest);
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode next = read("/api/invoices?page=1&size=1");
        assertThat(next.get("items").get(0).get("id").asLong()).isLessThan(page.get("items").get(0).get("id").asLong());
        assertThat(read("/api/invoices?size=200").get("items").findValues("id").stream().map(JsonNode::asLong))
                .contains(first, latest);
        assertProblem(api().get("/api/invoices?size=0"), 400);
        assertProblem(api().get("/api/invoices?page=-1"), 400);
    }
}
