package se.glomska.reliability;

import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.glomska.reliability.FieldSpec.amount;
import static se.glomska.reliability.FieldSpec.base64;
import static se.glomska.reliability.FieldSpec.bool;
import static se.glomska.reliability.FieldSpec.country;
import static se.glomska.reliability.FieldSpec.date;
import static se.glomska.reliability.FieldSpec.email;
import static se.glomska.reliability.FieldSpec.enumeration;
import static se.glomska.reliability.FieldSpec.instant;
import static se.glomska.reliability.FieldSpec.latitude;
import static se.glomska.reliability.FieldSpec.lines;
import static se.glomska.reliability.FieldSpec.longitude;
import static se.glomska.reliability.FieldSpec.object;
import static se.glomska.reliability.FieldSpec.pastDate;
import static se.glomska.reliability.FieldSpec.positiveAmount;
import static se.glomska.reliability.FieldSpec.quantity;
import static se.glomska.reliability.FieldSpec.reference;
import static se.glomska.reliability.FieldSpec.requiredText;
import static se.glomska.reliability.FieldSpec.text;
import static se.glomska.reliability.FieldSpec.uncheckedReference;
import static se.glomska.reliability.JsonBodies.REMOVE;
import static se.glomska.reliability.JsonBodies.map;

/**
 * Every endpoint of {@code docs/api.md} as data: for each endpoint that takes a body, a valid
 * body and the specification of each of its fields (type, column length, required), so that the
 * catalogue can derive the wrong inputs, and the Unicode round trip the valid ones, systematically.
 * The records the endpoints hang under (a customer, orders in the right states, an invoice, ...)
 * are created once through the API by {@link Fixture}.
 */
final class ApiCatalogue {

    /** A rule across fields (e.g. an end date before the start date) and the field the answer names. */
    record BodyRule(String name, UnaryOperator<Map<String, Object>> change, int status, String field) {
    }

    /** How to read back what a POST stored: the stored representation of the created record. */
    interface ReadBack {
        JsonNode read(HttpApi api, JsonNode created);
    }

    /**
     * An endpoint that takes a JSON body. {@code path} may contain {@code {id}} for the record it hangs
     * under ({@code parent}); such paths are also tried with wrong ids.
     */
    record BodyEndpoint(String method, String path, String parent, Map<String, Object> body, List<FieldSpec> fields,
                        List<BodyRule> rules, ReadBack readBack) {

        String name() {
            return method + " " + path;
        }

        String concretePath() {
            return parent == null ? path : path.replace("{id}", parent);
        }

        String pathWith(String id) {
            return path.replace("{id}", id);
        }

        List<FieldSpec> textFields() {
            return fields.stream().filter(FieldSpec::isText).toList();
        }
    }

    /**
     * A path variable of a body endpoint ({@link BodyEndpoint#name()}) that is not an id but a value, the
     * last segment of the path: tried with each wrong value, each answered 400 naming the variable.
     */
    record PathValue(String endpoint, String variable, List<String> wrongValues) {
    }

    /** Every path variable that is a value rather than an id, with its wrong values (URL-encoded). */
    static List<PathValue> pathValues() {
        return List.of(new PathValue("PUT /api/customers/{id}/properties/hobby", "key",
                List.of("a%20b", "x".repeat(101), "%C3%A4%21", "a%27--", "%F0%9F%98%80", "a%22b")));
    }

    /** An endpoint with an id in its path (a GET unless said otherwise), tried with wrong ids in that place. */
    record IdEndpoint(String method, String path, String validId) {
        IdEndpoint(String path, String validId) {
            this("GET", path, validId);
        }
    }

    /** A query parameter of a GET endpoint and its wrong values (each answers 400 naming the parameter). */
    record QueryParam(String path, String name, List<String> wrongValues) {
    }

