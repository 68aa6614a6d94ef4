package se.glomska.erasure;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import se.glomska.IntegrationTest;
import se.glomska.customer.internal.domain.ErasureJournal;
import se.glomska.customer.internal.domain.JournalEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

/**
 * The journal cannot be written when the erasure commits (a full disk; a crash would leave the same): the erasure
 * stands, its event stays outstanding in the publication registry, and when the registry hands it over again (as
 * at every start) the erasure reaches the journal, once however often it is handed over.
 */
class ErasureJournalRedeliveryTest extends IntegrationTest {

    @MockitoSpyBean
    ErasureJournal journal;

    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void anErasureTheJournalMissedIsJournalledOnceWhenTheEventIsHandedOverAgain() throws Exception {
        long customer = CustomerHistory.withoutTransactions(api(), Markers.next()).customerId;
        doThrow(new UncheckedIOException("disk full", new IOException("No space left on device")))
                .when(journal).append(any());

        assertThat(api().post("/api/customers/" + customer + "/erasure",
                Map.of("action", "DELETE", "acknowledged", true)).status()).isEqualTo(200);
        awaitFailedPublication(customer);
        Mockito.reset(journal);
        assertThat(journalled(customer)).as("not journalled while the disk is full").isEmpty();

        incomplete.resubmitIncompletePublications(p -> p.getEvent().toString().contains("customerId=" + customer + ","));
        incomplete.resubmitIncompletePublications(p -> p.getEvent().toString().contains("customerId=" + customer + ","));
        long deadline = System.currentTimeMillis() + 20_000;
        while (journalled(customer).isEmpty()) {
            assertThat(System.currentTimeMillis()).as("journalled after the redelivery").isLessThan(deadline);
            Thread.sleep(50);
        }
        awaitNoOutstandingPublication(customer);

        List<JournalEntry> entries = journalled(customer);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).actor()).isEqualTo(OPERATOR);
        assertThat(jdbc.sql("SELECT performed_at FROM erasure_log WHERE customer_id = ?").param(customer)
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(entries.get(0).erasedAt());
    }

    private List<JournalEntry> journalled(long customer) {
        return journal.entries().stream().filter(e -> e.customerId() == customer).toList();
    }

    private void awaitFailedPublication(long customer) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (outstanding(customer) == 0 || jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE STATUS = 'FAILED'"
                + " AND SERIALIZED_EVENT LIKE ?").param("%\"customerId\":" + customer + ",%").query(Long.class).single() == 0) {
            assertThat(System.currentTimeMillis()).as("the listener failed").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private void awaitNoOutstandingPublication(long customer) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (outstanding(customer) > 0) {
            assertThat(System.currentTimeMillis()).as("the publication completed").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private long outstanding(long customer) {
        return jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL"
                + " AND SERIALIZED_EVENT LIKE ?").param("%\"customerId\":" + customer + ",%").query(Long.class).single();
    }
}
