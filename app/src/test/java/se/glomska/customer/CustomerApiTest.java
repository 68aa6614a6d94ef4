package se.glomska.customer;

import org.junit.jupiter.api.Test;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer register over HTTP against the real database. */
class CustomerApiTest extends IntegrationTest {

    static Map<String, Object> person(String first, String last) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "PERSON");
        body.put("relation", "CUSTOMER");
        body.put("firstName", first);
        body.put("lastName", last);
        body.put("organizationNumber", "19800101-1234");
        body.put("gender", "FEMALE");
        body.put("customerGroup", "Privat");
        body.put("country", "SE");
        body.put("region", "Uppsala län");
        body.put("deliveryCountry", "SE");
        body.put("acceptsEmailMarketing", true);
        body.put("acceptsPostalMarketing", false);
        body.put("info", "Ringer helst på förmiddagen");
        body.put("internalInfo", "Stamkund");
        body.put("invoiceAddress", new LinkedHashMap<>(Map.ofEntries(
                Map.entry("companyName", first + " " + last), Map.entry("attention", "Ekonomi"),
                Map.entry("line1", "Storgatan 1"), Map.entry("line2", "Lgh 1101"), Map.entry("line3", "Box 7"),
                Map.entry("postalCode", "753 20"), Map.entry("city", "Uppsala"), Map.entry("region", "Uppsala län"),
                Map.entry("country", "SE"), Map.entry("latitude", 59.858600), Map.entry("longitude", 17.638900))));
        body.put("visitAddress", new LinkedHashMap<>(Map.ofEntries(
                Map.entry("companyName", first + " " + last), Map.entry("line1", "Kungsgatan 2"),
                Map.entry("line2", "Port B"), Map.entry("line3", "Vån 3"), Map.entry("postalCode", "753 21"),
                Map.entry("city", "Uppsala"), Map.entry("region", "Uppsala län"), Map.entry("country", "SE"),
                Map.entry("latitude", 59.8601), Map.entry("longitude", 17.64))));
        body.put("contact", new LinkedHashMap<>(Map.of(
                "contactPerson", "Kontakt", "phone", "018-123456", "mobile", "070-1234567",
                "fax", "018-654321", "email", "kund@example.se", "website", "https://example.se",
                "birthDate", "1980-06-15")));
        return body;
    }

    @Test
    void registersAndShowsTheCardWithEveryField() {
        String first = unique("Anna");
        Response created = api().post("/api/customers", person(first, "Andersson"));

        assertThat(created.status()).isEqualTo(201);
        long id = created.id();
        assertThat(created.header("Location")).endsWith("/api/customers/" + id);
        JsonNode card = api().get("/api/customers/" + id).json();
        assertThat(card.get("displayName").asString()).isEqualTo(first + " Andersson");
        assertThat(card.get("customerNumber").asString()).isNotBlank();
        assertThat(card.get("anonymized").asBoolean()).isFalse();
        assertThat(card.get("anonymizedAt").isNull()).isTrue();
        assertThat(card.get("tabs")).hasSize(9);
        assertThat(card.get("organizationNumber").asString()).isEqualTo("19800101-1234");
        assertThat(card.get("gender").asString()).isEqualTo("FEMALE");
        assertThat(card.get("acceptsEmailMarketing").asBoolean()).isTrue();
        assertThat(card.get("info").asString()).isEqualTo("Ringer helst på förmiddagen");
        JsonNode invoice = card.get("invoiceAddress");
        assertThat(invoice.get("line3").asString()).isEqualTo("Box 7");
        assertThat(invoice.get("latitude").decimalValue()).isEqualByComparingTo("59.8586");
        assertThat(card.get("visitAddress").get("line2").asString()).isEqualTo("Port B");
        assertThat(card.get("contact").get("birthDate").asString()).isEqualTo("1980-06-15");
        assertThat(card.get("contact").get("fax").asString()).isEqualTo("018-654321");
    }

    @Test
    void editsTheCard() {
        long id = api().post("/api/customers", person(unique("Bo"), "Berg")).id();
        Map<String, Object> changed = person("Bo", "Ek");
        Response edited = api().put("/api/customers/" + id, changed);

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("lastName").asString()).isEqualTo("Ek");
        assertThat(api().get("/api/customers/" + id).json().get("displayName").asString()).isEqualTo("Bo Ek");
    }

    @Test
    void ordinaryAndAdvancedSearchFindTheCustomer() {
        String last = unique("Sökström");
        long id = api().post("/api/customers", person("Cecilia", last)).id();

        JsonNode byName = api().get("/api/customers?q=" + enc(last.substring(0, last.length() - 2))).json();
        assertThat(byName.get("total").asLong()).isEqualTo(1);
        JsonNode row = byName.get("items").get(0);
        assertThat(row.get("id").asLong()).isEqualTo(id);
        assertThat(row.get("displayName").asString()).isEqualTo("Cecilia " + last);
        assertThat(row.get("relation").asString()).isEqualTo("CUSTOMER");
        assertThat(row.get("city").asString()).isEqualTo("Uppsala");

        String number = api().get("/api/customers/" + id).json().get("customerNumber").asString();
        assertThat(api().get("/api/customers?q=" + number).json().get("items").get(0).get("id").asLong()).isEqualTo(id);
        JsonNode advanced = api().get("/api/customers/search?name=" + enc(last) + "&city=Upps&birthYearFrom=1980"
                + "&birthYearTo=1980&show=CUSTOMERS").json();
        assertThat(advanced.get("total").asLong()).isEqualTo(1);
        assertThat(api().get("/api/customers/search?name=" + enc(last) + "&birthYearFrom=1981").json()
                .get("total").asLong()).isZero();
        assertThat(api().get("/api/customers/search?name=" + enc(last) + "&show=PROSPECTS").json()
                .get("total").asLong()).isZero();
    }

    @Test
    void searchTakesWildcardsLiterally() {
        assertThat(api().get("/api/customers?q=%25").json().get("total").asLong()).isZero();
    }

    @Test
    void keepsBranchesCreditReportsWithPdfDocumentsAndProperties() {
        long id = api().post("/api/customers", person(unique("Dag"), "Dahl")).id();
        String base = "/api/customers/" + id;

        Response branch = api().post(base + "/branches", Map.of("name", "Filial Syd", "line1", "Södergatan 3",
                "postalCode", "211 34", "city", "Malmö", "country", "SE", "phone", "040-1", "email", "syd@example.se",
                "contactPerson", "Eva", "notes", "Öppet vardagar", "line2", "Plan 2"));
        assertThat(branch.status()).isEqualTo(201);
        JsonNode branches = api().get(base + "/branches").json();
        assertThat(branches).hasSize(1);
        assertThat(branches.get(0).get("notes").asString()).isEqualTo("Öppet vardagar");
        assertThat(branches.get(0).get("line2").asString()).isEqualTo("Plan 2");

        byte[] pdf = new byte[70_000];
        new java.util.Random(1).nextBytes(pdf);
        Response report = api().post(base + "/credit-reports", Map.of("provider", "UC", "rating", "AA",
                "reportedAt", "2025-03-01", "notes", "Ingen anmärkning", "fileName", "uc.pdf",
                "pdfBase64", Base64.getEncoder().encodeToString(pdf)));
        assertThat(report.status()).isEqualTo(201);
        JsonNode reports = api().get(base + "/credit-reports").json();
        assertThat(reports.get(0).get("rating").asString()).isEqualTo("AA");
        assertThat(reports.get(0).has("pdfBase64")).isFalse();
        Response file = api().get(base + "/credit-reports/" + report.id() + "/pdf");
        assertThat(file.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(file.bytes()).isEqualTo(pdf);

        byte[] doc = "Avtal, undertecknat".getBytes();
        assertThat(api().post(base + "/documents", Map.of("fileName", "avtal.txt", "description", "Avtal",
                "contentBase64", Base64.getEncoder().encodeToString(doc))).status()).isEqualTo(201);
        JsonNode docs = api().get(base + "/documents").json();
        assertThat(docs.get(0).get("size").asLong()).isEqualTo(doc.length);
        assertThat(api().get(base + "/documents/" + docs.get(0).get("id").asLong() + "/content").bytes()).isEqualTo(doc);

        assertThat(api().put(base + "/properties/kundtyp", Map.of("value", "stamkund")).status()).isEqualTo(200);
        api().put(base + "/properties/kundtyp", Map.of("value", "guld"));
        assertThat(api().get(base + "/properties").json().get("kundtyp").asString()).isEqualTo("guld");
    }

    @Test
    void malformedInputIsRefusedWithTheFieldNamedAndNothingWritten() {
        String last = unique("Fel");
        long before = countByLastName(last);

        Response unknownField = api().post("/api/customers", "{\"kind\":\"PERSON\",\"relation\":\"CUSTOMER\","
                + "\"lastName\":\"" + last + "\",\"shoeSize\":42}");
        assertProblem(unknownField, 400, "shoeSize");

        Map<String, Object> tooLong = person("X", last);
        tooLong.put("organizationNumber", "1".repeat(21));
        assertProblem(api().post("/api/customers", tooLong), 400, "organizationNumber");

        Map<String, Object> badEnum = person("X", last);
        badEnum.put("kind", "ROBOT");
        assertProblem(api().post("/api/customers", badEnum), 400, "kind");

        Map<String, Object> badDate = person("X", last);
        ((Map<String, Object>) badDate.get("contact")).put("birthDate", "1980-13-45");
        assertProblem(api().post("/api/customers", badDate), 400, "contact.birthDate");

        Map<String, Object> badCountry = person("X", last);
        ((Map<String, Object>) badCountry.get("invoiceAddress")).put("country", "Sverige");
        assertProblem(api().post("/api/customers", badCountry), 400, "invoiceAddress.country");

        Map<String, Object> nameless = person(null, null);
        assertProblem(api().post("/api/customers", nameless), 400, "lastName");

        assertProblem(api().post("/api/customers", "{not json"), 400, "body");
        assertThat(countByLastName(last)).isEqualTo(before);
    }

    @Test
    void unknownIdsAnswer404AndBadIds400() {
        assertProblem(api().get("/api/customers/987654321987"), 404, null);
        assertProblem(api().get("/api/customers/abc"), 400, "id");
        assertProblem(api().get("/api/customers/987654321987/branches"), 404, null);
        assertProblem(api().get("/api/customers/search?show=EVERYONE"), 400, "show");
        assertProblem(api().get("/api/customers?size=0"), 400, "size");
    }

    @Test
    void needsAuthentication() {
        Response response = anonymousApi().get("/api/customers?q=a");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    private long countByLastName(String last) {
        return jdbc.sql("SELECT COUNT(*) FROM customer WHERE last_name = ?").param(last).query(Long.class).single();
    }

    static void assertProblem(Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank();
        if (field != null) {
            List<String> fields = new java.util.ArrayList<>();
            body.get("errors").forEach(e -> fields.add(e.get("field").asString()));
            assertThat(fields).contains(field);
        }
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
