package se.glomska.erasure;

import org.junit.jupiter.api.Test;
import se.glomska.CapturedLog;
import se.glomska.IntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full history is built and anonymized with the application's log captured at DEBUG for the
 * project's packages: none of the customer's marker values appears in any line or stack trace.
 */
class NoPersonalDataInLogsTest extends IntegrationTest {

    @Test
    void anonymizationLogsNoPersonalData() {
        String marker = Markers.next();
        CapturedLog log = CapturedLog.atDebug();
        try (log) {
            CustomerHistory h = CustomerHistory.build(api(), marker);
            api().get("/api/customers/" + h.customerId + "/erasure");
            assertThat(api().post("/api/customers/" + h.customerId + "/erasure",
                    Map.of("action", "ANONYMIZE", "acknowledged", true)).status()).isEqualTo(200);
            // Bad input and refused requests are logged too: they must not echo values either.
            api().post("/api/customers", Map.of("kind", "PERSON", "relation", "CUSTOMER", "lastName",
                    marker + "-refused", "shoeSize", 1));
            api().put("/api/customers/" + h.customerId, Map.of("kind", "PERSON", "relation", "CUSTOMER",
                    "lastName", marker + "-late-edit"));
        }
        log.assertNothingContains(marker.substring(0, 8));
    }
}