    /** The records the endpoints hang under, created through the API. */
    record Fixture(long customerId, long freshCustomerId, long openOrderId, long deliveryId, long unpaidInvoiceId,
                   long dropshipOrderId, long purchaseId, long supportCaseId, long creditReportId, long activityId,
                   long quoteId, long contractId, long mailId, long receiptId, long reminderId,
                   long commercialInvoiceId, long inboundDeliveryId, long documentId, long paymentId,
                   long erasureRequestId) {

        static Fixture create(HttpApi api) {
            long customer = created(api.post("/api/customers", map("kind", "PERSON", "relation", "CUSTOMER",
                    "firstName", "Katalog", "lastName", "Kund")));
            long fresh = created(api.post("/api/customers", map("kind", "COMPANY", "relation", "PROSPECT",
                    "name", "Katalog Prospekt AB")));
            long openOrder = created(api.post("/api/orders", map("customerId", customer, "lines", List.of(line()))));
            long deliveredOrder = created(api.post("/api/orders", map("customerId", customer, "lines", List.of(line()))));
            long delivery = created(api.post("/api/orders/" + deliveredOrder + "/deliveries", map()));
            long invoicedOrder = created(api.post("/api/orders", map("customerId", customer, "lines", List.of(line()))));
            created(api.post("/api/orders/" + invoicedOrder + "/deliveries", map()));
            long invoice = created(api.post("/api/invoices", map("customerId", customer, "orderId", invoicedOrder,
                    "billTo", map("name", "Katalog Kund"), "dueDate", "2030-01-31", "lines", List.of(line()))));
            long reminder = created(api.post("/api/invoices/" + invoice + "/reminders",
                    map("recipientName", "Katalog Kund")));
            long dropship = created(api.post("/api/dropship-orders", map("customerId", customer,
                    "lines", List.of(line()))));
            long purchase = created(api.post("/api/dropship-orders/" + dropship + "/purchases",
                    map("supplierName", "Leverantör AB")));
            long receivedDropship = created(api.post("/api/dropship-orders", map("customerId", customer,
                    "lines", List.of(line()))));
            long receivedPurchase = created(api.post("/api/dropship-orders/" + receivedDropship + "/purchases",
                    map("supplierName", "Leverantör AB")));
            long inbound = created(api.post("/api/dropship-purchases/" + receivedPurchase + "/inbound-deliveries",
                    map("receivedAt", "2025-02-03T09:00:00Z")));
            long commercialInvoice = created(api.post("/api/deliveries/" + delivery + "/commercial-invoice",
                    map("customer", "Katalog Kund")));
            long deliveryWithoutCommercialInvoice = created(api.post("/api/orders/"
                    + created(api.post("/api/orders", map("customerId", customer, "lines", List.of(line()))))
                    + "/deliveries", map()));
            long supportCase = created(api.post("/api/support/cases", map("customerId", customer, "subject", "Katalog")));
            long creditReport = created(api.post("/api/customers/" + customer + "/credit-reports", map(
                    "provider", "UC", "reportedAt", "2025-01-15",
                    "pdfBase64", Base64.getEncoder().encodeToString("%PDF-1.4 katalog".getBytes()))));
            long activity = created(api.post("/api/crm/activities", map("customerId", customer, "kind", "CALL",
                    "occursAt", "2025-03-01T10:15:30Z")));
            long quote = created(api.post("/api/quotes", map("customerId", customer, "lines", List.of(line()))));
            long contract = created(api.post("/api/contracts", map("customerId", customer, "startDate", "2024-01-01",
                    "endDate", "2024-12-31")));
            long mail = created(api.post("/api/mail-history", map("customerId", customer, "documentType", "ORDER",
                    "documentId", openOrder, "sentAt", "2025-03-02T08:00:00Z")));
            long receipt = created(api.post("/api/receipts", map("paidAt", "2025-03-03T12:00:00Z",
                    "paymentMethod", "CARD", "lines", List.of(line()))));
            long document = created(api.post("/api/customers/" + customer + "/documents", map(
                    "fileName", "katalog.txt", "contentBase64",
                    Base64.getEncoder().encodeToString("katalog".getBytes()))));
            long payment = ok(api.post("/api/invoices/" + invoice + "/payments", map("amount", 1,
                    "paidAt", "2025-03-04")), 201).get("id").asLong();
            awaitInvoiced(api, "/api/orders/" + invoicedOrder);
            long erasureRequest = created(api.post("/api/erasure-requests", map("customerId", customer,
                    "receivedAt", "2025-03-01", "channel", "LETTER", "reference", "ÄR-katalog")));
            return new Fixture(customer, fresh, openOrder, deliveryWithoutCommercialInvoice, invoice, dropship,
                    purchase, supportCase, creditReport, activity, quote, contract, mail, receipt, reminder,
                    commercialInvoice, inbound, document, payment, erasureRequest);
        }
    }

    static Map<String, Object> line() {
        return map("description", "Skruvdragare", "quantity", new BigDecimal("2"), "unitPrice", new BigDecimal("1249.50"));
    }

    private static List<FieldSpec> lineFields(String path) {
        return List.of(requiredText(path + "[0].description", 500), quantity(path + "[0].quantity"),
                amount(path + "[0].unitPrice", true));
    }

    private static List<FieldSpec> documentAddress(String prefix) {
        return List.of(object(prefix, false), text(prefix + ".name", 200), text(prefix + ".attention", 200),
                text(prefix + ".address", 200), text(prefix + ".postalCode", 20), text(prefix + ".city", 100),
                text(prefix + ".region", 100), country(prefix + ".country"));
    }

    private static Map<String, Object> documentAddressBody() {
        return map("name", "Anna Andersson", "attention", "Ekonomi", "address", "Storgatan 1", "postalCode", "111 22",
                "city", "Stockholm", "region", "Stockholms län", "country", "SE");
    }

    private static List<FieldSpec> dropshipAddress(String prefix) {
        return List.of(object(prefix, false), text(prefix + ".attention", 200), text(prefix + ".address", 200),
                text(prefix + ".postalCode", 20), text(prefix + ".city", 100), country(prefix + ".country"));
    }

    private static Map<String, Object> dropshipAddressBody() {
        return map("attention", "Bo Ek", "address", "Strandvejen 2", "postalCode", "2100", "city", "København",
                "country", "DK");
    }

    @SafeVarargs
    private static List<FieldSpec> fields(List<FieldSpec>... groups) {
        List<FieldSpec> all = new ArrayList<>();
        for (List<FieldSpec> group : groups) {
            all.addAll(group);
        }
        return all;
    }

