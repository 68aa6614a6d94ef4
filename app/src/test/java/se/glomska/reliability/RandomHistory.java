package se.glomska.reliability;

import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static se.glomska.reliability.JsonBodies.map;

/**
 * A random customer history built through the API: a random subset of the record types of every
 * module, each in a random number, with random text in random fields. Every text the customer could
 * have typed starts with the history's marker, followed by random characters (Swedish letters, SQL
 * metacharacters, emoji, right-to-left text, combining marks, white space), so that the marker finds
 * it anywhere in the database. Orders and dropship orders are delivered, invoiced and paid, contracts
 * have ended: nothing blocks the erasure. Built from a seed, so a failing history can be rebuilt.
 */
final class RandomHistory {

    private static final String[] ALPHABETS = {
            "abcdefghijklmnopqrstuvwxyz", "åäöÅÄÖéü", "'\"%_\\;-`/*", "😀👍🏽🇸🇪𝔘𠜎", "שלוםمرحبا\u200F",
            "e\u0301a\u030A\u200B", " \t\n", "0123456789"};

    final long seed;
    final String marker;
    final long customerId;
    /** How many records of each type were created. */
    final Map<String, Integer> records = new TreeMap<>();
    /** Whether anything that makes the customer's erasure an anonymization was created. */
    boolean transactions;

    private final HttpApi api;
    private final Random random;
    private final List<String> pending = new ArrayList<>();

    private RandomHistory(HttpApi api, long seed, String marker) {
        this.api = api;
        this.seed = seed;
        this.random = new Random(seed);
        this.marker = marker;
        this.customerId = created("customer", api.post("/api/customers", customer()));
    }

    static RandomHistory build(HttpApi api, long seed, String marker) {
        RandomHistory h = new RandomHistory(api, seed, marker);
        h.ownRecords();
        if (h.chance(0.85)) {
            h.salesAndAccounting();
            h.crmAndSupport();
        }
        for (String path : h.pending) {
            ApiCatalogue.awaitInvoiced(api, path);
        }
        return h;
    }

    @Override
    public String toString() {
        return "history of customer " + customerId + " (seed " + seed + ", marker " + marker + "): " + records;
    }

    // ---------------------------------------------------------------------------------------------
    // Random values

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private int count(int max) {
        return random.nextInt(max + 1);
    }

