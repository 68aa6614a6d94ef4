package se.glomska.erasure;

import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds, through the HTTP API alone, a customer with one record of every type that
 * erasure-rules.md names, each text field holding a distinct marker value {@code <marker>-<field>},
 * and walks the order through delivery, invoicing and payment so that nothing blocks an anonymization.
 */
public final class CustomerHistory {

    public final String marker;
    public long customerId;
    /** Every marker value put in, by the module that holds it. */
    final Map<String, List<String>> markers = new LinkedHashMap<>();
    private String module;
    final Map<String, Long> ids = new LinkedHashMap<>();
    final byte[] pdf;

    private final HttpApi api;

    private CustomerHistory(HttpApi api, String marker, byte[] pdf) {
        this.api = api;
        this.marker = marker;
        this.pdf = pdf;
    }

    /** A long marker value for a text field. */
    String m(String field) {
        return register(marker + "-" + field);
    }

    /** A short marker value, for fields such as numbers and postal codes. */
    private String s(String suffix) {
        return register(marker.substring(0, 8) + "-" + suffix);
    }

    /** A marker e-mail address. */
    private String e(String prefix) {
        return register(prefix + "." + marker.toLowerCase() + "@example.se");
    }

    private String register(String value) {
        if (module != null) {
            markers.computeIfAbsent(module, k -> new java.util.ArrayList<>()).add(value);
        }
        return value;
    }

    public long id(String recordType) {
        return ids.get(recordType);
    }

    public static CustomerHistory build(HttpApi api, String marker) {
        CustomerHistory h = withoutTransactions(api, marker);
        h.addSales();
        h.addCrmAndSupport();
        h.addAccounting();
        return h;
    }

    /** Only the customer's own sub-records: such a customer is offered DELETE. */
    public static CustomerHistory withoutTransactions(HttpApi api, String marker) {
        byte[] pdf = ("%PDF-1.4 " + marker).getBytes();
        CustomerHistory h = new CustomerHistory(api, marker, pdf);
        h.module = "customer";
        h.customerId = created(api.post("/api/customers", h.customer()));
        h.addOwnRecords();
        return h;
    }

