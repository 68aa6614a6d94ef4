package se.glomska.reliability;

import org.junit.jupiter.api.Test;
import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import se.glomska.erasure.Markers;
import se.glomska.reliability.ApiCatalogue.BodyEndpoint;
import se.glomska.reliability.ApiCatalogue.Fixture;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.glomska.reliability.ApiCatalogue.created;
import static se.glomska.reliability.ApiCatalogue.line;
import static se.glomska.reliability.JsonBodies.map;

/**
 * Valid but awkward text — Swedish letters, SQL metacharacters, emoji and other characters outside
 * the Basic Multilingual Plane, right-to-left text with bidirectional controls, combining and
 * invisible characters, control characters, and text filling a column to its last character — in
 * every text field of every endpoint that stores text: each is stored (2xx, never a 500) and read
 * back exactly, character for character. Search finds such text and takes LIKE wildcards and SQL in
 * the search term literally.
 */
class UnicodeRoundTripTest extends IntegrationTest {

    /** The awkward texts; each is cut to fit a field (never inside a surrogate pair). */
    static final Map<String, String> TEXTS = texts();

    private static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("Swedish", "Åsa Öberg-Ängström, Västgötagatan 7, Malmö — åäö ÅÄÖ é ü ß");
        texts.put("SQL metacharacters", "Robert'); DROP TABLE customer; -- \" ` \\ % _ /* */ OR '1'='1");
        texts.put("emoji and astral characters", "😀 Kund 👍🏽 🇸🇪 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠜎 ⚙️ 👨‍👩‍👧");
        texts.put("right-to-left", "שלום עולם مرحبا بالعالم \u200F\u202Eabc\u202C \u2067ltr\u2069");
        texts.put("combining and invisible", "e\u0301 a\u030A \u200B\u200D\uFEFF zero width, nbsp\u00A0here");
        texts.put("control characters", "tab\there, new\nline, return\r, nul\u0000byte, bell\u0007");
        return texts;
    }

    /** Valid e-mail addresses with awkward characters, for fields validated as e-mail addresses. */
    private static final List<String> EMAILS = List.of("åsa.öberg@exempel.se", "o'brien+x_y%z@example.se");

    @Test
    void awkwardTextInEveryTextFieldIsStoredAndReadBackExactly() {
        HttpApi api = api();
        Fixture fixture = Fixture.create(api);
        List<String> failures = new ArrayList<>();
        int inputs = 0;
        int fields = 0;
        for (BodyEndpoint endpoint : ApiCatalogue.bodyEndpoints(fixture)) {
            if (endpoint.readBack() == null || endpoint.textFields().isEmpty()) {
                continue;
            }
            List<Map.Entry<String, Fill>> variants = new ArrayList<>();
            TEXTS.forEach((name, text) -> variants.add(Map.entry(name, max -> fit(text, max))));
            variants.add(Map.entry("ö to the last character", max -> "ö".repeat(max)));
            variants.add(Map.entry("emoji to the last character", max -> "😀".repeat(max / 2)));
            int v = 0;
            for (Map.Entry<String, Fill> variant : variants) {
                Map<String, Object> body = freshParent(api, fixture, endpoint);
                String path = path(api, fixture, endpoint);
                for (FieldSpec field : endpoint.textFields()) {
                    Object value = field.type() == FieldSpec.Type.EMAIL ? EMAILS.get(v % EMAILS.size())
                            : variant.getValue().fill(field.max());
                    body = JsonBodies.with(body, field.path(), value);
                }
                v++;
                inputs++;
                Response response = endpoint.method().equals("PUT") ? api.put(path, body) : api.post(path, body);
                if (response.status() != 200 && response.status() != 201) {
                    failures.add(endpoint.name() + " with " + variant.getKey() + ": " + response);
                    continue;
                }
                JsonNode stored = endpoint.readBack().read(api, response.json());
                for (FieldSpec field : endpoint.textFields()) {
                    fields++;
                    Object sent = JsonBodies.get(body, field.path());
                    JsonNode read = at(stored, field.path());
                    if (read == null || !read.isString() || !read.asString().equals(sent)) {
                        failures.add(endpoint.name() + " with " + variant.getKey() + ": " + field.path()
                                + " read back as " + (read == null ? "nothing" : read.toString()));
                    }
                }
            }
        }
        System.out.printf("Unicode round trip: %d requests, %d text fields read back%n", inputs, fields);
        assertThat(failures).isEmpty();
    }

    @Test
    void searchFindsAwkwardTextAndTakesWildcardsAndSqlLiterally() {
        HttpApi api = api();
        String m = Markers.next();
        Map<String, Long> customers = new LinkedHashMap<>();
        for (Map.Entry<String, String> text : TEXTS.entrySet()) {
            String lastName = fit(m + " " + text.getValue(), 100);
            customers.put(lastName, created(api.post("/api/customers", map("kind", "PERSON", "relation", "CUSTOMER",
                    "lastName", lastName, "invoiceAddress", map("city", fit(m + text.getValue(), 100))))));
        }
        int searches = 0;
        for (Map.Entry<String, Long> customer : customers.entrySet()) {
            String name = customer.getKey();
            // ordinary search by the beginning of the name, and advanced search by name and by city
            for (String query : List.of("/api/customers?q=", "/api/customers/search?name=")) {
                JsonNode found = search(api, query + encode(fit(name, 30)));
                searches++;
                assertThat(ids(found)).as(query + name).contains(customer.getValue());
                // The display name is the stored name without the surrounding white space (DisplayName).
                assertThat(displayNameOf(found, customer.getValue())).isEqualTo(name.strip().trim());
            }
        }
        for (Map.Entry<String, String> text : TEXTS.entrySet()) {
            JsonNode byCity = search(api, "/api/customers/search?city=" + encode(fit(m + text.getValue(), 100)));
            searches++;
            assertThat(byCity.get("total").asLong()).as("city " + text.getKey()).isEqualTo(1);
        }

        // LIKE wildcards in the search term match only themselves.
        String w = Markers.next();
        long plain = created(api.post("/api/customers", map("kind", "PERSON", "relation", "CUSTOMER",
                "lastName", w + "abc")));
        long percent = created(api.post("/api/customers", map("kind", "PERSON", "relation", "CUSTOMER",
                "lastName", w + "%_b")));
        assertThat(ids(search(api, "/api/customers?q=" + encode(w + "%")))).containsExactly(percent);
        assertThat(ids(search(api, "/api/customers?q=" + encode(w + "_")))).isEmpty();
        assertThat(ids(search(api, "/api/customers/search?name=" + encode(w + "%_")))).containsExactly(percent);
        assertThat(ids(search(api, "/api/customers?q=" + encode(w)))).containsExactlyInAnyOrder(plain, percent);
        searches += 4;

        // SQL in any search parameter is a search term like any other.
        Map<String, Integer> parameters = Map.of("/api/customers?q=", 200, "/api/customers/search?name=", 200,
                "/api/customers/search?email=", 254, "/api/customers/search?city=", 100,
                "/api/customers/search?customerNumber=", 20, "/api/customers/search?postalCode=", 20,
                "/api/customers/search?phone=", 40, "/api/customers/search?customerGroup=", 50);
        for (String term : List.of("' OR '1'='1", "'; DROP TABLE customer; --", "\\", "%", "_", "\" OR \"\"=\"")) {
            for (Map.Entry<String, Integer> parameter : parameters.entrySet()) {
                String query = parameter.getKey();
                String sql = fit(term, Math.min(term.length(), parameter.getValue()));
                JsonNode found = search(api, query + encode(sql));
                searches++;
                for (JsonNode item : found.get("items")) {
                    assertThat(item.get("displayName").asString() + " " + item.path("city").asString())
                            .as(query + sql).contains(sql);
                }
            }
        }
        System.out.printf("Unicode and SQL search: %d searches%n", searches);
    }

    // ---------------------------------------------------------------------------------------------

    private interface Fill {
        String fill(int max);
    }

    /** The text cut to at most {@code max} UTF-16 units (the validated length), not inside a surrogate pair. */
    static String fit(String text, int max) {
        StringBuilder out = new StringBuilder();
        while (out.length() < max) {
            for (int i = 0; i < text.length() && out.length() < max; ) {
                int cp = text.codePointAt(i);
                if (out.length() + Character.charCount(cp) > max) {
                    return out.toString();
                }
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        return out.toString();
    }

    /** A body whose parent record can take one more child (a delivery per order, an invoice per order, ...). */
    private Map<String, Object> freshParent(HttpApi api, Fixture fixture, BodyEndpoint endpoint) {
        if (endpoint.path().equals("/api/invoices")) {
            long order = created(api.post("/api/orders", map("customerId", fixture.customerId(), "lines", List.of(line()))));
            return JsonBodies.with(endpoint.body(), "orderId", order);
        }
        return endpoint.body();
    }

    private String path(HttpApi api, Fixture fixture, BodyEndpoint endpoint) {
        String customer = String.valueOf(fixture.customerId());
        return switch (endpoint.path()) {
            case "/api/orders/{id}/deliveries" -> endpoint.pathWith(String.valueOf(
                    created(api.post("/api/orders", map("customerId", fixture.customerId(), "lines", List.of(line()))))));
            case "/api/deliveries/{id}/commercial-invoice" -> endpoint.pathWith(String.valueOf(created(api.post(
                    "/api/orders/" + created(api.post("/api/orders", map("customerId", fixture.customerId(),
                            "lines", List.of(line())))) + "/deliveries", map()))));
            case "/api/dropship-purchases/{id}/inbound-deliveries" -> endpoint.pathWith(String.valueOf(
                    created(api.post("/api/dropship-orders/" + fixture.dropshipOrderId() + "/purchases",
                            map("supplierName", "Leverantör AB")))));
            default -> endpoint.parent() == null ? endpoint.path() : endpoint.concretePath().replace("{id}", customer);
        };
    }

    private static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            String name = bracket < 0 ? step : step.substring(0, bracket);
            current = current == null ? null : current.get(name);
            if (bracket >= 0 && current != null) {
                current = current.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
            }
        }
        return current;
    }

    private static JsonNode search(HttpApi api, String path) {
        Response response = api.get(path);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        return response.json();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private static String displayNameOf(JsonNode page, long id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asLong() == id) {
                return item.get("displayName").asString();
            }
        }
        return null;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
