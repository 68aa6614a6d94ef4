package se.glomska.erasure;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.PersonalDataTable;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * api.md, "After the erasure": "any single record of an anonymized customer: customerId: null; where a
 * customer is shown, customer: {displayName: "Xxxx", href: null}". Driven by the participants'
 * declarations, not by a list of record types: every table a module declares as the customer's
 * transactions or bookkeeping records is asked (by its own scope) for the customer's rows before the
 * anonymization, and afterwards each of those records is read by its own id, as a user, a bookkeeper and
 * the data protection officer. A record type a module adds next year fails here until it has a GET that
 * shows no customer (or is declared part of a record that has one).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnonymizedRecordsShowNoCustomerTest extends IntegrationTest {

    /** Where a record type is read by its id. */
    private static final Map<String, String> GET = Map.ofEntries(
            Map.entry("quote", "/api/quotes/"), Map.entry("order", "/api/orders/"),
            Map.entry("delivery", "/api/deliveries/"), Map.entry("commercialInvoice", "/api/commercial-invoices/"),
            Map.entry("dropshipOrder", "/api/dropship-orders/"), Map.entry("dropshipPurchase", "/api/dropship-purchases/"),
            Map.entry("inboundDelivery", "/api/inbound-deliveries/"), Map.entry("contract", "/api/contracts/"),
            Map.entry("activity", "/api/crm/activities/"), Map.entry("supportCase", "/api/support/cases/"),
            Map.entry("mailHistory", "/api/mail-history/"), Map.entry("invoice", "/api/invoices/"),
            Map.entry("payment", "/api/payments/"), Map.entry("paymentReminder", "/api/reminders/"),
            Map.entry("receipt", "/api/receipts/"));

    /** Record types read only as part of another record, which shows them. */
    private static final Map<String, String> PART_OF = Map.of(
            "quoteLine", "quote", "orderLine", "order", "dropshipOrderLine", "dropshipOrder",
            "supportCaseReply", "supportCase", "invoiceLine", "invoice", "receiptLine", "receipt",
            "receiptCustomerLink", "receipt");

    @Autowired
    List<AnonymizationParticipant> participants;

    private CustomerHistory h;
    /** Each declared record type of the customer's history, with the ids of its rows. */
    private final Map<String, List<Long>> records = new LinkedHashMap<>();
    private final Map<String, JsonNode> before = new LinkedHashMap<>();

    @BeforeAll
    void buildFindAndAnonymize() {
        h = CustomerHistory.build(api(), Markers.next());
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : participant.tables()) {
                if (table.kind() == PersonalDataTable.Kind.TRANSACTION
                        || table.kind() == PersonalDataTable.Kind.BOOKKEEPING) {
                    records.put(table.recordType(), jdbc.sql("SELECT id FROM " + table.table() + " WHERE "
                            + table.scope() + " ORDER BY id").param("customerId", h.customerId).query(Long.class).list());
                }
            }
        }
        readable().forEach(path -> before.put(path, read(api(), path)));
        Response erased = api().post("/api/customers/" + h.customerId + "/erasure",
                Map.of("action", "ANONYMIZE", "acknowledged", true));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
    }

    @Test
    void everyDeclaredRecordTypeIsReadByItsIdOrIsPartOfOneThatIs() {
        TreeSet<String> unknown = new TreeSet<>();
        for (String type : records.keySet()) {
            if (!GET.containsKey(type) && !(PART_OF.containsKey(type) && GET.containsKey(PART_OF.get(type)))) {
                unknown.add(type);
            }
        }
        assertThat(unknown).as("declared record types without a GET in this test: add where each is read").isEmpty();
    }

    @Test
    void theHistoryHasARecordOfEveryDeclaredTypeToRead() {
        assertThat(records).allSatisfy((type, ids) -> assertThat(ids).as(type).isNotEmpty());
        assertThat(readable()).hasSizeGreaterThanOrEqualTo(GET.size());
    }

    @Test
    void beforeTheErasureTheRecordsThatShowACustomerIdShowThisCustomersId() {
        long showing = before.values().stream().filter(r -> r.has("customerId"))
                .peek(r -> assertThat(r.get("customerId").asLong()).as(r.toString()).isEqualTo(h.customerId))
                .count();
        assertThat(showing).as("records that show a customer id, so that the test below can fail").isGreaterThan(10);
    }

    @Test
    void afterTheErasureNoRecordShowsTheCustomersIdOrALinkToItWhoeverReadsIt() {
        for (HttpApi reader : List.of(clerkApi(), bookkeeperApi(), api())) {
            for (String path : readable()) {
                Response answer = reader.get(path);
                assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
                assertThat(answer.text().split("\"customerId\"", -1).length - 1)
                        .as(path + " names customerId once at most (a duplicate key would hide the stored one)")
                        .isLessThanOrEqualTo(1);
                JsonNode record = answer.json();
                if (before.get(path).has("customerId")) {
                    assertThat(record.has("customerId")).as(path + " still has the field").isTrue();
                    assertThat(record.get("customerId").isNull()).as(path + " customerId").isTrue();
                }
                List<String> leaves = new ArrayList<>();
                collect("", record, leaves);
                for (String leaf : leaves) {
                    String key = leaf.substring(0, leaf.indexOf('='));
                    String value = leaf.substring(leaf.indexOf('=') + 1);
                    assertThat(value).as(path + " " + leaf).doesNotContain("/customers/" + h.customerId);
                    if (key.toLowerCase().contains("customer")) {
                        assertThat(value).as(path + " " + leaf).isIn("null", "Xxxx");
                    }
                }
                JsonNode customer = record.get("customer");
                if (customer != null && customer.isObject()) {
                    assertThat(customer.get("displayName").asString()).as(path).isEqualTo("Xxxx");
                    assertThat(customer.get("href").isNull()).as(path).isTrue();
                }
            }
        }
    }

    /** The record paths of the history: each readable record type's rows, by id. */
    private List<String> readable() {
        List<String> paths = new ArrayList<>();
        records.forEach((type, ids) -> {
            if (GET.containsKey(type)) {
                ids.forEach(id -> paths.add(GET.get(type) + id));
            }
        });
        return paths;
    }

    private static JsonNode read(HttpApi reader, String path) {
        Response answer = reader.get(path);
        assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
        return answer.json();
    }

    private static void collect(String path, JsonNode node, List<String> leaves) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.add(path + "=" + (node.isNull() ? "null" : node.asString()));
        }
    }
}