    static Map<String, Object> customerBody() {
        return map("kind", "PERSON", "relation", "CUSTOMER", "firstName", "Anna", "lastName", "Andersson",
                "name", "Anna Andersson", "organizationNumber", "850108-4134", "vatNumber", "SE850108413401",
                "gender", "FEMALE", "customerGroup", "Privat", "country", "SE", "region", "Stockholms län",
                "deliveryCountry", "SE", "acceptsEmailMarketing", true, "acceptsPostalMarketing", false,
                "info", "Kund sedan 2016", "internalInfo", "Ring före leverans",
                "invoiceAddress", map("companyName", "Anna Andersson", "attention", "Anna", "line1", "Skolgatan 14",
                        "line2", "Lgh 1101", "line3", "c/o Berg", "postalCode", "903 26", "city", "Umeå",
                        "region", "Västerbottens län", "country", "SE", "latitude", new BigDecimal("63.831973"),
                        "longitude", new BigDecimal("20.288999")),
                "visitAddress", map("companyName", "Anna Andersson", "line1", "Skolgatan 14", "line2", "Port 2",
                        "line3", "Våning 3", "postalCode", "903 26", "city", "Umeå", "region", "Västerbottens län",
                        "country", "SE", "latitude", new BigDecimal("63.8258"), "longitude", new BigDecimal("20.263")),
                "contact", map("contactPerson", "Anna Andersson", "phone", "016-564779", "mobile", "075-727 74 87",
                        "fax", "016-564770", "email", "anna.andersson@example.se", "website", "https://example.se",
                        "birthDate", "1985-01-08"));
    }

    private static List<FieldSpec> customerFields() {
        return List.of(
                enumeration("kind", true, "PERSON", "COMPANY"), enumeration("relation", true, "CUSTOMER", "PROSPECT"),
                text("firstName", 100), text("lastName", 100), text("name", 200), text("organizationNumber", 20),
                text("vatNumber", 20), enumeration("gender", false, "FEMALE", "MALE", "OTHER"),
                text("customerGroup", 50), country("country"), text("region", 100), country("deliveryCountry"),
                bool("acceptsEmailMarketing"), bool("acceptsPostalMarketing"), text("info", 10000),
                text("internalInfo", 10000),
                object("invoiceAddress", false), text("invoiceAddress.companyName", 200),
                text("invoiceAddress.attention", 200), text("invoiceAddress.line1", 200),
                text("invoiceAddress.line2", 200), text("invoiceAddress.line3", 200),
                text("invoiceAddress.postalCode", 20), text("invoiceAddress.city", 100),
                text("invoiceAddress.region", 100), country("invoiceAddress.country"),
                latitude("invoiceAddress.latitude"), longitude("invoiceAddress.longitude"),
                object("visitAddress", false), text("visitAddress.companyName", 200), text("visitAddress.line1", 200),
                text("visitAddress.line2", 200), text("visitAddress.line3", 200), text("visitAddress.postalCode", 20),
                text("visitAddress.city", 100), text("visitAddress.region", 100), country("visitAddress.country"),
                latitude("visitAddress.latitude"), longitude("visitAddress.longitude"),
                object("contact", false), text("contact.contactPerson", 200), text("contact.phone", 40),
                text("contact.mobile", 40), text("contact.fax", 40), email("contact.email", 254),
                text("contact.website", 254), pastDate("contact.birthDate", false));
    }

    private static List<BodyRule> customerRules() {
        return List.of(
                new BodyRule("a person without first or last name",
                        b -> JsonBodies.with(JsonBodies.with(b, "firstName", REMOVE), "lastName", "  "), 400, "lastName"),
                new BodyRule("a company without a name",
                        b -> JsonBodies.with(JsonBodies.with(b, "kind", "COMPANY"), "name", REMOVE), 400, "name"));
    }

    /** Reads a created record back with GET {@code prefix + id}. */
    private static ReadBack byId(String prefix) {
        return (api, created) -> ok(api.get(prefix + created.get("id").asLong()));
    }

    /** Reads a created sub-record back from the list it belongs to. */
    private static ReadBack fromList(String listPath) {
        return (api, created) -> {
            for (JsonNode item : ok(api.get(listPath))) {
                if (item.get("id").asLong() == created.get("id").asLong()) {
                    return item;
                }
            }
            throw new AssertionError("created record " + created.get("id") + " not in " + listPath);
        };
    }

