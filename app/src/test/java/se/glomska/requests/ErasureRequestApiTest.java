package se.glomska.requests;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import se.glomska.customer.CustomerId;
import se.glomska.customer.spi.ErasureBlockersChanged;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.glomska.requests.RequestFixtures.created;
import static se.glomska.requests.RequestFixtures.lines;
import static se.glomska.requests.RequestFixtures.map;
import static se.glomska.requests.RequestFixtures.sleep;

/**
 * The register of erasure requests (issue 14, erasure-rules.md section 10, api.md "Erasure requests"): due dates,
 * the three-month limit of an extension, approval carried out at once or by the system once the last blocker
 * cleared, on the approver's behalf; a blocker that appeared meanwhile; two events, one erasure; 403 for USER.
 */
class ErasureRequestApiTest extends IntegrationTest {

    static final LocalDate TODAY = RequestFixtures.TODAY;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    RequestFixtures fixtures() {
        return new RequestFixtures(api());
    }

    long customer() {
        return fixtures().customer();
    }

    JsonNode request(long customer, String receivedAt) {
        return fixtures().request(customer, receivedAt);
    }

    long[] customerWithUnpaidInvoice() {
        return fixtures().customerWithUnpaidInvoice();
    }

    JsonNode awaitStatus(long id, String status) {
        return fixtures().awaitStatus(id, status);
    }

    Response approve(long id, boolean whenUnblocked) {
        return fixtures().approve(id, whenUnblocked);
    }

    void pay(long invoice) {
        fixtures().pay(invoice);
    }

    long logEntriesOf(long customer) {
        return jdbc.sql("SELECT COUNT(*) FROM erasure_log WHERE customer_id = ?").param(customer).query(Long.class)
                .single();
    }

