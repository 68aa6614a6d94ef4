package se.glomska.requests;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import se.glomska.GlomskaApplication;
import se.glomska.IntegrationTest;
import se.glomska.customer.ErasureRequestId;
import se.glomska.customer.internal.application.EraseCustomer;
import se.glomska.customer.spi.ErasureBlockersChanged;
import se.glomska.sales.internal.domain.Orders;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;

/**
 * The invoice is paid and the payment committed, but the erasure request's listener goes down before it has
 * carried the erasure out (here: the erasure fails, as a crash would leave it). The publication registry keeps the
 * event; the application, up again, resubmits it, and the request is done on the approver's behalf. And a blocker
 * that appeared between the payment and the listener keeps the request waiting.
 */
class ErasureRequestSurvivesACrashTest extends IntegrationTest {

    /** Declared as in InvoicedEventSurvivesACrashTest, so that both share one application context. */
    @MockitoSpyBean
    Orders orders;

    @MockitoSpyBean
    EraseCustomer eraseCustomer;

    @Autowired
    Environment environment;

    @Test
    void theRequestIsCarriedOutOnceTheApplicationIsUpAgain() throws Exception {
        RequestFixtures fixtures = new RequestFixtures(api());
        long[] c = fixtures.customerWithUnpaidInvoice();
        long id = fixtures.request(c[0]).get("id").asLong();
        assertThat(fixtures.approve(id, true).json().get("status").asString()).isEqualTo("WAITING");
        doThrow(new IllegalStateException("the register went down")).when(eraseCustomer)
                .attempt(anyLong(), any(), anyString(), anyBoolean(), any(ErasureRequestId.class));

        fixtures.pay(c[1]);
        awaitFailedPublication(c[0]);
        Mockito.reset(eraseCustomer);
        assertThat(api().get("/api/erasure-requests/" + id).json().get("status").asString()).isEqualTo("WAITING");
        assertThat(api().get("/api/customers/" + c[0]).json().get("anonymized").asBoolean()).isFalse();

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(GlomskaApplication.class)
                .properties(Map.of(
                        "server.port", "0",
                        "spring.datasource.url", environment.getRequiredProperty("spring.datasource.url"),
                        "spring.datasource.username", environment.getRequiredProperty("spring.datasource.username"),
                        "spring.datasource.password", environment.getProperty("spring.datasource.password", ""),
                        "glomska.demo-data", "false",
                        "spring.security.user.password", PASSWORD,
                        "spring.modulith.events.republish-outstanding-events-on-restart", "true"))
                .run()) {
            JsonNode done = fixtures.awaitStatus(id, "DONE");
            assertThat(done.get("approvedBy").asString()).isEqualTo(OPERATOR);
        }
        assertThat(jdbc.sql("SELECT actor FROM erasure_log WHERE customer_id = ? AND request_id = ?")
                .params(c[0], id).query(String.class).single()).isEqualTo(OPERATOR);
    }

    @Autowired
    IncompleteEventPublications incomplete;

    /**
     * A blocker appears after the payment committed and before the listener ran (here: the listener's first run
     * fails, an order is placed, then the publication is resubmitted): the request stays WAITING and lists it.
     */
    @Test
    void aBlockerThatAppearedBetweenThePaymentAndTheListenerKeepsItWaiting() throws Exception {
        RequestFixtures fixtures = new RequestFixtures(api());
        long[] c = fixtures.customerWithUnpaidInvoice();
        long id = fixtures.request(c[0]).get("id").asLong();
        assertThat(fixtures.approve(id, true).json().get("status").asString()).isEqualTo("WAITING");
        doThrow(new IllegalStateException("the register went down")).when(eraseCustomer)
                .attempt(anyLong(), any(), anyString(), anyBoolean(), any(ErasureRequestId.class));

        fixtures.pay(c[1]);
        awaitFailedPublication(c[0]);
        Mockito.reset(eraseCustomer);
        long order = RequestFixtures.created(api().post("/api/orders", RequestFixtures.map("customerId", c[0],
                "lines", RequestFixtures.lines())));

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof ErasureBlockersChanged e
                && e.customerId().value() == c[0]);
        long deadline = System.currentTimeMillis() + 20_000;
        JsonNode request;
        do {
            assertThat(System.currentTimeMillis()).as("the listener re-checked").isLessThan(deadline);
            Thread.sleep(50);
            request = api().get("/api/erasure-requests/" + id).json();
        } while (request.get("blockers").valueStream().anyMatch(b -> b.get("code").asString().equals("INVOICE_NOT_PAID")));
        assertThat(request.get("status").asString()).isEqualTo("WAITING");
        assertThat(request.get("blockers").valueStream().map(b -> b.get("code").asString() + " " + b.get("recordId").asLong()))
                .containsExactly("ORDER_NOT_DELIVERED " + order, "ORDER_NOT_INVOICED " + order);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM erasure_log WHERE customer_id = ?").param(c[0]).query(Long.class)
                .single()).isZero();
    }

    private void awaitFailedPublication(long customer) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND STATUS = 'FAILED' "
                        + "AND EVENT_TYPE LIKE '%ErasureBlockersChanged' AND SERIALIZED_EVENT LIKE ?")
                .param("%\"customerId\":" + customer + ",%").query(Long.class).single() == 0) {
            assertThat(System.currentTimeMillis()).as("the listener failed").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