    static List<BodyEndpoint> bodyEndpoints(Fixture f) {
        String customer = "/api/customers/" + f.customerId();
        List<BodyEndpoint> all = new ArrayList<>();
        all.add(new BodyEndpoint("POST", "/api/customers", null, customerBody(), customerFields(), customerRules(),
                byId("/api/customers/")));
        all.add(new BodyEndpoint("PUT", "/api/customers/{id}", String.valueOf(f.customerId()), customerBody(),
                customerFields(), customerRules(), byId("/api/customers/")));
        all.add(new BodyEndpoint("POST", "/api/customers/{id}/branches", String.valueOf(f.customerId()),
                map("name", "Filial Göteborg", "line1", "Hamngatan 4", "line2", "Plan 2", "postalCode", "411 14",
                        "city", "Göteborg", "country", "SE", "phone", "031-123456", "email", "filial@example.se",
                        "contactPerson", "Kajsa Lund", "notes", "Öppet vardagar"),
                List.of(requiredText("name", 200), text("line1", 200), text("line2", 200), text("postalCode", 20),
                        text("city", 100), country("country"), text("phone", 40), email("email", 254),
                        text("contactPerson", 200), text("notes", 10000)),
                List.of(), fromList(customer + "/branches")));
        all.add(new BodyEndpoint("POST", "/api/customers/{id}/credit-reports", String.valueOf(f.customerId()),
                map("provider", "UC", "rating", "AAA", "reportedAt", "2025-01-15", "notes", "Inga anmärkningar",
                        "fileName", "uc-rapport.pdf",
                        "pdfBase64", Base64.getEncoder().encodeToString("%PDF-1.4 rapport".getBytes())),
                List.of(requiredText("provider", 100), text("rating", 20), pastDate("reportedAt", true),
                        text("notes", 10000), text("fileName", 255), base64("pdfBase64", false)),
                List.of(), fromList(customer + "/credit-reports")));
        all.add(new BodyEndpoint("POST", "/api/customers/{id}/documents", String.valueOf(f.customerId()),
                map("fileName", "avtal.txt", "description", "Avtal", "contentBase64",
                        Base64.getEncoder().encodeToString("avtal".getBytes())),
                List.of(requiredText("fileName", 255), text("description", 1000), base64("contentBase64", true)),
                List.of(), fromList(customer + "/documents")));
        all.add(new BodyEndpoint("PUT", "/api/customers/{id}/properties/hobby", String.valueOf(f.customerId()),
                map("value", "Segling"), List.of(text("value", 2000)), List.of(),
                (api, created) -> map2json(ok(api.get(customer + "/properties")), "hobby")));

        all.add(new BodyEndpoint("POST", "/api/quotes", null,
                map("customerId", f.customerId(), "customerReference", "Anna", "invoiceAddress", documentAddressBody(),
                        "deliveryAddress", documentAddressBody(), "publishedComment", "Tack för förfrågan",
                        "terms", "30 dagar netto", "internalComment", "Ring Anna", "lines", List.of(line())),
                fields(List.of(reference("customerId", true, 404), text("customerReference", 100)),
                        documentAddress("invoiceAddress"), documentAddress("deliveryAddress"),
                        List.of(text("publishedComment", 2000), text("terms", 2000), text("internalComment", 2000),
                                lines("lines", 500)), lineFields("lines")),
                List.of(), byId("/api/quotes/")));
        all.add(new BodyEndpoint("POST", "/api/orders", null,
                map("customerId", f.customerId(), "customerReference", "Anna", "customerOrderReference", "PO-17",
                        "notificationMobile", "070-1234567", "invoiceAddress", documentAddressBody(),
                        "deliveryAddress", documentAddressBody(), "publishedComment", "Tack för ordern",
                        "terms", "30 dagar netto", "internalComment", "Packa väl", "lines", List.of(line())),
                fields(List.of(reference("customerId", true, 404), text("customerReference", 100),
                                text("customerOrderReference", 100), text("notificationMobile", 40)),
                        documentAddress("invoiceAddress"), documentAddress("deliveryAddress"),
                        List.of(text("publishedComment", 2000), text("terms", 2000), text("internalComment", 2000),
                                lines("lines", 500)), lineFields("lines")),
                List.of(), byId("/api/orders/")));
        all.add(new BodyEndpoint("POST", "/api/orders/{id}/deliveries", String.valueOf(f.openOrderId()),
                map("customerReference", "Anna", "notificationMobile", "070-1234567",
                        "invoiceAddress", documentAddressBody(), "deliveryAddress", documentAddressBody(),
                        "publishedComment", "Levereras tisdag", "internalComment", "Bärhjälp"),
                fields(List.of(text("customerReference", 100), text("notificationMobile", 40)),
                        documentAddress("invoiceAddress"), documentAddress("deliveryAddress"),
                        List.of(text("publishedComment", 2000), text("internalComment", 2000))),
                List.of(), byId("/api/deliveries/")));
        all.add(new BodyEndpoint("POST", "/api/deliveries/{id}/commercial-invoice", String.valueOf(f.deliveryId()),
                map("customer", "Anna Andersson", "name", "Anna", "address", "Storgatan 1", "postalCode", "0150",
                        "city", "Oslo", "country", "NO", "recipientOrganizationNumber", "987654321",
                        "recipientVatNumber", "NO987654321MVA", "recipientName", "Ola Nordmann",
                        "recipientEmail", "ola@example.no", "recipientPhone", "+47 22 00 00 00"),
                List.of(text("customer", 200), text("name", 200), text("address", 200), text("postalCode", 20),
                        text("city", 100), country("country"), text("recipientOrganizationNumber", 20),
                        text("recipientVatNumber", 20), text("recipientName", 200), email("recipientEmail", 254),
                        text("recipientPhone", 40)),
                List.of(), byId("/api/commercial-invoices/")));
        all.add(new BodyEndpoint("POST", "/api/dropship-orders", null,
                map("customerId", f.customerId(), "orderReference", "DS-1", "phone", "08-123456",
                        "mobile", "070-1234567", "customerName", "Bo Ek", "invoiceAddress", dropshipAddressBody(),
                        "deliveryAddress", dropshipAddressBody(), "internalComment", "Direktleverans",
                        "lines", List.of(line())),
                fields(List.of(reference("customerId", true, 404), text("orderReference", 100), text("phone", 40),
                                text("mobile", 40), text("customerName", 200)),
                        dropshipAddress("invoiceAddress"), dropshipAddress("deliveryAddress"),
                        List.of(text("internalComment", 2000), lines("lines", 500)), lineFields("lines")),
                List.of(), byId("/api/dropship-orders/")));
        all.add(new BodyEndpoint("POST", "/api/dropship-orders/{id}/purchases", String.valueOf(f.dropshipOrderId()),
                map("supplierName", "Leverantören AB", "orderReference", "INK-1", "phone", "08-654321",
                        "mobile", "070-7654321", "publishedComment", "Skicka direkt", "customerName", "Bo Ek",
                        "deliveryAddress", dropshipAddressBody(), "terms", "Fritt levererat",
                        "internalComment", "Bekräftad"),
                fields(List.of(requiredText("supplierName", 200), text("orderReference", 100), text("phone", 40),
                                text("mobile", 40), text("publishedComment", 2000), text("customerName", 200)),
                        dropshipAddress("deliveryAddress"),
                        List.of(text("terms", 2000), text("internalComment", 2000))),
                List.of(), byId("/api/dropship-purchases/")));
        all.add(new BodyEndpoint("POST", "/api/dropship-purchases/{id}/inbound-deliveries",
                String.valueOf(f.purchaseId()),
                map("receivedAt", "2025-02-03T09:00:00Z", "country", "DK", "terms", "Fritt levererat",
                        "internalComment", "Kvitterad"),
                List.of(instant("receivedAt", true), country("country"), text("terms", 2000),
                        text("internalComment", 2000)),
                List.of(), byId("/api/inbound-deliveries/")));
        all.add(new BodyEndpoint("POST", "/api/contracts", null,
                map("customerId", f.customerId(), "customerReference", "Anna", "recipient", "Anna Andersson",
                        "email", "anna@example.se", "description", "Serviceavtal", "startDate", "2023-01-01",
                        "endDate", "2023-12-31"),
                List.of(reference("customerId", true, 404), text("customerReference", 100), text("recipient", 200),
                        email("email", 254), text("description", 2000), date("startDate", true),
                        date("endDate", false)),
                List.of(new BodyRule("an end date before the start date",
                        b -> JsonBodies.with(b, "endDate", "2022-12-31"), 400, "periodValid")),
                byId("/api/contracts/")));

        all.add(new BodyEndpoint("POST", "/api/crm/activities", null,
                map("customerId", f.customerId(), "kind", "MEETING", "status", "PLANNED", "subject", "Möte",
                        "notes", "Diskutera avtal", "contactPerson", "Anna", "contactEmail", "anna@example.se",
                        "contactPhone", "070-1234567", "occursAt", "2025-03-01T10:15:30Z", "owner", "salj.kalle"),
                List.of(reference("customerId", false, 400),
                        enumeration("kind", true, "CALL", "MEETING", "EMAIL", "TASK", "EVENT"),
                        enumeration("status", false, "PLANNED", "DONE", "CANCELLED"), text("subject", 200),
                        text("notes", 4000), text("contactPerson", 200), text("contactEmail", 254),
                        text("contactPhone", 40), instant("occursAt", true), text("owner", 100)),
                List.of(), byId("/api/crm/activities/")));

        all.add(new BodyEndpoint("POST", "/api/support/cases", null,
                map("customerId", f.customerId(), "name", "Anna Andersson", "email", "anna@example.se",
                        "phone", "070-1234567", "subject", "Trasig leverans", "text", "Kartongen var trasig",
                        "internalComment", "Skicka ny"),
                List.of(reference("customerId", true, 400), text("name", 200), text("email", 254), text("phone", 40),
                        text("subject", 200), text("text", 4000), text("internalComment", 4000)),
                List.of(), byId("/api/support/cases/")));
        all.add(new BodyEndpoint("POST", "/api/support/cases/{id}/replies", String.valueOf(f.supportCaseId()),
                map("text", "Vi skickar en ny."), List.of(requiredText("text", 4000)), List.of(),
                (api, created) -> {
                    for (JsonNode reply : ok(api.get("/api/support/cases/" + f.supportCaseId())).get("replies")) {
                        if (reply.get("id").asLong() == created.get("id").asLong()) {
                            return reply;
                        }
                    }
                    throw new AssertionError("reply " + created.get("id") + " not on its case");
                }));
        all.add(new BodyEndpoint("POST", "/api/mail-history", null,
                map("customerId", f.customerId(), "documentType", "ORDER", "documentId", f.openOrderId(),
                        "name", "Anna Andersson", "email", "anna@example.se", "phone", "070-1234567",
                        "subject", "Orderbekräftelse", "text", "Tack för din order", "replies", "Tack!",
                        "internalComment", "Skickad", "sentAt", "2025-03-02T08:00:00Z"),
                List.of(reference("customerId", true, 400),
                        enumeration("documentType", true, "QUOTE", "ORDER", "INVOICE", "DOCUMENT"),
                        uncheckedReference("documentId"), text("name", 200), text("email", 254), text("phone", 40),
                        text("subject", 200), text("text", 4000), text("replies", 4000),
                        text("internalComment", 4000), instant("sentAt", true)),
                List.of(), byId("/api/mail-history/")));

        all.add(new BodyEndpoint("POST", "/api/invoices", null,
                map("customerId", f.customerId(), "orderId", f.openOrderId(),
                        "billTo", map("name", "Anna Andersson", "address", "Storgatan 1, 111 22 Stockholm",
                                "postalCode", "111 22", "city", "Stockholm", "country", "SE",
                                "organizationNumber", "850108-4134", "vatNumber", "SE850108413401",
                                "email", "anna@example.se"),
                        "dueDate", "2030-04-30", "lines", List.of(line())),
                fields(List.of(reference("customerId", true, 404), reference("orderId", false, 404),
                                object("billTo", true), requiredText("billTo.name", 200),
                                text("billTo.address", 300), text("billTo.postalCode", 20), text("billTo.city", 100),
                                country("billTo.country"), text("billTo.organizationNumber", 30),
                                text("billTo.vatNumber", 30), email("billTo.email", 254), date("dueDate", true),
                                lines("lines", 1000)), lineFields("lines")),
                List.of(new BodyRule("both an order and a dropship order",
                                b -> JsonBodies.with(b, "dropshipOrderId", f.dropshipOrderId()), 400,
                                "oneOrderReference"),
                        new BodyRule("neither an order nor a dropship order",
                                b -> JsonBodies.with(b, "orderId", REMOVE), 400, "oneOrderReference")),
                byId("/api/invoices/")));
        all.add(new BodyEndpoint("POST", "/api/invoices/{id}/payments", String.valueOf(f.unpaidInvoiceId()),
                map("amount", new BigDecimal("1.00"), "paidAt", "2025-04-01"),
                List.of(positiveAmount("amount"), date("paidAt", true)), List.of(), null));
        all.add(new BodyEndpoint("POST", "/api/invoices/{id}/reminders", String.valueOf(f.unpaidInvoiceId()),
                map("recipientName", "Anna Andersson", "recipientAddress", "Storgatan 1, 111 22 Stockholm",
                        "recipientEmail", "anna@example.se", "fee", new BigDecimal("60.00")),
                List.of(requiredText("recipientName", 200), text("recipientAddress", 300),
                        email("recipientEmail", 254), amount("fee", false)),
                List.of(), byId("/api/reminders/")));
        all.add(new BodyEndpoint("POST", "/api/receipts", null,
                map("customerId", f.customerId(), "customerName", "Anna Andersson", "customerEmail", "anna@example.se",
                        "paidAt", "2025-03-03T12:00:00Z", "paymentMethod", "CARD", "lines", List.of(line())),
                fields(List.of(reference("customerId", false, 404), text("customerName", 200),
                                email("customerEmail", 254), instant("paidAt", true),
                                requiredText("paymentMethod", 30), lines("lines", 1000)), lineFields("lines")),
                List.of(new BodyRule("a customer name without a customer",
                        b -> JsonBodies.with(b, "customerId", REMOVE), 400, "customerDetailsLinked")),
                (api, created) -> {
                    JsonNode receipt = ok(api.get("/api/receipts/" + created.get("id").asLong()));
                    // The customer's name and e-mail are kept apart from the receipt: answered under customer.
                    return new tools.jackson.databind.ObjectMapper().valueToTree(map(
                            "customerName", receipt.get("customer").get("name").asString(),
                            "customerEmail", receipt.get("customer").get("email").asString(),
                            "paymentMethod", receipt.get("paymentMethod").asString(),
                            "lines", receipt.get("lines")));
                }));

        all.add(new BodyEndpoint("POST", "/api/customers/{id}/erasure/review", String.valueOf(f.customerId()),
                map("module", "customer", "recordType", "customer", "recordId", f.customerId(), "field", "info",
                        "action", "KEEP"),
                List.of(requiredText("module", 50), requiredText("recordType", 50),
                        reference("recordId", true, 404), requiredText("field", 64),
                        enumeration("action", true, "CLEAR", "REDACT", "KEEP")),
                List.of(),
                null));
        // A valid body starts a run over the customers inactive for three years (none in the tests' real time)
        all.add(new BodyEndpoint("POST", "/api/retention/runs", null, map("dryRun", true),
                List.of(bool("dryRun")),
                List.of(new BodyRule("without dryRun", b -> JsonBodies.with(b, "dryRun", REMOVE), 400, "dryRun"),
                        new BodyRule("dryRun null", b -> JsonBodies.with(b, "dryRun", null), 400, "dryRun")),
                null));
        all.add(new BodyEndpoint("POST", "/api/erasure-requests", null,
                map("customerId", f.customerId(), "receivedAt", "2025-03-01", "channel", "EMAIL",
                        "reference", "ÄR-2025-0001"),
                List.of(reference("customerId", true, 404), pastDate("receivedAt", true),
                        enumeration("channel", true, "EMAIL", "LETTER", "PHONE", "IN_PERSON", "WEB"),
                        requiredText("reference", 100)),
                List.of(),
                byId("/api/erasure-requests/")));
        String request = String.valueOf(f.erasureRequestId());
        all.add(new BodyEndpoint("POST", "/api/erasure-requests/{id}/extension", request,
                map("until", "2025-05-01", "reason", "Många begäranden samtidigt"),
                List.of(date("until", true), requiredText("reason", 500)),
                List.of(new BodyRule("past three months after receipt", b -> JsonBodies.with(b, "until", "2025-06-02"),
                                400, "until"),
                        new BodyRule("not after the due date", b -> JsonBodies.with(b, "until", "2025-03-15"), 400,
                                "until")),
                null));
        all.add(new BodyEndpoint("POST", "/api/erasure-requests/{id}/refusal", request,
                map("reason", "Rättslig förpliktelse, art. 17(3)(b)"),
                List.of(requiredText("reason", 500)),
                List.of(),
                null));
        all.add(new BodyEndpoint("POST", "/api/erasure-requests/{id}/approval", request,
                map("action", "ANONYMIZE", "acknowledged", true, "whenUnblocked", true),
                List.of(enumeration("action", true, "DELETE", "ANONYMIZE"), bool("whenUnblocked")),
                List.of(new BodyRule("without acknowledged", b -> JsonBodies.with(b, "acknowledged", REMOVE), 400,
                                "acknowledged"),
                        new BodyRule("acknowledged false", b -> JsonBodies.with(b, "acknowledged", false), 400,
                                "acknowledged")),
                null));
        all.add(new BodyEndpoint("POST", "/api/customers/{id}/erasure", String.valueOf(f.freshCustomerId()),
                map("action", "DELETE", "acknowledged", true),
                List.of(enumeration("action", true, "DELETE", "ANONYMIZE")),
                List.of(new BodyRule("NONE as the action", b -> JsonBodies.with(b, "action", "NONE"), 400, "action"),
                        new BodyRule("without acknowledged", b -> JsonBodies.with(b, "acknowledged", REMOVE), 400,
                                "acknowledged"),
                        new BodyRule("acknowledged false", b -> JsonBodies.with(b, "acknowledged", false), 400,
                                "acknowledged"),
                        new BodyRule("acknowledged as a word", b -> JsonBodies.with(b, "acknowledged", "yes please"),
                                400, "acknowledged")),
                null));
        return all;
    }

