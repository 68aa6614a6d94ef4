package se.glomska.erasure;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer with every record type, each field holding a distinct marker, is anonymized through the
 * HTTP API; every rule of erasure-rules.md sections 4 and 5 is then checked, one test per rule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Anonymization follows erasure-rules.md field by field")
class AnonymizationRulesTest extends IntegrationTest {

    CustomerHistory h;
    Map<String, JsonNode> before = new java.util.HashMap<>();
    Map<String, JsonNode> after = new java.util.HashMap<>();
    List<Map<String, Object>> paymentsBefore;
    JsonNode result;

    static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("quote", "/api/quotes/"), Map.entry("order", "/api/orders/"),
            Map.entry("delivery", "/api/deliveries/"), Map.entry("commercialInvoice", "/api/commercial-invoices/"),
            Map.entry("dropshipOrder", "/api/dropship-orders/"), Map.entry("dropshipPurchase", "/api/dropship-purchases/"),
            Map.entry("inboundDelivery", "/api/inbound-deliveries/"), Map.entry("contract", "/api/contracts/"),
            Map.entry("activity", "/api/crm/activities/"), Map.entry("case", "/api/support/cases/"),
            Map.entry("mail", "/api/mail-history/"), Map.entry("invoice", "/api/invoices/"),
            Map.entry("dropshipInvoice", "/api/invoices/"), Map.entry("reminder", "/api/reminders/"),
            Map.entry("receipt", "/api/receipts/"));

    @BeforeAll
    void buildAndAnonymize() {
        h = CustomerHistory.build(api(), Markers.next());
        PATHS.forEach((type, path) -> before.put(type, read(path + h.id(type))));
        before.put("customer", read("/api/customers/" + h.customerId));
        paymentsBefore = payments();

        JsonNode decision = read("/api/customers/" + h.customerId + "/erasure");
        assertThat(decision.get("action").asString()).isEqualTo("ANONYMIZE");
        assertThat(decision.get("allowed").asBoolean()).as(decision.toString()).isTrue();

        Response erased = api().post("/api/customers/" + h.customerId + "/erasure",
                Map.of("action", "ANONYMIZE", "acknowledged", true));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        result = erased.json();
        // The invoices stay as issued but are restricted: a bookkeeper reads them as issued (ADR 0005).
        PATHS.forEach((type, path) -> after.put(type, read(path.equals("/api/invoices/") ? bookkeeperApi() : api(),
                path + h.id(type))));
        after.put("customer", read("/api/customers/" + h.customerId));
    }

    private JsonNode read(String path) {
        return read(api(), path);
    }

    private static JsonNode read(se.glomska.HttpApi reader, String path) {
        Response response = reader.get(path);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        return response.json();
    }

    private List<Map<String, Object>> payments() {
        return jdbc.sql("SELECT * FROM accounting_payment WHERE invoice_id IN (:ids) ORDER BY id")
                .param("ids", List.of(h.id("invoice"), h.id("dropshipInvoice"))).query().listOfRows();
    }

    private JsonNode card() {
        return after.get("customer");
    }

    private static void assertPlaceholder(JsonNode node, String... fields) {
        for (String field : fields) {
            assertThat(node.get(field).asString()).as(field).isEqualTo("Xxxx");
        }
    }

    /**
     * Each field had a value before the anonymization, is still in the answer, and is null now (a field
     * missing from the answer, or one that was empty all along, does not pass).
     */
    private void assertCleared(String type, String prefix, String... fields) {
        for (String field : fields) {
            String path = prefix + field;
            JsonNode was = at(before.get(type), path);
            JsonNode now = at(after.get(type), path);
            assertThat(was.isMissingNode() || was.isNull()).as(type + "." + path + " had a value before").isFalse();
            assertThat(now.isMissingNode()).as(type + "." + path + " is in the answer").isFalse();
            assertThat(now.isNull()).as(type + "." + path + " cleared, is " + now).isTrue();
        }
    }

    private void assertKept(String type, String... paths) {
        for (String path : paths) {
            JsonNode was = at(before.get(type), path);
            assertThat(was.isMissingNode() || was.isNull()).as(type + "." + path + " had a value").isFalse();
            assertThat(at(after.get(type), path)).as(type + "." + path + " kept").isEqualTo(was);
        }
    }

    private static JsonNode at(JsonNode node, String path) {
        return node.at("/" + path.replace('.', '/'));
    }

    // ---- 4. Customer

    @Test
    @DisplayName("4 Customer · general: firstName, lastName, name → Xxxx")
    void customerNames() {
        assertPlaceholder(card(), "firstName", "lastName", "name");
        assertThat(card().get("displayName").asString()).isEqualTo("Xxxx Xxxx");
    }

    @Test
    @DisplayName("4 Customer · general: organizationNumber, vatNumber cleared")
    void customerNumbersCleared() {
        assertCleared("customer", "", "organizationNumber", "vatNumber");
    }

    @Test
    @DisplayName("4 Customer · general: acceptsEmailMarketing, acceptsPostalMarketing → false")
    void marketingConsentsOff() {
        assertThat(card().get("acceptsEmailMarketing").asBoolean()).isFalse();
        assertThat(card().get("acceptsPostalMarketing").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("4 Customer · invoice address: companyName → Xxxx; attention, line1-3, city cleared; position 0,0")
    void invoiceAddress() {
        JsonNode address = card().get("invoiceAddress");
        assertPlaceholder(address, "companyName");
        assertCleared("customer", "invoiceAddress.", "attention", "line1", "line2", "line3", "city");
        assertThat(address.get("latitude").decimalValue()).isEqualByComparingTo("0.000000");
        assertThat(address.get("longitude").decimalValue()).isEqualByComparingTo("0.000000");
    }

    @Test
    @DisplayName("4 Customer · visit address: companyName → Xxxx; line1-3, city cleared; position 0,0")
    void visitAddress() {
        JsonNode address = card().get("visitAddress");
        assertPlaceholder(address, "companyName");
        assertCleared("customer", "visitAddress.", "line1", "line2", "line3", "city");
        assertThat(address.get("latitude").decimalValue()).isEqualByComparingTo("0.000000");
        assertThat(address.get("longitude").decimalValue()).isEqualByComparingTo("0.000000");
    }

    @Test
    @DisplayName("4 Customer · contact: contactPerson → Xxxx; phone, mobile, fax, email, website cleared")
    void contact() {
        JsonNode contact = card().get("contact");
        assertPlaceholder(contact, "contactPerson");
        assertCleared("customer", "contact.", "phone", "mobile", "fax", "email", "website");
    }

    @Test
    @DisplayName("4 Customer · contact: birthDate → the same year, -01-01")
    void birthDateYearOnly() {
        assertThat(card().get("contact").get("birthDate").asString()).isEqualTo("1984-01-01");
    }

    @Test
    @DisplayName("4 Customer · credit reports and their PDF files deleted")
    void creditReportsDeleted() {
        assertThat(count("credit_report")).isZero();
        assertThat(count("credit_report_file")).isZero();
    }

    @Test
    @DisplayName("4 Customer · branches: name → Xxxx, every other field cleared")
    void branches() {
        Map<String, Object> branch = jdbc.sql("SELECT * FROM customer_branch WHERE id = ?").param(h.id("branch"))
                .query().singleRow();
        assertThat(branch.get("name")).isEqualTo("Xxxx");
        for (String field : List.of("line1", "line2", "postal_code", "city", "country", "phone", "email",
                "contact_person", "notes")) {
            assertThat(branch.get(field)).as(field).isNull();
        }
    }

    @Test
    @DisplayName("4 Customer · anonymized = true, anonymizedAt set, no tabs")
    void markedAnonymized() {
        assertThat(card().get("anonymized").asBoolean()).isTrue();
        assertThat(card().get("anonymizedAt").asString()).isNotBlank();
        assertThat(card().get("tabs")).isEmpty();
    }

    // ---- 5. Customer: kept for manual review

    @Test
    @DisplayName("5 Customer · kept: gender, postal codes, customerGroup, countries, regions, info, internalInfo")
    void customerSectionFiveKept() {
        assertKept("customer", "gender", "invoiceAddress.postalCode", "visitAddress.postalCode", "customerGroup",
                "country", "deliveryCountry", "region", "invoiceAddress.region", "invoiceAddress.country",
                "visitAddress.region", "visitAddress.country", "info", "internalInfo");
    }

    @Test
    @DisplayName("5 Customer · kept: documents and properties")
    void documentsAndPropertiesKept() {
        assertThat(jdbc.sql("SELECT description FROM customer_document WHERE id = ?").param(h.id("document"))
                .query(String.class).single()).isEqualTo(h.m("doc.description"));
        assertThat(jdbc.sql("SELECT property_value FROM customer_property WHERE customer_id = ?")
                .param(h.customerId).query(String.class).single()).isEqualTo(h.m("property.value"));
    }

    // ---- 4. CRM

    @Test
    @DisplayName("4 CRM · activity: contactPerson → Xxxx; contactEmail, contactPhone, subject, notes cleared")
    void activity() {
        JsonNode activity = after.get("activity");
        assertPlaceholder(activity, "contactPerson");
        assertCleared("activity", "", "contactEmail", "contactPhone", "subject", "notes");
    }

    @Test
    @DisplayName("4 CRM · activity: kind, dates, owner kept; the customer shows as Xxxx without a link")
    void activityKept() {
        assertKept("activity", "kind", "occursAt", "owner");
        assertThat(after.get("activity").get("customer").get("displayName").asString()).isEqualTo("Xxxx");
        assertThat(after.get("activity").get("customer").get("href").isNull()).isTrue();
    }

    // ---- 4. Support

    @Test
    @DisplayName("4 Support · case: name → Xxxx; email, phone, subject, text, internalComment cleared")
    void supportCase() {
        JsonNode supportCase = after.get("case");
        assertPlaceholder(supportCase, "name");
        assertCleared("case", "", "email", "phone", "subject", "text", "internalComment");
    }

    @Test
    @DisplayName("4 Support · case: every posted reply's text cleared")
    void supportReplies() {
        JsonNode replies = after.get("case").get("replies");
        assertThat(replies).hasSize(1);
        assertCleared("case", "replies.0.", "text");
        assertThat(replies.get(0).get("postedAt").isNull()).isFalse();
    }

    @Test
    @DisplayName("4 Support · mail history: name → Xxxx; email, phone, subject, text, replies, internalComment cleared")
    void mailHistory() {
        JsonNode mail = after.get("mail");
        assertPlaceholder(mail, "name");
        assertCleared("mail", "", "email", "phone", "subject", "text", "replies", "internalComment");
    }

    @Test
    @DisplayName("4 Support · mail history: document type and reference, sent time kept")
    void mailHistoryKept() {
        assertKept("mail", "documentType", "documentId", "sentAt");
    }

    // ---- 4. Sales

    private void assertAddressCleared(String type, String address) {
        assertCleared(type, address + ".", "name", "attention", "address", "postalCode", "city");
    }

    @Test
    @DisplayName("4 Sales · quote: customerReference and both addresses' name, attention, address, postalCode, city cleared")
    void quote() {
        JsonNode quote = after.get("quote");
        assertCleared("quote", "", "customerReference");
        assertAddressCleared("quote", "invoiceAddress");
        assertAddressCleared("quote", "deliveryAddress");
    }

    @Test
    @DisplayName("5 Sales · quote: region, country, publishedComment, terms, internalComment, lines kept")
    void quoteKept() {
        assertKept("quote", "invoiceAddress.region", "invoiceAddress.country", "deliveryAddress.region",
                "deliveryAddress.country", "publishedComment", "terms", "internalComment", "lines");
    }

    @Test
    @DisplayName("4 Sales · order: customerReference, customerOrderReference, notificationMobile, both addresses cleared")
    void order() {
        JsonNode order = after.get("order");
        assertCleared("order", "", "customerReference", "customerOrderReference", "notificationMobile");
        assertAddressCleared("order", "invoiceAddress");
        assertAddressCleared("order", "deliveryAddress");
    }

    @Test
    @DisplayName("5 Sales · order: region, country, publishedComment, terms, internalComment, lines, status kept")
    void orderKept() {
        assertKept("order", "invoiceAddress.region", "invoiceAddress.country", "deliveryAddress.region",
                "deliveryAddress.country", "publishedComment", "terms", "internalComment", "lines", "status");
    }

    @Test
    @DisplayName("4 Sales · delivery: customerReference, notificationMobile, both addresses cleared")
    void delivery() {
        JsonNode delivery = after.get("delivery");
        assertCleared("delivery", "", "customerReference", "notificationMobile");
        assertAddressCleared("delivery", "invoiceAddress");
        assertAddressCleared("delivery", "deliveryAddress");
    }

    @Test
    @DisplayName("5 Sales · delivery: region, country, publishedComment, internalComment kept")
    void deliveryKept() {
        assertKept("delivery", "invoiceAddress.region", "invoiceAddress.country", "deliveryAddress.region",
                "deliveryAddress.country", "publishedComment", "internalComment");
    }

    @Test
    @DisplayName("4 Sales · commercial invoice: customer → Xxxx; name, address, postalCode, city, recipient details cleared")
    void commercialInvoice() {
        JsonNode ci = after.get("commercialInvoice");
        assertPlaceholder(ci, "customer");
        assertCleared("commercialInvoice", "", "name", "address", "postalCode", "city", "recipientOrganizationNumber",
                "recipientVatNumber", "recipientName", "recipientEmail", "recipientPhone");
        assertKept("commercialInvoice", "country");
    }

    @Test
    @DisplayName("4 Sales · dropship order: orderReference, phone, mobile, customerName, both addresses cleared")
    void dropshipOrder() {
        JsonNode ds = after.get("dropshipOrder");
        assertCleared("dropshipOrder", "", "orderReference", "phone", "mobile", "customerName");
        assertCleared("dropshipOrder", "invoiceAddress.", "attention", "address", "postalCode", "city");
        assertCleared("dropshipOrder", "deliveryAddress.", "attention", "address", "postalCode", "city");
    }

    @Test
    @DisplayName("5 Sales · dropship order: both countries and internalComment kept")
    void dropshipOrderKept() {
        assertKept("dropshipOrder", "invoiceAddress.country", "deliveryAddress.country", "internalComment");
    }

    @Test
    @DisplayName("4 Sales · dropship purchase: orderReference, phone, mobile, publishedComment, customerName, delivery address cleared")
    void dropshipPurchase() {
        JsonNode purchase = after.get("dropshipPurchase");
        assertCleared("dropshipPurchase", "", "orderReference", "phone", "mobile", "publishedComment", "customerName");
        assertCleared("dropshipPurchase", "deliveryAddress.", "attention", "address", "postalCode", "city");
    }

    @Test
    @DisplayName("5 Sales · dropship purchase: country, terms, internalComment, supplier kept")
    void dropshipPurchaseKept() {
        assertKept("dropshipPurchase", "deliveryAddress.country", "terms", "internalComment", "supplierName");
    }

    @Test
    @DisplayName("5 Sales · inbound delivery: nothing changed (country, terms, internalComment kept)")
    void inboundDeliveryKept() {
        JsonNode was = before.get("inboundDelivery").deepCopy();
        JsonNode is = after.get("inboundDelivery").deepCopy();
        assertThat(is.get("customerId").isNull()).as("no customer id shown after the erasure").isTrue();
        ((tools.jackson.databind.node.ObjectNode) was).remove("customerId");
        ((tools.jackson.databind.node.ObjectNode) is).remove("customerId");
        assertThat(is).isEqualTo(was);
    }

    @Test
    @DisplayName("4 Sales · contract (not ongoing): customerReference → Xxxx, recipient → Xxxx, email cleared; dates, description kept")
    void contract() {
        JsonNode contract = after.get("contract");
        assertPlaceholder(contract, "customerReference", "recipient");
        assertCleared("contract", "", "email");
        assertKept("contract", "startDate", "endDate", "description");
    }

    // ---- 4. Accounting

    @Test
    @DisplayName("4 Accounting · invoices never changed (Bokföringslagen)")
    void invoicesUnchanged() {
        for (String invoice : List.of("invoice", "dropshipInvoice")) {
            assertKept(invoice, "billTo", "lines", "total", "balance", "paid", "invoiceNumber", "dueDate");
        }
    }

    @Test
    @DisplayName("4 Accounting · payments never changed")
    void paymentsUnchanged() {
        assertThat(payments()).isEqualTo(paymentsBefore);
    }

    @Test
    @DisplayName("4 Accounting · receipt never changed; its customer link, name and e-mail removed")
    void receipt() {
        JsonNode was = before.get("receipt").deepCopy();
        JsonNode is = after.get("receipt").deepCopy();
        assertThat(is.get("customer").isNull()).isTrue();
        assertThat(is.get("restricted").asBoolean()).as("a receipt of an anonymized customer is restricted").isTrue();
        for (String field : List.of("customer", "restricted")) {
            ((tools.jackson.databind.node.ObjectNode) was).remove(field);
            ((tools.jackson.databind.node.ObjectNode) is).remove(field);
        }
        assertThat(is).isEqualTo(was);
    }

    @Test
    @DisplayName("4 Accounting · payment reminder: recipientName, recipientAddress, recipientEmail removed")
    void reminder() {
        JsonNode reminder = after.get("reminder");
        assertCleared("reminder", "", "recipientName", "recipientAddress", "recipientEmail");
        assertKept("reminder", "fee");
    }

    // ---- The answer and the log

    @Test
    @DisplayName("The answer lists the changes per module and record type; the log holds the same")
    void answerAndLog() {
        assertThat(result.get("action").asString()).isEqualTo("ANONYMIZE");
        assertThat(result.get("changes").toString()).contains("\"recordType\":\"order\"", "\"module\":\"sales\"");
        JsonNode entry = null;
        for (JsonNode e : read("/api/erasures").get("items")) {
            if (e.get("customerId").asLong() == h.customerId) {
                entry = e;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("actor").asString()).isEqualTo(OPERATOR);
        assertThat(entry.get("changes")).isEqualTo(result.get("changes"));
        // Markers are stored lower-cased in e-mail addresses: compared in any case.
        assertThat(entry.toString().toLowerCase()).doesNotContain(h.marker.substring(0, 8).toLowerCase());
    }

    @Test
    @DisplayName("After: the erasure offers NONE, a second anonymization is refused with 409")
    void secondTimeRefused() {
        assertThat(read("/api/customers/" + h.customerId + "/erasure").get("action").asString()).isEqualTo("NONE");
        assertThat(api().post("/api/customers/" + h.customerId + "/erasure",
                Map.of("action", "ANONYMIZE", "acknowledged", true)).status()).isEqualTo(409);
    }

    @Test
    @DisplayName("6 After: the customer cannot be edited and no module accepts a new record for it (409)")
    void noNewRecordsAndNoEdits() {
        long id = h.customerId;
        Map<String, Object> lines = Map.of("description", "Vara", "quantity", 1, "unitPrice", 10);
        Map<String, Map<String, Object>> creates = new java.util.LinkedHashMap<>();
        creates.put("/api/quotes", Map.of("customerId", id, "lines", List.of(lines)));
        creates.put("/api/orders", Map.of("customerId", id, "lines", List.of(lines)));
        creates.put("/api/dropship-orders", Map.of("customerId", id, "lines", List.of(lines)));
        creates.put("/api/contracts", Map.of("customerId", id, "startDate", "2025-01-01"));
        creates.put("/api/crm/activities", Map.of("customerId", id, "kind", "CALL", "occursAt", "2025-03-01T10:00:00Z"));
        creates.put("/api/support/cases", Map.of("customerId", id, "subject", "Fråga"));
        creates.put("/api/mail-history", Map.of("customerId", id, "documentType", "QUOTE", "documentId", 1,
                "sentAt", "2025-03-01T10:00:00Z"));
        creates.put("/api/receipts", Map.of("customerId", id, "paidAt", "2025-03-01T10:00:00Z",
                "paymentMethod", "CARD", "lines", List.of(lines)));
        creates.forEach((path, body) -> {
            Response refused = api().post(path, body);
            assertThat(refused.status()).as(path + " " + refused).isEqualTo(409);
            assertThat(refused.json().get("detail").asString()).contains(String.valueOf(id), "anonymized");
        });
        Response edit = api().put("/api/customers/" + id, Map.of("kind", "PERSON", "relation", "CUSTOMER",
                "lastName", "Ny"));
        assertThat(edit.status()).as(edit.toString()).isEqualTo(409);
        assertThat(card().get("lastName").asString()).isEqualTo("Xxxx");
    }

    @Test
    @DisplayName("6 After: the card's tabs are gone: branches, credit reports, documents, properties answer 404")
    void tabsGone() {
        for (String tab : List.of("branches", "credit-reports", "documents", "properties")) {
            assertThat(api().get("/api/customers/" + h.customerId + "/" + tab).status()).as(tab).isEqualTo(404);
        }
    }

    @Test
    @DisplayName("6 After: ordinary search leaves the customer out; advanced search finds it only including anonymized")
    void hiddenFromSearch() {
        String number = card().get("customerNumber").asString();
        assertThat(read("/api/customers?q=" + number).get("total").asLong()).isZero();
        assertThat(read("/api/customers/search?customerNumber=" + number).get("total").asLong()).isZero();
        assertThat(read("/api/customers/search?customerNumber=" + number + "&show=INCLUDING_ANONYMIZED")
                .get("items").get(0).get("anonymized").asBoolean()).isTrue();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE customer_id = ?").param(h.customerId)
                .query(Long.class).single();
    }
}
