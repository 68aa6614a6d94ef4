package se.glomska.requests;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import se.glomska.GlomskaApplication;
import se.glomska.IntegrationTest;
import se.glomska.customer.ErasureRequestId;
import se.glomska.customer.internal.application.EraseCustomer;
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
 * event; the application, up again, resubmits it, and the request is done on the approver's behalf.
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
