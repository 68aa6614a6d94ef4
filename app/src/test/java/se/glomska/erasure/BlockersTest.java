package se.glomska.erasure;

import org.junit.jupiter.api.Test;
import se.glomska.DatabaseSnapshot;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.glomska.erasure.CustomerHistory.created;
import static se.glomska.erasure.CustomerHistory.lines;
import static se.glomska.erasure.CustomerHistory.map;

/**
 * erasure-rules.md section 3: each blocker is listed by GET with its record, and POST is refused with
 * 409 while the database stays exactly as it was.
 */
class BlockersTest extends IntegrationTest {

    private long customer() {
        return created(api().post("/api/customers", map("kind", "COMPANY", "relation", "CUSTOMER",
                "name", unique("Blockerad AB"))));
    }

    private long order(long customer) {
        return created(api().post("/api/orders", map("customerId", customer, "lines", lines())));
    }

    private long deliver(long order) {
        return created(api().post("/api/orders/" + order + "/deliveries", map("customerReference", "Ref")));
    }

    private long invoice(long customer, String key, long id) {
        return created(api().post("/api/invoices", map("customerId", customer, key, id,
                "billTo", map("name", "Blockerad AB", "country", "SE"), "dueDate", "2030-01-31", "lines", lines())));
    }

    private void pay(long invoice) {
        Response paid = api().post("/api/invoices/" + invoice + "/payments", map("amount", 2698.00,
                "paidAt", "2025-04-01"));
        assertThat(paid.status()).as(paid.toString()).isIn(200, 201);
    }

    private long dropship(long customer) {
        return created(api().post("/api/dropship-orders", map("customerId", customer, "lines", lines())));
    }

    private long purchase(long dropship) {
        return created(api().post("/api/dropship-orders/" + dropship + "/purchases",
                map("supplierName", "Grossisten AB")));
    }