    /** Every GET with an id in its path, with a valid id to vary. */
    static List<IdEndpoint> idEndpoints(Fixture f) {
        String c = String.valueOf(f.customerId());
        return List.of(
                new IdEndpoint("/api/customers/{id}", c),
                new IdEndpoint("/api/customers/{id}/branches", c),
                new IdEndpoint("/api/customers/{id}/credit-reports", c),
                new IdEndpoint("/api/customers/{id}/documents", c),
                new IdEndpoint("/api/customers/{id}/properties", c),
                new IdEndpoint("/api/customers/{id}/erasure", c),
                new IdEndpoint("/api/customers/{id}/personal-data", c),
                new IdEndpoint("/api/customers/" + c + "/credit-reports/{id}/pdf", String.valueOf(f.creditReportId())),
                new IdEndpoint("/api/customers/{id}/credit-reports/" + f.creditReportId() + "/pdf", c),
                new IdEndpoint("/api/quotes/{id}", String.valueOf(f.quoteId())),
                new IdEndpoint("/api/orders/{id}", String.valueOf(f.openOrderId())),
                new IdEndpoint("/api/deliveries/{id}", String.valueOf(f.deliveryId())),
                new IdEndpoint("/api/commercial-invoices/{id}", String.valueOf(f.commercialInvoiceId())),
                new IdEndpoint("/api/dropship-orders/{id}", String.valueOf(f.dropshipOrderId())),
                new IdEndpoint("/api/dropship-purchases/{id}", String.valueOf(f.purchaseId())),
                new IdEndpoint("/api/inbound-deliveries/{id}", String.valueOf(f.inboundDeliveryId())),
                new IdEndpoint("/api/contracts/{id}", String.valueOf(f.contractId())),
                new IdEndpoint("/api/crm/activities/{id}", String.valueOf(f.activityId())),
                new IdEndpoint("/api/support/cases/{id}", String.valueOf(f.supportCaseId())),
                new IdEndpoint("/api/mail-history/{id}", String.valueOf(f.mailId())),
                new IdEndpoint("/api/invoices/{id}", String.valueOf(f.unpaidInvoiceId())),
                new IdEndpoint("/api/reminders/{id}", String.valueOf(f.reminderId())),
                new IdEndpoint("/api/receipts/{id}", String.valueOf(f.receiptId())),
                new IdEndpoint("/api/payments/{id}", String.valueOf(f.paymentId())),
                new IdEndpoint("/api/customers/{id}/documents/" + f.documentId() + "/content", c),
                new IdEndpoint("/api/customers/" + c + "/documents/{id}/content", String.valueOf(f.documentId())),
                new IdEndpoint("/api/customers/{id}/erasure/review", c),
                new IdEndpoint("/api/retention/runs/{id}", "1"),
                new IdEndpoint("/api/erasure-requests/{id}", String.valueOf(f.erasureRequestId())),
                // an unknown customer or document, or one of another customer: 404, nothing deleted
                new IdEndpoint("DELETE", "/api/customers/{id}/documents/" + f.documentId(), c),
                new IdEndpoint("DELETE", "/api/customers/" + c + "/documents/{id}", String.valueOf(f.documentId())));
    }

