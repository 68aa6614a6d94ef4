package se.glomska.events;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import se.glomska.customer.CustomerErased;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CustomerErased} is the customer module's API for in-process modules that keep copies (GDPR art. 19): an
 * in-process listener receives it exactly once per erasure, by hand or by an erasure request, with ids only; a
 * retention batch's erasures arrive together ({@link se.glomska.customer.CustomersErased}), each once.
 */
class CustomerErasedInProcessTest extends IntegrationTest {

    @Autowired
    CustomerErasedRecorder recorder;

    private long customer() {
        Response r = api().post("/api/customers", Map.of("kind", "COMPANY", "relation", "CUSTOMER",
                "name", unique("Raderad AB")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private List<CustomerErased> awaitOnce(long customer) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (recorder.of(customer).isEmpty()) {
            assertThat(System.currentTimeMillis()).as("CustomerErased received").isLessThan(deadline);
            Thread.sleep(20);
        }
        Thread.sleep(500); // a second delivery would arrive by now
        return recorder.of(customer);
    }

    @Test
    void anErasureByHandIsAnnouncedOnce() throws Exception {
        long customer = customer();
        Response erased = api().post("/api/customers/" + customer + "/erasure",
                Map.of("action", "DELETE", "acknowledged", true));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);

        List<CustomerErased> received = awaitOnce(customer);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).action()).isEqualTo("DELETE");
        assertThat(received.get(0).actor()).isEqualTo(OPERATOR);
        assertThat(received.get(0).erasedAt()).isNotNull();
    }

    @Test
    void anErasureByARequestIsAnnouncedOnce() throws Exception {
        long customer = customer();
        Response request = api().post("/api/erasure-requests", Map.of("customerId", customer,
                "receivedAt", LocalDate.now().minusDays(1).toString(), "channel", "WEB", "reference", "W-1"));
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        Response approved = api().post("/api/erasure-requests/" + request.id() + "/approval",
                Map.of("action", "DELETE", "acknowledged", true, "whenUnblocked", true));
        assertThat(approved.json().get("status").asString()).isEqualTo("DONE");

        assertThat(awaitOnce(customer)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("DELETE");
            assertThat(e.actor()).isEqualTo(OPERATOR);
        });
    }

    @Autowired
    se.glomska.customer.internal.application.EraseCustomer erase;

    @Test
    void aRetentionBatchAnnouncesEachOfItsErasuresOnce() throws Exception {
        long first = customer();
        long second = customer();
        erase.performBatch(List.of(first, second), java.time.Instant.now().plusSeconds(86_400), "retention", false);

        for (long customer : List.of(first, second)) {
            assertThat(awaitOnce(customer)).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("DELETE");
                assertThat(e.actor()).isEqualTo("retention");
            });
        }
        assertThat(recorder.of(first).get(0).erasedAt()).isEqualTo(recorder.of(second).get(0).erasedAt());
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void aBatchOfTheDefaultSizeFitsTheEventPublicationRegistry() throws Exception {
        long first = 9_000_000_000L + System.nanoTime() % 1_000_000 * 1000;
        List<CustomerErased> erasures = java.util.stream.LongStream.range(first, first + 500)
                .mapToObj(id -> new CustomerErased(id, "ANONYMIZE", java.time.Instant.now(), "retention")).toList();
        transaction.executeWithoutResult(status -> events.publishEvent(new se.glomska.customer.CustomersErased(erasures)));

        assertThat(awaitOnce(first + 499)).hasSize(1);
        assertThat(recorder.of(first)).hasSize(1);
    }
}