    /** Random text led by the marker, at most {@code max} UTF-16 units; or absent. */
    private String text(int max) {
        StringBuilder text = new StringBuilder(marker.length() + 1 <= max ? marker + "-" : marker.substring(0, 8));
        int length = random.nextInt(Math.min(max, 60) + 1);
        for (int i = 0; i < length; i++) {
            String alphabet = ALPHABETS[random.nextInt(ALPHABETS.length)];
            int at = alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())));
            text.appendCodePoint(alphabet.codePointAt(at));
        }
        return UnicodeRoundTripTest.fit(text.toString(), max);
    }

    /** Random text in some fields and nothing in others. */
    private String maybe(int max) {
        return chance(0.75) ? text(max) : null;
    }

    private String email() {
        return marker.toLowerCase() + "." + (chance(0.5) ? "åsa" : "o'brien") + "@example.se";
    }

    private String maybeEmail() {
        return chance(0.75) ? email() : null;
    }

    private String country() {
        return List.of("SE", "NO", "DK", "FI", "DE").get(random.nextInt(5));
    }

    private List<Map<String, Object>> lines() {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0, n = 1 + count(2); i < n; i++) {
            // Line descriptions are the goods sold, not the customer's data: no marker (kept by the rules).
            lines.add(map("description", "Artikel " + (i + 1) + " åäö",
                    "quantity", BigDecimal.valueOf(1 + random.nextInt(5)),
                    "unitPrice", BigDecimal.valueOf(random.nextInt(500_000), 2)));
        }
        return lines;
    }

    private Map<String, Object> put(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
        return body;
    }

    // ---------------------------------------------------------------------------------------------
    // The records

    /** A customer with any of the fields a user can fill, each present or not, in random text. */
    private Map<String, Object> customer() {
        boolean person = random.nextBoolean();
        Map<String, Object> c = map("kind", person ? "PERSON" : "COMPANY",
                "relation", random.nextBoolean() ? "CUSTOMER" : "PROSPECT");
        if (person) {
            c.put("lastName", text(100));
            put(c, "firstName", maybe(100));
            if (chance(0.5)) {
                c.put("gender", List.of("FEMALE", "MALE", "OTHER").get(random.nextInt(3)));
            }
        } else {
            c.put("name", text(200));
            put(c, "organizationNumber", maybe(20));
            put(c, "vatNumber", maybe(20));
        }
        put(c, "customerGroup", maybe(50));
        put(c, "region", maybe(100));
        put(c, "info", maybe(10000));
        put(c, "internalInfo", maybe(10000));
        c.put("country", country());
        if (chance(0.5)) {
            c.put("deliveryCountry", country());
        }
        c.put("acceptsEmailMarketing", random.nextBoolean());
        c.put("acceptsPostalMarketing", random.nextBoolean());
        if (chance(0.8)) {
            Map<String, Object> contact = map();
            put(contact, "contactPerson", maybe(200));
            put(contact, "phone", maybe(40));
            put(contact, "mobile", maybe(40));
            put(contact, "fax", maybe(40));
            put(contact, "email", maybeEmail());
            put(contact, "website", maybe(254));
            if (chance(0.7)) {
                contact.put("birthDate", LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12),
                        1 + random.nextInt(28)).toString());
            }
            c.put("contact", contact);
        }
        if (chance(0.7)) {
            c.put("invoiceAddress", address(true));
        }
        if (chance(0.5)) {
            c.put("visitAddress", address(false));
        }
        return c;
    }

    /** An invoice address (with attention) or a visit address, any of its fields filled. */
    private Map<String, Object> address(boolean invoice) {
        Map<String, Object> address = map();
        put(address, "companyName", maybe(200));
        if (invoice) {
            put(address, "attention", maybe(200));
        }
        put(address, "line1", maybe(200));
        put(address, "line2", maybe(200));
        put(address, "line3", maybe(200));
        put(address, "postalCode", maybe(20));
        put(address, "city", maybe(100));
        put(address, "region", maybe(100));
        address.put("country", country());
        if (chance(0.8)) {
            address.put("latitude", BigDecimal.valueOf(random.nextInt(180_000_000) - 90_000_000, 6));
            address.put("longitude", BigDecimal.valueOf(random.nextInt(360_000_000) - 180_000_000, 6));
        }
        return address;
    }

    private void ownRecords() {
        String base = "/api/customers/" + customerId;
        for (int i = 0, n = count(2); i < n; i++) {
            created("branch", api.post(base + "/branches", map("name", text(200), "city", maybe(100),
                    "phone", maybe(40), "email", maybeEmail(), "notes", maybe(10000))));
        }
        for (int i = 0, n = count(2); i < n; i++) {
            created("creditReport", api.post(base + "/credit-reports", map("provider", text(100),
                    "reportedAt", "2025-01-15", "notes", maybe(10000), "fileName", maybe(255),
                    "pdfBase64", Base64.getEncoder().encodeToString(("%PDF-1.4 " + marker).getBytes()))));
        }
        for (int i = 0, n = count(2); i < n; i++) {
            created("document", api.post(base + "/documents", map("fileName", text(255),
                    "description", maybe(1000),
                    "contentBase64", Base64.getEncoder().encodeToString(text(500).getBytes()))));
        }
        for (int i = 0, n = count(3); i < n; i++) {
            Response property = api.put(base + "/properties/egenskap" + i, map("value", maybe(2000)));
            assertThat(property.status()).as(property.toString()).isEqualTo(200);
            records.merge("property", 1, Integer::sum);
        }
    }

    private Map<String, Object> documentAddress() {
        return map("name", maybe(200), "attention", maybe(200), "address", maybe(200), "postalCode", maybe(20),
                "city", maybe(100), "region", maybe(100), "country", country());
    }

    private Map<String, Object> dropshipAddress() {
        return map("attention", maybe(200), "address", maybe(200), "postalCode", maybe(20), "city", maybe(100),
                "country", country());
    }

    private void salesAndAccounting() {
        for (int i = 0, n = count(2); i < n; i++) {
            created("quote", api.post("/api/quotes", map("customerId", customerId, "customerReference", maybe(100),
                    "invoiceAddress", documentAddress(), "deliveryAddress", documentAddress(),
                    "publishedComment", maybe(2000), "terms", maybe(2000), "internalComment", maybe(2000),
                    "lines", lines())));
        }
        for (int i = 0, n = count(2); i < n; i++) {
            long order = created("order", api.post("/api/orders", map("customerId", customerId,
                    "customerReference", maybe(100), "customerOrderReference", maybe(100),
                    "notificationMobile", maybe(40), "invoiceAddress", documentAddress(),
                    "deliveryAddress", documentAddress(), "publishedComment", maybe(2000), "terms", maybe(2000),
                    "internalComment", maybe(2000), "lines", lines())));
            long delivery = created("delivery", api.post("/api/orders/" + order + "/deliveries", map(
                    "customerReference", maybe(100), "notificationMobile", maybe(40),
                    "invoiceAddress", documentAddress(), "deliveryAddress", documentAddress(),
                    "publishedComment", maybe(2000), "internalComment", maybe(2000))));
            if (chance(0.5)) {
                created("commercialInvoice", api.post("/api/deliveries/" + delivery + "/commercial-invoice", map(
                        "customer", maybe(200), "name", maybe(200), "address", maybe(200), "postalCode", maybe(20),
                        "city", maybe(100), "country", country(), "recipientName", maybe(200),
                        "recipientEmail", maybeEmail(), "recipientPhone", maybe(40))));
            }
            invoiceAndPay("orderId", order);
            pending.add("/api/orders/" + order);
        }
        for (int i = 0, n = count(2); i < n; i++) {
            long dropship = created("dropshipOrder", api.post("/api/dropship-orders", map("customerId", customerId,
                    "orderReference", maybe(100), "phone", maybe(40), "mobile", maybe(40),
                    "customerName", maybe(200), "invoiceAddress", dropshipAddress(),
                    "deliveryAddress", dropshipAddress(), "internalComment", maybe(2000), "lines", lines())));
            for (int p = 0, purchases = 1 + count(1); p < purchases; p++) {
                long purchase = created("dropshipPurchase", api.post("/api/dropship-orders/" + dropship + "/purchases",
                        map("supplierName", "Leverantören AB", "orderReference", maybe(100), "phone", maybe(40),
                                "publishedComment", maybe(2000), "customerName", maybe(200),
                                "deliveryAddress", dropshipAddress(), "terms", maybe(2000),
                                "internalComment", maybe(2000))));
                created("inboundDelivery", api.post("/api/dropship-purchases/" + purchase + "/inbound-deliveries",
                        map("receivedAt", "2025-02-03T09:00:00Z", "country", country(), "terms", maybe(2000),
                                "internalComment", maybe(2000))));
            }
            invoiceAndPay("dropshipOrderId", dropship);
            pending.add("/api/dropship-orders/" + dropship);
        }
        for (int i = 0, n = count(2); i < n; i++) {
            created("contract", api.post("/api/contracts", map("customerId", customerId,
                    "customerReference", maybe(100), "recipient", maybe(200), "email", maybeEmail(),
                    "description", maybe(2000), "startDate", "2022-01-01",
                    "endDate", LocalDate.now().minusDays(1 + random.nextInt(300)).toString())));
        }
        for (int i = 0, n = count(2); i < n; i++) {
            created("receipt", api.post("/api/receipts", map("customerId", customerId, "customerName", maybe(200),
                    "customerEmail", maybeEmail(), "paidAt", "2025-03-03T12:00:00Z",
                    "paymentMethod", chance(0.5) ? "CARD" : "SWISH", "lines", lines())));
        }
    }

    /** Invoices the order, perhaps reminds, and pays the whole invoice in one or two payments. */
    private void invoiceAndPay(String reference, long orderId) {
        long invoice = created("invoice", api.post("/api/invoices", map("customerId", customerId, reference, orderId,
                "billTo", map("name", text(200), "address", maybe(300), "city", maybe(100),
                        "email", maybeEmail(), "country", country()),
                "dueDate", "2025-04-30", "lines", lines())));
        if (chance(0.5)) {
            created("paymentReminder", api.post("/api/invoices/" + invoice + "/reminders", map(
                    "recipientName", text(200), "recipientAddress", maybe(300), "recipientEmail", maybeEmail(),
                    "fee", new BigDecimal("60.00"))));
        }
        BigDecimal total = api.get("/api/invoices/" + invoice).json().get("total").decimalValue();
        List<BigDecimal> payments = new ArrayList<>();
        if (total.compareTo(new BigDecimal("0.02")) >= 0 && random.nextBoolean()) {
            BigDecimal first = total.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
            payments.add(first);
            payments.add(total.subtract(first));
        } else if (total.signum() > 0) {
            payments.add(total);
        }
        for (BigDecimal amount : payments) {
            created("payment", api.post("/api/invoices/" + invoice + "/payments", map("amount", amount,
                    "paidAt", "2025-04-01")));
        }
    }

    private void crmAndSupport() {
        for (int i = 0, n = count(2); i < n; i++) {
            created("activity", api.post("/api/crm/activities", map("customerId", customerId,
                    "kind", List.of("CALL", "MEETING", "EMAIL", "TASK", "EVENT").get(random.nextInt(5)),
                    "subject", maybe(200), "notes", maybe(4000), "contactPerson", maybe(200),
                    "contactEmail", maybe(254), "contactPhone", maybe(40), "occursAt", "2025-03-01T10:15:30Z",
                    "owner", "salj.kalle")));
        }
        for (int i = 0, n = count(2); i < n; i++) {
            long supportCase = created("supportCase", api.post("/api/support/cases", map("customerId", customerId,
                    "name", maybe(200), "email", maybe(254), "phone", maybe(40), "subject", maybe(200),
                    "text", maybe(4000), "internalComment", maybe(4000))));
            for (int r = 0, replies = count(2); r < replies; r++) {
                created("supportCaseReply", api.post("/api/support/cases/" + supportCase + "/replies",
                        map("text", text(4000))));
            }
        }
        for (int i = 0, n = count(2); i < n; i++) {
            created("mailHistory", api.post("/api/mail-history", map("customerId", customerId,
                    "documentType", List.of("QUOTE", "ORDER", "INVOICE", "DOCUMENT").get(random.nextInt(4)),
                    "documentId", 1 + random.nextInt(1000), "name", maybe(200), "email", maybe(254),
                    "phone", maybe(40), "subject", maybe(200), "text", maybe(4000), "replies", maybe(4000),
                    "internalComment", maybe(4000), "sentAt", "2025-03-02T08:00:00Z")));
        }
    }

    private static final List<String> OWN = List.of("customer", "branch", "creditReport", "document", "property");

    private long created(String type, Response response) {
        assertThat(response.status()).as(type + " " + response).isEqualTo(201);
        records.merge(type, 1, Integer::sum);
        transactions |= !OWN.contains(type);
        JsonNode body = response.json();
        return body.get("id").asLong();
    }
}
