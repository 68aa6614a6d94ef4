package se.glomska.reliability;

import se.glomska.erasure.ErasureChecks;
import org.junit.jupiter.api.Test;
import se.glomska.DatabaseSnapshot;
import se.glomska.IntegrationTest;
import se.glomska.reliability.ApiCatalogue.BodyEndpoint;
import se.glomska.reliability.ApiCatalogue.BodyRule;
import se.glomska.reliability.ApiCatalogue.Fixture;
import se.glomska.reliability.ApiCatalogue.IdEndpoint;
import se.glomska.reliability.ApiCatalogue.QueryParam;
import se.glomska.reliability.FieldSpec.Mutation;
import se.glomska.reliability.RawHttp.Answer;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input catalogue: every endpoint of api.md × every field of its body × every wrong value of
 * the field's type (too long for its column, wrong JSON type, invalid enum value, impossible date,
 * negative or over-precise amount, unknown or non-numeric id, missing when required), plus malformed
 * JSON, unknown fields, wrong content types, bodies over the size limit, wrong ids in paths and wrong
 * query parameters. Each must be refused with the exact status (400, 404, 413; 415 for a body that
 * is not JSON at all) as {@code application/problem+json} naming the problem ({@code errors[].field}
 * for a field), never a 500, and must write nothing: the row counts and highest ids of every table and
 * the customer the PUTs aim at are compared after each endpoint's inputs, and every table's checksum
 * over the whole catalogue. The inputs of one endpoint are sent four at a time.
 */
class BadInputCatalogueTest extends IntegrationTest {

    private static final long LIMIT = 12_000_000;

    /** One wrong request and what it must be answered with. */
    record BadInput(String category, String endpoint, String description, String method, String path,
                    String contentType, byte[] body, long oversize, boolean chunked, int status, String field) {

        Answer send(RawHttp http) {
            return oversize > 0 ? http.oversized(method, path, oversize, chunked)
                    : http.send(method, path, contentType, body);
        }

        @Override
        public String toString() {
            return "[" + category + "] " + method + " " + path + " — " + description;
        }
    }