    @Test
    void aRequestIsDueOneCalendarMonthAfterItWasReceivedAndEndOfMonthsClamp() {
        long customer = customer();
        JsonNode r = request(customer, "2025-01-31");
        assertThat(r.get("dueAt").asString()).isEqualTo("2025-02-28");
        assertThat(r.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(r.get("customerId").asLong()).isEqualTo(customer);
        assertThat(r.get("overdue").asBoolean()).as("open past its due date").isTrue();
        assertThat(request(customer, "2024-01-31").get("dueAt").asString()).as("leap year").isEqualTo("2024-02-29");
        assertThat(request(customer, "2024-03-31").get("dueAt").asString()).isEqualTo("2024-04-30");
        assertThat(request(customer, "2024-12-15").get("dueAt").asString()).isEqualTo("2025-01-15");
        JsonNode fresh = request(customer, TODAY.toString());
        assertThat(fresh.get("overdue").asBoolean()).isFalse();
        assertThat(fresh.get("dueAt").asString()).isEqualTo(TODAY.plusMonths(1).toString());
    }

    @Test
    void anExtensionReachesAtMostThreeMonthsAfterReceipt() {
        long id = request(customer(), "2024-11-30").get("id").asLong();
        Response tooLate = api().post("/api/erasure-requests/" + id + "/extension",
                map("until", "2025-03-01", "reason", "Många begäranden"));
        assertThat(tooLate.status()).as(tooLate.toString()).isEqualTo(400);
        assertThat(tooLate.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooLate.text()).contains("until");
        Response ok = api().post("/api/erasure-requests/" + id + "/extension",
                map("until", "2025-02-28", "reason", "Många begäranden"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().get("extendedUntil").asString()).isEqualTo("2025-02-28");
        assertThat(ok.json().get("extensionReason").asString()).isEqualTo("Många begäranden");
        assertThat(ok.json().get("dueAt").asString()).isEqualTo("2024-12-30");
    }

    @Test
    void approvedWithoutBlockersItIsDoneAtOnceAndCannotBeApprovedOrRefusedAgain() {
        long customer = customer();
        long id = request(customer, TODAY.toString()).get("id").asLong();
        Response done = api().post("/api/erasure-requests/" + id + "/approval", map("action", "DELETE",
                "acknowledged", true, "whenUnblocked", false));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");
        assertThat(done.json().get("approvedBy").asString()).isEqualTo(OPERATOR);
        assertThat(done.json().get("completedAt").isNull()).isFalse();
        assertThat(api().get("/api/customers/" + customer).status()).isEqualTo(404);
        assertThat(api().post("/api/erasure-requests/" + id + "/approval", map("action", "DELETE",
                "acknowledged", true)).status()).isEqualTo(409);
        assertThat(api().post("/api/erasure-requests/" + id + "/refusal", map("reason", "Art. 17(3)")).status())
                .isEqualTo(409);
        assertThat(api().post("/api/erasure-requests/" + id + "/extension", map("until", TODAY.plusMonths(2).toString(),
                "reason", "x")).status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT request_id FROM erasure_log WHERE customer_id = ?").param(customer)
                .query(Long.class).single()).isEqualTo(id);
    }

    @Test
    void aRefusedRequestKeepsItsReason() {
        long id = request(customer(), TODAY.toString()).get("id").asLong();
        Response refused = api().post("/api/erasure-requests/" + id + "/refusal",
                map("reason", "Rättslig förpliktelse, art. 17(3)(b)"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.json().get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.json().get("refusalReason").asString()).isEqualTo("Rättslig förpliktelse, art. 17(3)(b)");
        assertThat(approve(id, true).status()).isEqualTo(409);
    }

    @Test
    void blockedWithoutWhenUnblockedIs409AndChangesNothing() {
        long[] c = customerWithUnpaidInvoice();
        long id = request(c[0], TODAY.toString()).get("id").asLong();
        Response refused = approve(id, false);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        JsonNode after = api().get("/api/erasure-requests/" + id).json();
        assertThat(after.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(after.get("approvedBy").isNull()).isTrue();
    }

    @Test
    void approvedWhileBlockedItWaitsAndIsCarriedOutOnTheApproversBehalfOnceTheInvoiceIsPaid() {
        long[] c = customerWithUnpaidInvoice();
        long id = request(c[0], TODAY.toString()).get("id").asLong();
        Response waiting = approve(id, true);
        assertThat(waiting.status()).as(waiting.toString()).isEqualTo(200);
        assertThat(waiting.json().get("status").asString()).isEqualTo("WAITING");
        assertThat(waiting.json().get("blockers").get(0).get("code").asString()).isEqualTo("INVOICE_NOT_PAID");
        assertThat(waiting.json().get("blockers").get(0).get("recordId").asLong()).isEqualTo(c[1]);
        assertThat(approve(id, true).status()).as("approved once").isEqualTo(409);

        pay(c[1]);

        JsonNode done = awaitStatus(id, "DONE");
        assertThat(done.get("blockers")).isEmpty();
        assertThat(api().get("/api/customers/" + c[0]).json().get("anonymized").asBoolean()).isTrue();
        Map<String, Object> entry = jdbc.sql("SELECT actor, action, request_id FROM erasure_log WHERE customer_id = ?")
                .param(c[0]).query().singleRow();
        assertThat(entry).containsEntry("actor", OPERATOR).containsEntry("action", "ANONYMIZE")
                .containsEntry("request_id", id);
        JsonNode logged = api().get("/api/erasures").json().get("items").valueStream()
                .filter(e -> e.get("customerId").asLong() == c[0]).findFirst().orElseThrow();
        assertThat(logged.get("requestId").asLong()).isEqualTo(id);
    }

    @Test
    void aBlockerThatAppearedMeanwhileKeepsItWaitingAndIsListed() {
        long[] c = customerWithUnpaidInvoice();
        long id = request(c[0], TODAY.toString()).get("id").asLong();
        assertThat(approve(id, true).json().get("status").asString()).isEqualTo("WAITING");
        long order = created(api().post("/api/orders", map("customerId", c[0], "lines", lines())));

        pay(c[1]);

        long deadline = System.currentTimeMillis() + 20_000;
        JsonNode request;
        do {
            assertThat(System.currentTimeMillis()).as("the new blockers listed").isLessThan(deadline);
            sleep(20);
            request = api().get("/api/erasure-requests/" + id).json();
        } while (request.get("blockers").valueStream().anyMatch(b -> b.get("code").asString().equals("INVOICE_NOT_PAID")));
        assertThat(request.get("status").asString()).isEqualTo("WAITING");
        assertThat(request.get("blockers").valueStream().map(b -> b.get("code").asString() + " " + b.get("recordId").asLong()))
                .containsExactly("ORDER_NOT_DELIVERED " + order, "ORDER_NOT_INVOICED " + order);
        assertThat(logEntriesOf(c[0])).isZero();
        assertThat(api().get("/api/customers/" + c[0]).json().get("anonymized").asBoolean()).isFalse();
    }

    @Test
    void twoEventsForOneRequestEraseOnce() {
        long[] c = customerWithUnpaidInvoice();
        long id = request(c[0], TODAY.toString()).get("id").asLong();
        assertThat(approve(id, true).json().get("status").asString()).isEqualTo("WAITING");
        // the blocker clears without an event (a record paid outside this module's use case) ...
        jdbc.sql("INSERT INTO accounting_payment (invoice_id, customer_id, amount, paid_at, recorded_at) "
                + "VALUES (?, ?, 2698.00, ?, NOW(6))").params(c[1], c[0], TODAY).update();
        // ... and two modules announce changes at once: both listeners run, concurrently
        transaction.executeWithoutResult(s -> {
            events.publishEvent(new ErasureBlockersChanged(CustomerId.of(c[0]), "accounting", "INVOICE_PAID", c[1]));
            events.publishEvent(new ErasureBlockersChanged(CustomerId.of(c[0]), "sales", "ORDER_INVOICED", c[1]));
        });
        awaitStatus(id, "DONE");
        sleep(500);
        assertThat(logEntriesOf(c[0])).isEqualTo(1);
    }

    @Test
    void theRegisterIsOrderedByDeadlineAndFiltersOverdue() {
        long customer = customer();
        long late = request(customer, "2020-01-10").get("id").asLong();
        long later = request(customer, "2020-01-05").get("id").asLong();
        JsonNode page = api().get("/api/erasure-requests?overdue=true&status=RECEIVED&size=200").json();
        List<Long> ids = page.get("items").valueStream().map(r -> r.get("id").asLong()).toList();
        assertThat(ids).containsSubsequence(later, late);
        assertThat(page.get("items").valueStream().allMatch(r -> r.get("overdue").asBoolean())).isTrue();
        assertThat(api().get("/api/erasure-requests?overdue=false&size=200").json().get("items").valueStream()
                .noneMatch(r -> r.get("overdue").asBoolean())).isTrue();
    }

    @Test
    void unknownCustomerOrRequestIs404() {
        assertThat(api().post("/api/erasure-requests", map("customerId", 987654321, "receivedAt", TODAY.toString(),
                "channel", "LETTER", "reference", "X-1")).status()).isEqualTo(404);
        assertThat(api().get("/api/erasure-requests/987654321").status()).isEqualTo(404);
    }

    @Test
    void aUserWithoutDataProtectionGets403OnEveryEndpoint() {
        long id = request(customer(), TODAY.toString()).get("id").asLong();
        assertThat(clerkApi().get("/api/erasure-requests").status()).isEqualTo(403);
        assertThat(clerkApi().get("/api/erasure-requests/" + id).status()).isEqualTo(403);
        assertThat(clerkApi().post("/api/erasure-requests", map("customerId", 1, "receivedAt", TODAY.toString(),
                "channel", "LETTER", "reference", "X-1")).status()).isEqualTo(403);
        assertThat(clerkApi().post("/api/erasure-requests/" + id + "/extension", map("until", TODAY.toString(),
                "reason", "x")).status()).isEqualTo(403);
        assertThat(clerkApi().post("/api/erasure-requests/" + id + "/approval", map("action", "DELETE",
                "acknowledged", true)).status()).isEqualTo(403);
        assertThat(clerkApi().post("/api/erasure-requests/" + id + "/refusal", map("reason", "x")).status())
                .isEqualTo(403);
        assertThat(api().get("/api/erasure-requests/" + id).json().get("status").asString()).isEqualTo("RECEIVED");
    }
}
