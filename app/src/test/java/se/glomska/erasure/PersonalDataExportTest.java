package se.glomska.erasure;

import org.junit.jupiter.api.Test;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.PersonalDataTable;
import tools.jackson.databind.JsonNode;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** GDPR art. 15 and 20: the export holds every value the customer has anywhere, grouped by module. */
class PersonalDataExportTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    List<AnonymizationParticipant> participants;

    @Test
    void exportsEveryMarkerValueUnderItsModule() {
        CustomerHistory h = CustomerHistory.build(api(), Markers.next());

        Response response = api().get("/api/customers/" + h.customerId + "/personal-data");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode modules = response.json().get("modules");
        for (Map.Entry<String, List<String>> module : h.markers.entrySet()) {
            String exported = modules.get(module.getKey()).toString();
            for (String value : module.getValue()) {
                String encoded = Base64.getEncoder().encodeToString(value.getBytes());
                assertThat(exported.contains(value) || exported.contains(encoded))
                        .as(module.getKey() + " exports " + value).isTrue();
            }
        }
    }

    @Test
    void marksBookkeepingRecords() {
        CustomerHistory h = CustomerHistory.build(api(), Markers.next());

        JsonNode modules = api().get("/api/customers/" + h.customerId + "/personal-data").json().get("modules");

        int bookkeepingGroups = 0;
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : participant.tables()) {
                JsonNode group = modules.path(participant.module()).path(table.recordType());
                if (!group.isMissingNode()) {
                    boolean bookkeeping = table.kind() == PersonalDataTable.Kind.BOOKKEEPING;
                    assertThat(group.get("keptForBookkeeping").asBoolean()).as(table.recordType()).isEqualTo(bookkeeping);
                    bookkeepingGroups += bookkeeping ? 1 : 0;
                }
            }
        }
        assertThat(bookkeepingGroups).as("invoices, payments and receipts are exported").isGreaterThanOrEqualTo(3);
    }

    @Test
    void unknownCustomerIs404() {
        assertThat(api().get("/api/customers/987654321987/personal-data").status()).isEqualTo(404);
    }
}