    Map<String, Object> customer() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("kind", "PERSON");
        c.put("relation", "CUSTOMER");
        c.put("firstName", m("firstName"));
        c.put("lastName", m("lastName"));
        c.put("name", m("name"));
        c.put("organizationNumber", s("on"));
        c.put("vatNumber", s("vat"));
        c.put("gender", "FEMALE");
        c.put("customerGroup", s("grp"));
        c.put("country", "SE");
        c.put("region", m("region"));
        c.put("deliveryCountry", "NO");
        c.put("acceptsEmailMarketing", true);
        c.put("acceptsPostalMarketing", true);
        c.put("info", m("info"));
        c.put("internalInfo", m("internalInfo"));
        c.put("invoiceAddress", map("companyName", m("inv.companyName"), "attention", m("inv.attention"),
                "line1", m("inv.line1"), "line2", m("inv.line2"), "line3", m("inv.line3"),
                "postalCode", s("ipc"), "city", m("inv.city"),
                "region", m("inv.region"), "country", "SE", "latitude", 59.3293, "longitude", 18.0686));
        c.put("visitAddress", map("companyName", m("vis.companyName"), "line1", m("vis.line1"),
                "line2", m("vis.line2"), "line3", m("vis.line3"),
                "postalCode", s("vpc"), "city", m("vis.city"),
                "region", m("vis.region"), "country", "FI", "latitude", 57.7089, "longitude", 11.9746));
        c.put("contact", map("contactPerson", m("contactPerson"), "phone", s("ph"),
                "mobile", s("mob"), "fax", s("fax"),
                "email", e("c"), "website", register("https://" + marker.toLowerCase() + ".se"),
                "birthDate", "1984-07-23"));
        return c;
    }

    private void addOwnRecords() {
        String base = "/api/customers/" + customerId;
        ids.put("branch", created(api.post(base + "/branches", map("name", m("branch.name"),
                "line1", m("branch.line1"), "line2", m("branch.line2"), "postalCode", s("bpc"),
                "city", m("branch.city"), "country", "SE", "phone", s("bph"),
                "email", e("branch"), "contactPerson", m("branch.contactPerson"),
                "notes", m("branch.notes")))));
        ids.put("creditReport", created(api.post(base + "/credit-reports", map("provider", m("cr.provider"),
                "rating", "AAA", "reportedAt", "2025-01-15", "notes", m("cr.notes"), "fileName", m("cr.fileName"),
                "pdfBase64", Base64.getEncoder().encodeToString(pdf)))));
        ids.put("document", created(api.post(base + "/documents", map("fileName", m("doc.fileName"),
                "description", m("doc.description"),
                "contentBase64", Base64.getEncoder().encodeToString(m("doc.content").getBytes())))));
        Response property = api.put(base + "/properties/hobby", map("value", m("property.value")));
        assertThat(property.status()).as(property.toString()).isEqualTo(200);
    }

    private Map<String, Object> documentAddress(String prefix) {
        return map("name", m(prefix + ".name"), "attention", m(prefix + ".attention"),
                "address", m(prefix + ".address"), "postalCode", s(prefix.charAt(0) + "pc"),
                "city", m(prefix + ".city"), "region", m(prefix + ".region"), "country", "SE");
    }

    private Map<String, Object> dropshipAddress(String prefix) {
        return map("attention", m(prefix + ".attention"), "address", m(prefix + ".address"),
                "postalCode", s(prefix.charAt(0) + "pc"), "city", m(prefix + ".city"),
                "country", "DK");
    }

    static List<Map<String, Object>> lines() {
        return List.of(map("description", "Skruvdragare", "quantity", 2, "unitPrice", 1249.50),
                map("description", "Bits 32 st", "quantity", 1, "unitPrice", 199.00));
    }

    private void addSales() {
        module = "sales";
        ids.put("quote", created(api.post("/api/quotes", map("customerId", customerId,
                "customerReference", m("quote.customerReference"),
                "invoiceAddress", documentAddress("quote.inv"), "deliveryAddress", documentAddress("quote.del"),
                "publishedComment", m("quote.publishedComment"), "terms", m("quote.terms"),
                "internalComment", m("quote.internalComment"), "lines", lines()))));
        long order = created(api.post("/api/orders", map("customerId", customerId,
                "customerReference", m("order.customerReference"),
                "customerOrderReference", m("order.customerOrderReference"),
                "notificationMobile", s("nm"),
                "invoiceAddress", documentAddress("order.inv"), "deliveryAddress", documentAddress("order.del"),
                "publishedComment", m("order.publishedComment"), "terms", m("order.terms"),
                "internalComment", m("order.internalComment"), "lines", lines())));
        ids.put("order", order);
        long delivery = created(api.post("/api/orders/" + order + "/deliveries", map(
                "customerReference", m("delivery.customerReference"),
                "notificationMobile", s("dnm"),
                "invoiceAddress", documentAddress("delivery.inv"), "deliveryAddress", documentAddress("delivery.del"),
                "publishedComment", m("delivery.publishedComment"),
                "internalComment", m("delivery.internalComment"))));
        ids.put("delivery", delivery);
        ids.put("commercialInvoice", created(api.post("/api/deliveries/" + delivery + "/commercial-invoice", map(
                "customer", m("ci.customer"), "name", m("ci.name"), "address", m("ci.address"),
                "postalCode", s("cpc"), "city", m("ci.city"), "country", "NO",
                "recipientOrganizationNumber", s("ron"),
                "recipientVatNumber", s("rvat"), "recipientName", m("ci.recipientName"),
                "recipientEmail", e("ci"),
                "recipientPhone", s("rph")))));
        long dropship = created(api.post("/api/dropship-orders", map("customerId", customerId,
                "orderReference", m("ds.orderReference"), "phone", s("dph"),
                "mobile", s("dmo"), "customerName", m("ds.customerName"),
                "invoiceAddress", dropshipAddress("ds.inv"), "deliveryAddress", dropshipAddress("ds.del"),
                "internalComment", m("ds.internalComment"), "lines", lines())));
        ids.put("dropshipOrder", dropship);
        long purchase = created(api.post("/api/dropship-orders/" + dropship + "/purchases", map(
                "supplierName", "Leverantören AB", "orderReference", m("pu.orderReference"),
                "phone", s("pph"), "mobile", s("pmo"),
                "publishedComment", m("pu.publishedComment"), "customerName", m("pu.customerName"),
                "deliveryAddress", dropshipAddress("pu.del"), "terms", m("pu.terms"),
                "internalComment", m("pu.internalComment"))));
        ids.put("dropshipPurchase", purchase);
        ids.put("inboundDelivery", created(api.post("/api/dropship-purchases/" + purchase + "/inbound-deliveries",
                map("receivedAt", "2025-02-03T09:00:00Z", "country", "DK", "terms", m("in.terms"),
                        "internalComment", m("in.internalComment")))));
        ids.put("contract", created(api.post("/api/contracts", map("customerId", customerId,
                "customerReference", m("contract.customerReference"), "recipient", m("contract.recipient"),
                "email", e("contract"),
                "description", m("contract.description"), "startDate", "2023-01-01", "endDate",
                LocalDate.now().minusDays(1).toString()))));
    }

    private void addCrmAndSupport() {
        module = "crm";
        ids.put("activity", created(api.post("/api/crm/activities", map("customerId", customerId, "kind", "MEETING",
                "subject", m("act.subject"), "notes", m("act.notes"), "contactPerson", m("act.contactPerson"),
                "contactEmail", e("act"),
                "contactPhone", s("aph"), "occursAt", "2025-03-01T10:15:30Z",
                "owner", "salj.kalle"))));
        module = "support";
        long supportCase = created(api.post("/api/support/cases", map("customerId", customerId,
                "name", m("case.name"), "email", e("case"),
                "phone", s("cph"), "subject", m("case.subject"), "text", m("case.text"),
                "internalComment", m("case.internalComment"))));
        ids.put("case", supportCase);
        ids.put("reply", created(api.post("/api/support/cases/" + supportCase + "/replies",
                map("text", m("reply.text")))));
        ids.put("mail", created(api.post("/api/mail-history", map("customerId", customerId,
                "documentType", "ORDER", "documentId", ids.get("order"), "name", m("mail.name"),
                "email", e("mail"), "phone", s("mph"),
                "subject", m("mail.subject"), "text", m("mail.text"), "replies", m("mail.replies"),
                "internalComment", m("mail.internalComment"), "sentAt", "2025-03-02T08:00:00Z"))));
    }

    private Map<String, Object> billTo(String prefix) {
        return map("name", m(prefix + ".name"), "address", m(prefix + ".address"),
                "postalCode", s(prefix.charAt(0) + "pc"), "city", m(prefix + ".city"),
                "country", "SE", "organizationNumber", s("bon"),
                "vatNumber", s("bvat"), "email", e(prefix));
    }

    private void addAccounting() {
        module = "accounting";
        long invoice = created(api.post("/api/invoices", map("customerId", customerId, "orderId", id("order"),
                "billTo", billTo("inv"), "dueDate", "2025-04-30", "lines", lines())));
        ids.put("invoice", invoice);
        long dropshipInvoice = created(api.post("/api/invoices", map("customerId", customerId,
                "dropshipOrderId", id("dropshipOrder"), "billTo", billTo("dsinv"), "dueDate", "2025-04-30",
                "lines", lines())));
        ids.put("dropshipInvoice", dropshipInvoice);
        ids.put("reminder", created(api.post("/api/invoices/" + invoice + "/reminders", map(
                "recipientName", m("rem.recipientName"), "recipientAddress", m("rem.recipientAddress"),
                "recipientEmail", e("rem"), "fee", 60.00))));
        for (long paid : List.of(invoice, dropshipInvoice)) {
            Response payment = api.post("/api/invoices/" + paid + "/payments", map("amount", 2698.00,
                    "paidAt", "2025-04-01"));
            assertThat(payment.status()).as(payment.toString()).isIn(200, 201);
        }
        ids.put("receipt", created(api.post("/api/receipts", map("customerId", customerId,
                "customerName", m("receipt.customerName"),
                "customerEmail", e("receipt"),
                "paidAt", "2025-03-03T12:00:00Z", "paymentMethod", "CARD", "lines", lines()))));
        awaitInvoiced("/api/orders/" + id("order"));
        awaitInvoiced("/api/dropship-orders/" + id("dropshipOrder"));
    }

    /** Sales learns of the invoice through an event, after the invoice's transaction commits. */
    private void awaitInvoiced(String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!api.get(path).json().get("invoiced").asBoolean()) {
            assertThat(Instant.now()).as(path + " marked invoiced in time").isBefore(deadline);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long created(Response response) {
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
