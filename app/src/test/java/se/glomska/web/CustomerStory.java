package se.glomska.web;

import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds a customer and its history through the HTTP API alone, for the page and API tests: a person
 * with a unique name, and on request a branch, a settled order (delivered, invoiced, paid: nothing
 * blocks an anonymization), an open order (not delivered: it blocks), a quote, a CRM activity, a
 * support case and a mail-history entry.
 */
final class CustomerStory {

    private static final List<Map<String, Object>> LINES =
            List.of(map("description", "Skruvdragare", "quantity", 2, "unitPrice", 1249.50));
    private static final double TOTAL = 2499.00;

    private final HttpApi api;
    final long customerId;
    final String customerNumber;
    final String firstName;
    final String lastName;
    Long orderId;
    String orderNumber;
    Long invoiceId;
    Long invoiceNumber;
    Long paymentId;
    Long receiptId;
    Long quoteId;
    Long activityId;
    Long caseId;
    Long mailId;

    private CustomerStory(HttpApi api, long customerId, String customerNumber, String firstName, String lastName) {
        this.api = api;
        this.customerId = customerId;
        this.customerNumber = customerNumber;
        this.firstName = firstName;
        this.lastName = lastName;
    }

    /** A person whose last name is {@code lastName} (make it unique). */
    static CustomerStory person(HttpApi api, String firstName, String lastName) {
        Response created = api.post("/api/customers", map("kind", "PERSON", "relation", "CUSTOMER",
                "firstName", firstName, "lastName", lastName, "country", "SE",
                "invoiceAddress", map("line1", "Storgatan 1", "postalCode", "111 22", "city", "Stockholm",
                        "country", "SE"),
                "contact", map("email", lastName.toLowerCase() + "@example.se", "birthDate", "1980-05-17")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new CustomerStory(api, created.id(), created.json().get("customerNumber").asString(), firstName,
                lastName);
    }

    String displayName() {
        return firstName + " " + lastName;
    }

    CustomerStory withBranch() {
        created(api.post("/api/customers/" + customerId + "/branches", map("name", "Filial " + lastName,
                "city", "Malmö", "country", "SE")));
        return this;
    }

    /** An order that is delivered, invoiced and paid: it does not block an anonymization. */
    CustomerStory withSettledOrder() {
        withOpenOrder();
        created(api.post("/api/orders/" + orderId + "/deliveries", map("customerReference", "Ref " + lastName)));
        Response invoice = api.post("/api/invoices", map("customerId", customerId, "orderId", orderId,
                "billTo", map("name", displayName(), "city", "Stockholm", "country", "SE"),
                "dueDate", "2030-01-31", "lines", LINES));
        invoiceId = created(invoice);
        invoiceNumber = invoice.json().get("invoiceNumber").asLong();
        Response payment = api.post("/api/invoices/" + invoiceId + "/payments", map("amount", TOTAL,
                "paidAt", "2025-04-01"));
        assertThat(payment.status()).as(payment.toString()).isIn(200, 201);
        paymentId = payment.json().get("id").asLong();
        awaitInvoiced("/api/orders/" + orderId);
        return this;
    }

    /** An order without a delivery: it blocks an anonymization ("not fully delivered"). */
    CustomerStory withOpenOrder() {
        Response order = api.post("/api/orders", map("customerId", customerId, "customerReference", "Ref " + lastName,
                "lines", LINES));
        orderId = created(order);
        orderNumber = order.json().get("orderNumber").asString();
        return this;
    }

    /** A receipt issued and sent to the customer. */
    CustomerStory withReceipt() {
        receiptId = created(api.post("/api/receipts", map("customerId", customerId, "customerName", displayName(),
                "customerEmail", lastName.toLowerCase() + "@example.se", "paidAt", "2025-03-01T10:00:00Z",
                "paymentMethod", "CARD", "lines", LINES)));
        return this;
    }

    CustomerStory withQuote() {
        quoteId = created(api.post("/api/quotes", map("customerId", customerId, "customerReference", "Ref " + lastName,
                "lines", LINES)));
        return this;
    }

    CustomerStory withActivity() {
        activityId = created(api.post("/api/crm/activities", map("customerId", customerId, "kind", "CALL",
                "subject", "Samtal med " + lastName, "contactPerson", displayName(),
                "occursAt", "2025-03-01T10:15:30Z", "owner", "salj.kalle")));
        return this;
    }

    CustomerStory withCase() {
        caseId = created(api.post("/api/support/cases", map("customerId", customerId, "name", displayName(),
                "subject", "Fråga från " + lastName, "text", "Hej")));
        return this;
    }

    CustomerStory withMail() {
        mailId = created(api.post("/api/mail-history", map("customerId", customerId, "documentType", "ORDER",
                "documentId", orderId == null ? 1 : orderId, "name", displayName(),
                "subject", "Orderbekräftelse " + lastName, "sentAt", "2025-03-02T08:00:00Z")));
        return this;
    }

    /** Anonymizes the customer through the API (it must be offered ANONYMIZE and unblocked). */
    void anonymize() {
        Response done = api.post("/api/customers/" + customerId + "/erasure",
                map("action", "ANONYMIZE", "acknowledged", true));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
    }

    /** Sales learns of the invoice through an event after the invoice's transaction commits. */
    private void awaitInvoiced(String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!api.get(path).json().get("invoiced").asBoolean()) {
            assertThat(Instant.now()).as(path + " marked invoiced in time").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static long created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
