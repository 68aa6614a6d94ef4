package se.glomska.events;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import se.glomska.GlomskaApplication;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import se.glomska.customer.internal.application.EraseCustomer;
import se.glomska.sales.internal.domain.Orders;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;

/**
 * An invoice is issued, but sales goes down before it has handled the event (here: its store fails,
 * as a crash would leave it). The event publication registry keeps the event; when the application
 * is up again it resubmits it, and the order ends up invoiced.
 */
class InvoicedEventSurvivesACrashTest extends IntegrationTest {

    @MockitoSpyBean
    Orders orders;

    /** Not used here: declared as in ErasureRequestSurvivesACrashTest, so that both share one application context. */
    @MockitoSpyBean
    EraseCustomer eraseCustomer;

    @Autowired
    Environment environment;

    @Test
    void theOrderIsMarkedInvoicedOnceTheApplicationIsUpAgain() throws Exception {
        long customer = created(api().post("/api/customers", Map.of("kind", "COMPANY", "relation", "CUSTOMER",
                "name", unique("Återstart AB"))));
        long order = created(api().post("/api/orders", Map.of("customerId", customer, "lines",
                List.of(Map.of("description", "Vara", "quantity", 1, "unitPrice", 100)))));
        doThrow(new IllegalStateException("sales went down")).when(orders).markInvoiced(anyLong(), anyLong());

        long invoice = created(api().post("/api/invoices", Map.of("customerId", customer, "orderId", order,
                "billTo", Map.of("name", "Återstart AB", "country", "SE"), "dueDate", "2030-01-31",
                "lines", List.of(Map.of("description", "Vara", "quantity", 1, "unitPrice", 100)))));
        awaitIncompletePublication(invoice);
        Mockito.reset(orders);
        assertThat(api().get("/api/orders/" + order).json().get("invoiced").asBoolean()).isFalse();

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(GlomskaApplication.class)
                .properties(Map.of(
                        "server.port", "0",
                        "spring.datasource.url", environment.getRequiredProperty("spring.datasource.url"),
                        "spring.datasource.username", environment.getRequiredProperty("spring.datasource.username"),
                        "spring.datasource.password", environment.getProperty("spring.datasource.password", ""),
                        "glomska.demo-data", "false",
                        "glomska.erasure-journal.path", "",
                        "spring.security.user.password", PASSWORD,
                        "spring.modulith.events.republish-outstanding-events-on-restart", "true"))
                .run()) {
            long deadline = System.currentTimeMillis() + 20_000;
            while (!api().get("/api/orders/" + order).json().get("invoiced").asBoolean()) {
                assertThat(System.currentTimeMillis()).as("order invoiced after the restart").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL "
                + "AND SERIALIZED_EVENT LIKE ?").param("%\"invoiceId\":" + invoice + ",%").query(Long.class).single())
                .isZero();
    }

    private void awaitIncompletePublication(long invoice) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND STATUS = 'FAILED' "
                + "AND SERIALIZED_EVENT LIKE ?").param("%\"invoiceId\":" + invoice + ",%").query(Long.class).single() == 0) {
            assertThat(System.currentTimeMillis()).as("the listener failed").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static long created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }
}
