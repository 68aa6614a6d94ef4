package se.glomska.erasure;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import se.glomska.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GDPR art. 5(2): who erased whom, when, how, how much; never the person's data; never changed. */
class ErasureLogTest extends IntegrationTest {

    @Test
    void holdsADeleteAndAnAnonymizationWithActorAndCountsAndNoPersonalData() {
        CustomerHistory deleted = CustomerHistory.withoutTransactions(api(), Markers.next());
        JsonNode deletion = api().post("/api/customers/" + deleted.customerId + "/erasure",
                Map.of("action", "DELETE", "acknowledged", true)).json();
        CustomerHistory anonymized = CustomerHistory.build(api(), Markers.next());
        JsonNode anonymization = api().post("/api/customers/" + anonymized.customerId + "/erasure",
                Map.of("action", "ANONYMIZE", "acknowledged", true)).json();

        JsonNode items = api().get("/api/erasures").json().get("items");

        JsonNode newest = items.get(0);
        JsonNode previous = items.get(1);
        assertThat(newest.get("customerId").asLong()).isEqualTo(anonymized.customerId);
        assertThat(newest.get("action").asString()).isEqualTo("ANONYMIZE");
        assertThat(newest.get("actor").asString()).isEqualTo(OPERATOR);
        assertThat(newest.get("changes")).isEqualTo(anonymization.get("changes"));
        assertThat(previous.get("customerId").asLong()).isEqualTo(deleted.customerId);
        assertThat(previous.get("action").asString()).isEqualTo("DELETE");
        assertThat(previous.get("actor").asString()).isEqualTo(OPERATOR);
        assertThat(previous.get("changes")).isEqualTo(deletion.get("changes"));
        assertThat(previous.get("changes").toString()).contains("\"recordType\":\"customer\",\"count\":1",
                "\"recordType\":\"branch\",\"count\":1", "\"recordType\":\"creditReport\",\"count\":1");
        String log = items.toString().toLowerCase();
        assertThat(log).doesNotContain(deleted.marker.substring(0, 8).toLowerCase())
                .doesNotContain(anonymized.marker.substring(0, 8).toLowerCase());
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteEntries() {
        CustomerHistory h = CustomerHistory.withoutTransactions(api(), Markers.next());
        api().post("/api/customers/" + h.customerId + "/erasure", Map.of("action", "DELETE", "acknowledged", true));

        assertThatThrownBy(() -> jdbc.sql("UPDATE erasure_log SET actor = 'someone' WHERE customer_id = ?")
                .param(h.customerId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM erasure_log WHERE customer_id = ?")
                .param(h.customerId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