    private static final List<String> PAGE = List.of("-1", "abc", "99999999999");
    private static final List<String> SIZE = List.of("0", "201", "-5", "abc");

    /** Every query parameter of the list and search endpoints, with its wrong values. */
    static List<QueryParam> queryParams() {
        List<QueryParam> all = new ArrayList<>();
        all.add(new QueryParam("/api/customers", "q", List.of("x".repeat(201), "å".repeat(201))));
        all.add(new QueryParam("/api/customers", "page", List.of("-1", "100001", "abc", "99999999999")));
        all.add(new QueryParam("/api/customers", "size", SIZE));
        String search = "/api/customers/search";
        for (Map.Entry<String, Integer> text : Map.of("name", 200, "customerNumber", 20, "organizationNumber", 20,
                "email", 254, "phone", 40, "city", 100, "postalCode", 20, "customerGroup", 50, "country", 2).entrySet()) {
            all.add(new QueryParam(search, text.getKey(), List.of("x".repeat(text.getValue() + 1))));
        }
        all.add(new QueryParam(search, "birthYearFrom", List.of("abc", "1799", "2201", "1985.5")));
        all.add(new QueryParam(search, "birthYearTo", List.of("abc", "1799", "2201")));
        all.add(new QueryParam(search, "show", List.of("EVERYTHING", "all", "' OR 1=1 --")));
        all.add(new QueryParam(search, "page", List.of("-1", "100001", "abc")));
        all.add(new QueryParam(search, "size", SIZE));
        for (String list : List.of("/api/quotes", "/api/orders", "/api/crm/activities", "/api/support/cases",
                "/api/mail-history", "/api/invoices")) {
            all.add(new QueryParam(list, "customerId", List.of("abc", "1 OR 1=1", "99999999999999999999")));
            all.add(new QueryParam(list, "page", PAGE));
            all.add(new QueryParam(list, "size", SIZE));
        }
        all.add(new QueryParam("/api/erasures", "limit", List.of("0", "1001", "abc", "-1")));
        all.add(new QueryParam("/api/erasure-requests", "status", List.of("OPEN", "done", "' OR 1=1 --")));
        all.add(new QueryParam("/api/erasure-requests", "overdue", List.of("abc", "2")));
        all.add(new QueryParam("/api/erasure-requests", "page", PAGE));
        all.add(new QueryParam("/api/erasure-requests", "size", SIZE));
        all.add(new QueryParam("/api/customers/1/erasure", "manualReviewLimit", List.of("-1", "abc", "1000001")));
        String review = "/api/customers/1/erasure/review";
        all.add(new QueryParam(review, "mentionsOnly", List.of("abc", "2")));
        all.add(new QueryParam(review, "page", List.of("-1", "100001", "abc")));
        all.add(new QueryParam(review, "size", List.of("0", "501", "abc")));
        all.add(new QueryParam("/api/retention/candidates", "page", List.of("-1", "100001", "abc")));
        all.add(new QueryParam("/api/retention/candidates", "size", SIZE));
        all.add(new QueryParam("/api/retention/runs", "page", List.of("-1", "100001", "abc")));
        all.add(new QueryParam("/api/retention/runs", "size", SIZE));
        return all;
    }

