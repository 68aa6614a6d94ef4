package se.glomska.erasure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import se.glomska.DatabaseSnapshot;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import se.glomska.customer.internal.domain.PersonalData;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.PersonalDataTable;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;

/**
 * All or nothing: each participant in turn fails in the middle of an anonymization (after the
 * modules before it have run their statements); the database is then exactly as before, the error
 * is reported, and the erasure succeeds once the fault is gone.
 */
class AtomicErasureTest extends IntegrationTest {

    @MockitoSpyBean
    PersonalData personalData;

    @Autowired
    List<AnonymizationParticipant> participants;

    @ParameterizedTest(name = "{0} fails")
    @ValueSource(strings = {"sales", "crm", "support", "accounting", "customer"})
    void aFailingParticipantLeavesEveryTableExactlyAsBefore(String module) {
        CustomerHistory h = CustomerHistory.build(api(), Markers.next());
        awaitEventsCompleted();
        Set<String> tables = participants.stream().filter(p -> p.module().equals(module))
                .flatMap(p -> p.tables().stream()).map(PersonalDataTable::table).collect(Collectors.toSet());
        doThrow(new IllegalStateException("injected failure")).when(personalData)
                .anonymize(argThat(t -> t != null && tables.contains(t.table())), anyLong(), any());
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        try {
            Response failed = api().post("/api/customers/" + h.customerId + "/erasure",
                    Map.of("action", "ANONYMIZE", "acknowledged", true));

            assertThat(failed.status()).as(failed.toString()).isEqualTo(500);
            assertThat(failed.header("Content-Type")).startsWith("application/problem+json");
            assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
        } finally {
            Mockito.reset(personalData);
        }
        Response retried = api().post("/api/customers/" + h.customerId + "/erasure",
                Map.of("action", "ANONYMIZE", "acknowledged", true));
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
    }

    private void awaitEventsCompleted() {
        ErasureChecks.awaitEventsCompleted(jdbc);
    }
}
