package se.glomska.erasure;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * erasure-rules.md section 8 and api.md "After the erasure": the invoices, payments and receipts of an
 * anonymized customer stay as issued but are restricted (GDPR art. 18). A user, and the data protection
 * officer, see {@code restricted: true} and the bill-to withheld ({@code Xxxx}); a bookkeeper sees the
 * invoice as issued, and each such read, and each record in the officer's personal-data export, is
 * appended to the access record: who, when, which record, never a value. The records of a customer not
 * erased are neither restricted nor recorded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestrictedBookkeepingRecordsTest extends IntegrationTest {

    private CustomerHistory erased;
    private CustomerHistory kept;
    private long erasedPayment;
    private long keptPayment;

    @BeforeAll
    void anonymizeOneCustomerAndKeepAnother() {
        erased = CustomerHistory.build(api(), Markers.next());
        kept = CustomerHistory.build(api(), Markers.next());
        erasedPayment = paymentOf(erased);
        keptPayment = paymentOf(kept);
        Response done = api().post("/api/customers/" + erased.customerId + "/erasure",
                Map.of("action", "ANONYMIZE", "acknowledged", true));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
    }

    private long paymentOf(CustomerHistory h) {
        return jdbc.sql("SELECT MIN(id) FROM accounting_payment WHERE invoice_id = ?").param(h.id("invoice"))
                .query(Long.class).single();
    }

    @Test
    void aUserSeesTheInvoiceRestrictedWithEveryBillToFieldWithheldAndNothingIsRecorded() {
        long reads = reads("invoice", erased.id("invoice"));
        for (HttpApi reader : List.of(clerkApi(), api())) {
            JsonNode invoice = read(reader, "/api/invoices/" + erased.id("invoice"));
            assertThat(invoice.get("restricted").asBoolean()).isTrue();
            assertThat(invoice.get("customerId").isNull()).isTrue();
            JsonNode billTo = invoice.get("billTo");
            for (String field : List.of("name", "address", "postalCode", "city", "country", "organizationNumber",
                    "vatNumber", "email")) {
                assertThat(billTo.get(field).asString()).as(field).isEqualTo("Xxxx");
            }
            assertThat(invoice.toString()).doesNotContainIgnoringCase(erased.marker);
            assertThat(invoice.get("total").decimalValue()).isPositive();
        }
        assertThat(reads("invoice", erased.id("invoice"))).isEqualTo(reads);
    }

    @Test
    void anEmptyBillToFieldStaysEmptyWhenWithheld() {
        long customerId = createdId(api().post("/api/customers", Map.of("kind", "PERSON", "relation", "CUSTOMER",
                "firstName", "Tom", "lastName", unique("Tomrum"))));
        long order = createdId(api().post("/api/orders", Map.of("customerId", customerId, "lines", lines())));
        createdId(api().post("/api/orders/" + order + "/deliveries", Map.of()));
        long invoice = createdId(api().post("/api/invoices", Map.of("customerId", customerId, "orderId", order,
                "billTo", Map.of("name", "Tom Tomrum"), "dueDate", "2030-01-31", "lines", lines())));
        assertThat(api().post("/api/invoices/" + invoice + "/payments", Map.of("amount", 100.00,
                "paidAt", "2025-04-01")).status()).isIn(200, 201);
        awaitAnonymized(customerId);

        JsonNode billTo = read(clerkApi(), "/api/invoices/" + invoice).get("billTo");
        assertThat(billTo.get("name").asString()).isEqualTo("Xxxx");
        assertThat(billTo.get("city").isNull()).isTrue();
        assertThat(billTo.get("email").isNull()).isTrue();
    }

    @Test
    void aBookkeeperSeesTheInvoiceAsIssuedAndEachReadIsRecordedOnce() {
        long invoiceId = erased.id("invoice");
        long reads = reads("invoice", invoiceId);
        long byBookkeeper = readsBy(BOOKKEEPER, "invoice", invoiceId);
        JsonNode invoice = read(bookkeeperApi(), "/api/invoices/" + invoiceId);
        assertThat(invoice.get("restricted").asBoolean()).isTrue();
        assertThat(invoice.get("customerId").isNull()).isTrue();
        assertThat(invoice.get("billTo").get("name").asString()).isEqualTo(erased.marker + "-inv.name");
        assertThat(invoice.get("billTo").get("email").asString()).contains(erased.marker.toLowerCase());
        assertThat(reads("invoice", invoiceId)).isEqualTo(reads + 1);
        assertThat(readsBy(BOOKKEEPER, "invoice", invoiceId)).isEqualTo(byBookkeeper + 1);

        read(bookkeeperApi(), "/api/invoices/" + invoiceId);
        assertThat(reads("invoice", invoiceId)).isEqualTo(reads + 2);
    }

    @Test
    void paymentsAreRestrictedAndABookkeepersReadIsRecordedOnce() {
        long reads = reads("payment", erasedPayment);
        long byBookkeeper = readsBy(BOOKKEEPER, "payment", erasedPayment);
        JsonNode asUser = read(clerkApi(), "/api/payments/" + erasedPayment);
        assertThat(asUser.get("restricted").asBoolean()).isTrue();
        assertThat(asUser.get("invoiceId").asLong()).isEqualTo(erased.id("invoice"));
        assertThat(reads("payment", erasedPayment)).isEqualTo(reads);

        JsonNode asBookkeeper = read(bookkeeperApi(), "/api/payments/" + erasedPayment);
        assertThat(asBookkeeper.get("restricted").asBoolean()).isTrue();
        assertThat(asBookkeeper.get("amount")).isEqualTo(asUser.get("amount"));
        assertThat(readsBy(BOOKKEEPER, "payment", erasedPayment)).isEqualTo(byBookkeeper + 1);
        assertThat(reads("payment", erasedPayment)).isEqualTo(reads + 1);
    }

    @Test
    void receiptsAreRestrictedWithoutAnyCustomerDataAndABookkeepersReadIsRecordedOnce() {
        long receiptId = erased.id("receipt");
        long reads = reads("receipt", receiptId);
        long byBookkeeper = readsBy(BOOKKEEPER, "receipt", receiptId);
        for (HttpApi reader : List.of(clerkApi(), api())) {
            JsonNode receipt = read(reader, "/api/receipts/" + receiptId);
            assertThat(receipt.get("restricted").asBoolean()).isTrue();
            assertThat(receipt.get("customer").isNull()).isTrue();
        }
        assertThat(reads("receipt", receiptId)).isEqualTo(reads);

        JsonNode receipt = read(bookkeeperApi(), "/api/receipts/" + receiptId);
        assertThat(receipt.get("restricted").asBoolean()).isTrue();
        assertThat(receipt.get("customer").isNull()).as("the erasure removed the customer data").isTrue();
        assertThat(readsBy(BOOKKEEPER, "receipt", receiptId)).isEqualTo(byBookkeeper + 1);
        assertThat(reads("receipt", receiptId)).isEqualTo(reads + 1);
    }

    @Test
    void theRecordsOfACustomerNotErasedAreNotRestrictedAndTheirReadsAreNotRecorded() {
        long before = allReads();
        for (HttpApi reader : List.of(clerkApi(), bookkeeperApi(), api())) {
            JsonNode invoice = read(reader, "/api/invoices/" + kept.id("invoice"));
            assertThat(invoice.get("restricted").asBoolean()).isFalse();
            assertThat(invoice.get("customerId").asLong()).isEqualTo(kept.customerId);
            assertThat(invoice.get("billTo").get("name").asString()).isEqualTo(kept.marker + "-inv.name");
            assertThat(read(reader, "/api/payments/" + keptPayment).get("restricted").asBoolean()).isFalse();
            JsonNode receipt = read(reader, "/api/receipts/" + kept.id("receipt"));
            assertThat(receipt.get("restricted").asBoolean()).isFalse();
            assertThat(receipt.get("customer").get("id").asLong()).isEqualTo(kept.customerId);
        }
        assertThat(reads("invoice", kept.id("invoice")) + reads("payment", keptPayment)
                + reads("receipt", kept.id("receipt"))).isZero();
        assertThat(allReads()).as("no read of an ordinary record is recorded").isEqualTo(before);
    }

    @Test
    void theInvoiceListMarksTheRestrictedInvoiceAndNamesNoOne() {
        JsonNode rows = read(clerkApi(), "/api/invoices?size=200").get("items");
        JsonNode row = null;
        for (JsonNode r : rows) {
            if (r.get("id").asLong() == erased.id("invoice")) {
                row = r;
            }
        }
        assertThat(row).as("the erased customer's invoice among the latest").isNotNull();
        assertThat(row.get("restricted").asBoolean()).isTrue();
        assertThat(row.get("customer").get("displayName").asString()).isEqualTo("Xxxx");
        assertThat(row.toString()).doesNotContainIgnoringCase(erased.marker);
    }

    @Test
    void theOfficersPersonalDataExportRecordsEachRestrictedRecordItDisclosesOnce() {
        long invoices = readsBy(OPERATOR, "invoice", erased.id("invoice"));
        long payments = readsBy(OPERATOR, "payment", erasedPayment);
        Response export = api().get("/api/customers/" + erased.customerId + "/personal-data");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().path("modules").path("accounting").path("invoice").path("records").toString())
                .contains(erased.marker + "-inv.name");

        assertThat(readsBy(OPERATOR, "invoice", erased.id("invoice"))).isEqualTo(invoices + 1);
        assertThat(readsBy(OPERATOR, "invoice", erased.id("dropshipInvoice"))).isGreaterThanOrEqualTo(1);
        assertThat(readsBy(OPERATOR, "payment", erasedPayment)).isEqualTo(payments + 1);

        long ordinary = allReads();
        assertThat(api().get("/api/customers/" + kept.customerId + "/personal-data").status()).isEqualTo(200);
        assertThat(allReads()).as("exporting a customer not erased records nothing").isEqualTo(ordinary);
    }

    @Test
    void theAccessRecordIsForTheDataProtectionOfficerOnlyAndHoldsNoValue() {
        read(bookkeeperApi(), "/api/invoices/" + erased.id("invoice"));
        assertThat(clerkApi().get("/api/restricted-access").status()).isEqualTo(403);
        assertThat(bookkeeperApi().get("/api/restricted-access").status()).isEqualTo(403);
        Response answer = api().get("/api/restricted-access");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode latest = answer.json().get("items").get(0);
        assertThat(latest.propertyNames()).containsExactlyInAnyOrder("actor", "at", "recordType", "recordId");
        assertThat(answer.text()).contains("\"recordId\":" + erased.id("invoice"));

        List<String> columns = jdbc.sql("""
                SELECT column_name FROM information_schema.columns
                 WHERE table_schema = DATABASE() AND table_name = 'restricted_access'""").query(String.class).list();
        assertThat(columns).containsExactlyInAnyOrder("id", "actor", "accessed_at", "record_type", "record_id");
        String everything = String.join("|", jdbc.sql("""
                SELECT CONCAT_WS('|', id, actor, accessed_at, record_type, record_id) FROM restricted_access""")
                .query(String.class).list()).toLowerCase();
        assertThat(everything).isNotEmpty();
        for (CustomerHistory h : List.of(erased, kept)) {
            assertThat(everything).as("no marker value of the customer in the access record")
                    .doesNotContain(h.marker.toLowerCase());
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteTheAccessRecord() {
        read(bookkeeperApi(), "/api/invoices/" + erased.id("invoice"));
        long id = jdbc.sql("SELECT MAX(id) FROM restricted_access").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("UPDATE restricted_access SET actor = 'someone' WHERE id = ?")
                .param(id).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM restricted_access WHERE id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT actor FROM restricted_access WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo(BOOKKEEPER);
    }

    private void awaitAnonymized(long customerId) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Response done = api().post("/api/customers/" + customerId + "/erasure",
                    Map.of("action", "ANONYMIZE", "acknowledged", true));
            if (done.status() == 200) {
                return;
            }
            sleep();
        }
        throw new AssertionError("customer " + customerId + " could not be anonymized");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> lines() {
        return List.of(Map.of("description", "Skruv", "quantity", 1, "unitPrice", 100.00));
    }

    private static long createdId(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private static JsonNode read(HttpApi reader, String path) {
        Response answer = reader.get(path);
        assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
        return answer.json();
    }

    private long reads(String recordType, long recordId) {
        return jdbc.sql("SELECT COUNT(*) FROM restricted_access WHERE record_type = ? AND record_id = ?")
                .params(recordType, recordId).query(Long.class).single();
    }

    private long readsBy(String actor, String recordType, long recordId) {
        return jdbc.sql("SELECT COUNT(*) FROM restricted_access WHERE actor = ? AND record_type = ? AND record_id = ?")
                .params(actor, recordType, recordId).query(Long.class).single();
    }

    private long allReads() {
        return jdbc.sql("SELECT COUNT(*) FROM restricted_access").query(Long.class).single();
    }
}