    private void awaitInvoiced(String path) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!api().get(path).json().get("invoiced").asBoolean()) {
            assertThat(System.currentTimeMillis()).as(path + " invoiced in time").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Asserts the single blocker GET lists, and that POST is refused with nothing changed. */
    private void assertBlockedBy(long customer, String module, String recordType, long recordId) {
        JsonNode decision = api().get("/api/customers/" + customer + "/erasure").json();
        assertThat(decision.get("action").asString()).isEqualTo("ANONYMIZE");
        assertThat(decision.get("allowed").asBoolean()).isFalse();
        JsonNode blockers = decision.get("blockers");
        assertThat(blockers).as(blockers.toString()).hasSize(1);
        JsonNode blocker = blockers.get(0);
        assertThat(blocker.get("module").asString()).isEqualTo(module);
        assertThat(blocker.get("recordType").asString()).isEqualTo(recordType);
        assertThat(blocker.get("recordId").asLong()).isEqualTo(recordId);
        assertThat(blocker.get("code").asString()).isNotBlank();
        assertThat(blocker.get("message").asString()).contains(String.valueOf(recordId));

        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        Response refused = api().post("/api/customers/" + customer + "/erasure",
                Map.of("action", "ANONYMIZE", "acknowledged", true));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("blockers")).hasSize(1);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void anOrderNotFullyDeliveredBlocks() {
        long customer = customer();
        long order = order(customer);
        long invoice = invoice(customer, "orderId", order);
        pay(invoice);
        awaitInvoiced("/api/orders/" + order);

        assertBlockedBy(customer, "sales", "order", order);
    }

    @Test
    void anOrderNotFullyInvoicedBlocks() {
        long customer = customer();
        long order = order(customer);
        deliver(order);

        assertBlockedBy(customer, "sales", "order", order);
    }

    @Test
    void aDropshipOrderNotDeliveredBlocks() {
        long customer = customer();
        long dropship = dropship(customer);
        purchase(dropship);
        pay(invoice(customer, "dropshipOrderId", dropship));
        awaitInvoiced("/api/dropship-orders/" + dropship);

        assertBlockedBy(customer, "sales", "dropshipOrder", dropship);
    }

    @Test
    void aDropshipOrderNotInvoicedBlocks() {
        long customer = customer();
        long dropship = dropship(customer);
        long purchase = purchase(dropship);
        created(api().post("/api/dropship-purchases/" + purchase + "/inbound-deliveries",
                map("receivedAt", "2025-02-03T09:00:00Z")));

        assertBlockedBy(customer, "sales", "dropshipOrder", dropship);
    }

    @Test
    void anOngoingContractBlocks() {
        long customer = customer();
        long contract = created(api().post("/api/contracts", map("customerId", customer, "description", "Service",
                "startDate", "2024-01-01", "endDate", LocalDate.now().plusYears(1).toString())));

        assertBlockedBy(customer, "sales", "contract", contract);
    }

    @Test
    void anInvoiceNotFullyPaidBlocks() {
        long customer = customer();
        long order = order(customer);
        deliver(order);
        long invoice = invoice(customer, "orderId", order);
        awaitInvoiced("/api/orders/" + order);

        assertBlockedBy(customer, "accounting", "invoice", invoice);
    }

    /**
     * Blockers of several modules at once, and several of one record: GET lists every one of them, and
     * POST refuses listing every one, with the database exactly as it was.
     */
    @Test
    void blockersOfSeveralModulesAreAllListed() {
        long customer = customer();
        long open = order(customer);
        long delivered = order(customer);
        deliver(delivered);
        long invoice = invoice(customer, "orderId", delivered);
        awaitInvoiced("/api/orders/" + delivered);
        long contract = created(api().post("/api/contracts", map("customerId", customer, "description", "Service",
                "startDate", "2024-01-01")));
        long dropship = dropship(customer);

        JsonNode decision = api().get("/api/customers/" + customer + "/erasure").json();
        assertThat(decision.get("allowed").asBoolean()).isFalse();
        java.util.List<String> expected = java.util.List.of(
                "sales ORDER_NOT_DELIVERED order " + open, "sales ORDER_NOT_INVOICED order " + open,
                "sales CONTRACT_ONGOING contract " + contract,
                "sales DROPSHIP_ORDER_NOT_DELIVERED dropshipOrder " + dropship,
                "sales DROPSHIP_ORDER_NOT_INVOICED dropshipOrder " + dropship,
                "accounting INVOICE_NOT_PAID invoice " + invoice);
        assertThat(blockers(decision.get("blockers"))).containsExactlyInAnyOrderElementsOf(expected);

        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        Response refused = api().post("/api/customers/" + customer + "/erasure",
                Map.of("action", "ANONYMIZE", "acknowledged", true));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(blockers(refused.json().get("blockers"))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    /** "An invoice is not fully paid": a part payment leaves it blocking; the rest of the payment ends that. */
    @Test
    void aPartlyPaidInvoiceBlocksUntilItIsFullyPaid() {
        long customer = customer();
        long order = order(customer);
        deliver(order);
        long invoice = invoice(customer, "orderId", order);
        awaitInvoiced("/api/orders/" + order);
        Response part = api().post("/api/invoices/" + invoice + "/payments", map("amount", 1000.00,
                "paidAt", "2025-04-01"));
        assertThat(part.status()).as(part.toString()).isIn(200, 201);

        assertBlockedBy(customer, "accounting", "invoice", invoice);
        assertThat(api().get("/api/customers/" + customer + "/erasure").json().get("blockers").get(0)
                .get("message").asString()).contains("1698.00 remains");

        Response rest = api().post("/api/invoices/" + invoice + "/payments", map("amount", 1698.00,
                "paidAt", "2025-04-02"));
        assertThat(rest.status()).as(rest.toString()).isIn(200, 201);
        JsonNode decision = api().get("/api/customers/" + customer + "/erasure").json();
        assertThat(decision.get("allowed").asBoolean()).as(decision.toString()).isTrue();
        assertThat(decision.get("blockers")).isEmpty();
    }

    private static java.util.List<String> blockers(JsonNode blockers) {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (JsonNode b : blockers) {
            all.add(b.get("module").asString() + " " + b.get("code").asString() + " " + b.get("recordType").asString()
                    + " " + b.get("recordId").asLong());
        }
        return all;
    }

    @Test
    void quotesActivitiesCasesAndMailHistoryNeverBlock() {
        long customer = customer();
        created(api().post("/api/quotes", map("customerId", customer, "lines", lines())));
        created(api().post("/api/crm/activities", map("customerId", customer, "kind", "CALL",
                "occursAt", "2025-03-01T10:00:00Z", "owner", "salj")));
        created(api().post("/api/support/cases", map("customerId", customer, "subject", "Fråga")));
        created(api().post("/api/mail-history", map("customerId", customer, "documentType", "QUOTE",
                "documentId", 1, "sentAt", "2025-03-01T10:00:00Z")));

        JsonNode decision = api().get("/api/customers/" + customer + "/erasure").json();
        assertThat(decision.get("action").asString()).isEqualTo("ANONYMIZE");
        assertThat(decision.get("allowed").asBoolean()).isTrue();
        assertThat(decision.get("blockers")).isEmpty();
    }
}