    @Test
    void everyBadInputIsRefusedWithAProblemNamingItAndWritesNothing() throws Exception {
        Fixture fixture = Fixture.create(api());
        ErasureChecks.awaitEventsCompleted(jdbc);
        List<BadInput> inputs = catalogue(fixture);
        RawHttp http = new RawHttp(port, OPERATOR, PASSWORD);

        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, List<BadInput>> byEndpoint = inputs.stream()
                .collect(Collectors.groupingBy(BadInput::endpoint, java.util.LinkedHashMap::new, Collectors.toList()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Map.Entry<String, List<BadInput>> endpoint : byEndpoint.entrySet()) {
                Map<String, List<Long>> counts = rowCounts();
                String card = customerState(fixture);
                List<Future<Answer>> answers = new ArrayList<>();
                for (BadInput input : endpoint.getValue()) {
                    answers.add(pool.submit(() -> input.send(http)));
                }
                for (int i = 0; i < answers.size(); i++) {
                    BadInput input = endpoint.getValue().get(i);
                    Answer answer = answers.get(i).get();
                    byStatus.merge(answer.status(), 1, Integer::sum);
                    List<String> problems = check(input, answer);
                    if (!problems.isEmpty()) {
                        failures.add(input + "\n      answered " + answer + "\n      " + problems);
                    }
                }
                // Nothing written: no table gained or lost rows, and the customer the PUTs aim at is unchanged.
                Map<String, List<Long>> after = rowCounts();
                if (!after.equals(counts)) {
                    failures.add(endpoint.getKey() + ": wrote rows " + difference(counts, after));
                }
                if (!customerState(fixture).equals(card)) {
                    failures.add(endpoint.getKey() + ": changed customer " + fixture.customerId());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, Long> perCategory = inputs.stream()
                .collect(Collectors.groupingBy(BadInput::category, TreeMap::new, Collectors.counting()));
        System.out.printf("Bad-input catalogue: %d inputs over %d endpoints; by kind %s; answered %s%n",
                inputs.size(), inputs.stream().map(BadInput::endpoint).distinct().count(), perCategory, byStatus);
        assertThat(failures).as("inputs answered wrongly (%d of %d)", failures.size(), inputs.size()).isEmpty();
        assertThat(DatabaseSnapshot.of(jdbc)).as("no table changed over the whole catalogue").isEqualTo(before);
    }

    // ---------------------------------------------------------------------------------------------
    // The catalogue

    private List<BadInput> catalogue(Fixture fixture) {
        List<BadInput> inputs = new ArrayList<>();
        for (BodyEndpoint endpoint : ApiCatalogue.bodyEndpoints(fixture)) {
            bodyInputs(endpoint, inputs);
        }
        for (IdEndpoint endpoint : ApiCatalogue.idEndpoints(fixture)) {
            for (WrongId id : WRONG_IDS) {
                inputs.add(new BadInput("id in path", endpoint.method() + " " + endpoint.path(), id.description,
                        endpoint.method(),
                        endpoint.path().replace("{id}", id.text), null, null, 0, false, id.status,
                        id.fieldFor(endpoint.path())));
            }
        }
        for (QueryParam param : ApiCatalogue.queryParams()) {
            for (String value : param.wrongValues()) {
                String shown = value.length() > 30 ? value.substring(0, 12) + "…(" + value.length() + ")" : value;
                inputs.add(new BadInput("query parameter", "GET " + param.path(), param.name() + "=" + shown, "GET",
                        param.path() + "?" + param.name() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8),
                        null, null, 0, false, 400, param.name()));
            }
        }
        return inputs;
    }

    /** A wrong id in a path; {@code field} null: the path variable, or none for 404. */
    private record WrongId(String text, String description, int status, String field) {
        WrongId(String text, String description, int status) {
            this(text, description, status, null);
        }

        String fieldFor(String template) {
            return field != null ? field : status == 400 ? pathVariable(template) : null;
        }
    }

    private static final List<WrongId> WRONG_IDS = List.of(
            new WrongId("abc", "a word as the id", 400),
            new WrongId("99999999999999999999", "an id larger than a long", 400),
            new WrongId("%27%20OR%201=1", "an SQL fragment as the id", 400),
            new WrongId("%C3%A5%C3%A4%C3%B6", "åäö as the id", 400),
            new WrongId(String.valueOf(Long.MAX_VALUE), "an unknown id", 404),
            new WrongId("-1", "a negative id", 404),
            // refused by the security firewall before any controller runs
            new WrongId("1%3B2", "an encoded semicolon in the id", 400, "path"),
            new WrongId("%2e%2e", "an encoded .. as the id", 400, "path"));

    /**
     * Bodies sent without a length are counted while they are read, so each costs the server 12 MB of
     * reading: tried on the endpoints that take the largest bodies (documents, credit reports) and a few
     * others, rather than on all.
     */
    private static final java.util.Set<String> CHUNKED = java.util.Set.of("POST /api/customers",
            "POST /api/customers/{id}/documents", "POST /api/customers/{id}/credit-reports", "POST /api/invoices",
            "PUT /api/customers/{id}/properties/hobby", "POST /api/customers/{id}/erasure");

    /** Any field: the location of a syntax error is wherever the parser stopped. */
    private static final String ANY = "*";

    private void bodyInputs(BodyEndpoint endpoint, List<BadInput> inputs) {
        String path = endpoint.concretePath();
        String valid = JsonBodies.json(objectMapper, endpoint.body());
        for (FieldSpec field : endpoint.fields()) {
            for (Mutation mutation : field.mutations(ApiCatalogue.line())) {
                Map<String, Object> body = mutation.value() instanceof FieldSpec.UnknownInside
                        ? JsonBodies.with(endpoint.body(), field.path() + ".unknownField", "x")
                        : JsonBodies.with(endpoint.body(), field.path(), mutation.value());
                inputs.add(json("field: " + field.type().name().toLowerCase(), endpoint, path,
                        field.path() + " " + mutation.name(), JsonBodies.json(objectMapper, body),
                        mutation.status(), mutation.field()));
            }
        }
        for (BodyRule rule : endpoint.rules()) {
            inputs.add(json("rule across fields", endpoint, path, rule.name(),
                    JsonBodies.json(objectMapper, rule.change().apply(endpoint.body())), rule.status(), rule.field()));
        }
        Map<String, Object> withUnknown = JsonBodies.with(endpoint.body(), "unknownTopLevel", 1);
        inputs.add(json("unknown field", endpoint, path, "an unknown top-level field",
                JsonBodies.json(objectMapper, withUnknown), 400, "unknownTopLevel"));
        for (Map.Entry<String, String> malformed : malformedJson(valid).entrySet()) {
            inputs.add(json("malformed JSON", endpoint, path, malformed.getKey(), malformed.getValue(), 400, ANY));
        }
        inputs.add(new BadInput("malformed JSON", endpoint.name(), "invalid UTF-8 inside a string", endpoint.method(),
                path, "application/json", invalidUtf8(valid), 0, false, 400, ANY));
        for (String type : new String[]{"text/plain", null, "application/x-www-form-urlencoded"}) {
            inputs.add(new BadInput("not JSON content", endpoint.name(), "content type " + type, endpoint.method(), path,
                    type, valid.getBytes(StandardCharsets.UTF_8), 0, false, 415, null));
        }
        inputs.add(new BadInput("over the size limit", endpoint.name(), (LIMIT + 1) + " bytes with Content-Length",
                endpoint.method(), path, null, null, LIMIT + 1, false, 413, null));
        if (CHUNKED.contains(endpoint.name())) {
            inputs.add(new BadInput("over the size limit", endpoint.name(), (LIMIT + 100_000) + " bytes chunked",
                    endpoint.method(), path, null, null, LIMIT + 100_000, true, 413, null));
        }
        if (endpoint.parent() != null) {
            for (WrongId id : WRONG_IDS) {
                inputs.add(json("id in path", endpoint, endpoint.pathWith(id.text), id.description, valid,
                        id.status, id.fieldFor(endpoint.path())));
            }
        }
        for (ApiCatalogue.PathValue value : ApiCatalogue.pathValues()) {
            if (value.endpoint().equals(endpoint.name())) {
                String base = endpoint.concretePath().substring(0, endpoint.concretePath().lastIndexOf('/') + 1);
                for (String wrong : value.wrongValues()) {
                    inputs.add(json("id in path", endpoint, base + wrong, value.variable() + " " + wrong, valid, 400,
                            value.variable()));
                }
            }
        }
    }

    private static Map<String, String> malformedJson(String valid) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("cut off in the middle", valid.substring(0, valid.length() / 2));
        m.put("a missing value", "{\"a\":}");
        m.put("single quotes", valid.replace('"', '\''));
        m.put("a comment", "/* comment */ " + valid);
        m.put("not JSON at all", "customer=1&name=x");
        m.put("an empty body", "");
        m.put("JSON null", "null");
        m.put("an array instead of an object", "[]");
        m.put("a string instead of an object", "\"text\"");
        m.put("nested 5000 levels deep", "[".repeat(5000) + "]".repeat(5000));
        m.put("an unterminated string", "{\"a\":\"" + "x".repeat(100));
        return m;
    }

    private static byte[] invalidUtf8(String valid) {
        int quote = valid.indexOf("\":\"");
        if (quote < 0) {
            quote = valid.indexOf('{');
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("{\"a\":\"".getBytes(StandardCharsets.UTF_8));
            out.writeBytes(new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
            out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(valid.substring(0, quote + 3).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        out.writeBytes(valid.substring(quote + 3).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static BadInput json(String category, BodyEndpoint endpoint, String path, String description, String json,
                                 int status, String field) {
        return new BadInput(category, endpoint.name(), description, endpoint.method(), path, "application/json",
                json.getBytes(StandardCharsets.UTF_8), 0, false, status, field);
    }

    /** The name under which a controller declares the id that the template's {@code {id}} stands for. */
    private static String pathVariable(String template) {
        if (template.matches("/api/customers/\\d+/credit-reports/\\{id}/pdf")) {
            return "reportId";
        }
        if (template.matches("/api/customers/\\d+/documents/\\{id}(/content)?")) {
            return "documentId";
        }
        if (template.matches("/api/customers/\\{id}/(branches|credit-reports|documents|properties).*")) {
            return "customerId";
        }
        return "id";
    }

    // ---------------------------------------------------------------------------------------------
    // The checks

    private List<String> check(BadInput input, Answer answer) {
        List<String> problems = new ArrayList<>();
        if (answer.status() != input.status()) {
            problems.add("expected status " + input.status());
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            problems.add("not problem+json");
            return problems;
        }
        JsonNode problem;
        try {
            problem = objectMapper.readTree(answer.body());
        } catch (RuntimeException e) {
            problems.add("body is not JSON");
            return problems;
        }
        for (String member : List.of("type", "title", "detail")) {
            if (!problem.hasNonNull(member) || problem.get(member).asString().isBlank()) {
                problems.add("no " + member);
            }
        }
        if (!problem.hasNonNull("status") || problem.get("status").asInt() != answer.status()) {
            problems.add("status member differs");
        }
        if (input.field() != null) {
            List<String> fields = new ArrayList<>();
            if (problem.has("errors")) {
                problem.get("errors").forEach(e -> fields.add(e.path("field").asString()));
            }
            if (!names(fields, input.field())) {
                problems.add("errors[].field " + fields + " does not name " + input.field());
            }
        }
        String text = answer.text();
        for (String leak : List.of("Exception", "SQLState", "at se.glomska", "at org.", "jdbc:")) {
            if (text.contains(leak)) {
                problems.add("leaks internals (" + leak + ")");
            }
        }
        return problems;
    }

    private String customerState(Fixture fixture) {
        return api().get("/api/customers/" + fixture.customerId()).text()
                + api().get("/api/customers/" + fixture.customerId() + "/properties").text();
    }

    private String rowCountSql;

    /**
     * Whether the answer's fields name the expected one: exactly; {@code *}: any field; {@code ~path}:
     * the field or an object enclosing it (a number too long for the parser is refused before the
     * parser knows the field's name).
     */
    private static boolean names(List<String> fields, String expected) {
        if (expected.equals(ANY)) {
            return !fields.isEmpty() && fields.stream().noneMatch(String::isBlank);
        }
        if (expected.startsWith("~")) {
            String path = expected.substring(1);
            return fields.stream().anyMatch(f -> f.equals(path) || f.equals("body")
                    || path.startsWith(f + ".") || path.startsWith(f + "["));
        }
        return fields.contains(expected);
    }

    /** Rows and highest id of every table: a cheap check after each input that nothing was inserted or deleted. */
    private Map<String, List<Long>> rowCounts() {
        if (rowCountSql == null) {
            List<Map<String, Object>> tables = jdbc.sql("""
                    SELECT t.TABLE_NAME AS name, MAX(c.COLUMN_NAME = 'id' AND c.DATA_TYPE = 'bigint') AS numbered
                    FROM information_schema.TABLES t
                    JOIN information_schema.COLUMNS c ON c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME
                    WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'
                    GROUP BY t.TABLE_NAME""").query().listOfRows();
            rowCountSql = tables.stream()
                    .map(t -> "SELECT '" + t.get("name") + "' AS t, COUNT(*) AS n, "
                            + (((Number) t.get("numbered")).intValue() == 1 ? "COALESCE(MAX(id), 0)" : "0")
                            + " AS m FROM " + t.get("name"))
                    .collect(Collectors.joining(" UNION ALL "));
        }
        Map<String, List<Long>> counts = new TreeMap<>();
        jdbc.sql(rowCountSql).query(rs -> {
            counts.put(rs.getString("t"), List.of(rs.getLong("n"), rs.getLong("m")));
        });
        return counts;
    }

    private static String difference(Map<String, List<Long>> before, Map<String, List<Long>> after) {
        return after.entrySet().stream()
                .filter(e -> !Objects.equals(before.get(e.getKey()), e.getValue()))
                .map(e -> e.getKey() + " " + before.get(e.getKey()) + "→" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