    static long created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    static JsonNode ok(Response response) {
        return ok(response, 200);
    }

    static JsonNode ok(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json();
    }

    private static JsonNode map2json(JsonNode properties, String key) {
        return new tools.jackson.databind.ObjectMapper().valueToTree(map("value", properties.get(key).asString()));
    }

    /** Sales learns of an invoice through an event after the invoice's transaction commits. */
    static void awaitInvoiced(HttpApi api, String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!api.get(path).json().get("invoiced").asBoolean()) {
            assertThat(Instant.now()).as(path + " marked invoiced in time").isBefore(deadline);
            sleep(50);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A derived table of {@code 10^k >= n} rows (column {@code i}, from 1), for bulk inserts with
     * INSERT ... SELECT on any MariaDB version, without recursion limits.
     */
    static String numbers(int n) {
        String digits = "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 "
                + "UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
        StringBuilder sql = new StringBuilder("(SELECT 1");
        StringBuilder from = new StringBuilder();
        int k = 0;
        for (int size = 1; size < n; size *= 10, k++) {
            sql.append(" + d").append(k).append(".d * ").append(size);
            from.append(k == 0 ? " FROM " : ", ").append(digits).append(" d").append(k);
        }
        return sql.append(" AS i").append(from).append(") numbers").toString();
    }

    static String today() {
        return LocalDate.now().toString();
    }

    private ApiCatalogue() {
    }
}
