package se.glomska.reliability;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import se.glomska.IntegrationTest;
import se.glomska.reliability.ApiCatalogue.BodyEndpoint;
import se.glomska.reliability.ApiCatalogue.Fixture;
import se.glomska.reliability.ApiCatalogue.IdEndpoint;
import se.glomska.reliability.ApiCatalogue.QueryParam;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input catalogue ({@link ApiCatalogue}, run by {@link BadInputCatalogueTest}) is complete:
 * every request mapping the application serves, read from Spring's {@link RequestMappingHandlerMapping},
 * has each of its inputs in it: a request body as a {@link BodyEndpoint} of the same method and path,
 * each query parameter as a {@link QueryParam}, each path variable as an {@link IdEndpoint} (GET) or a
 * body endpoint with {@code {id}} in that place. A new endpoint cannot be left out: the failure names
 * the mapping and the input, and adding it is one entry in {@link ApiCatalogue}.
 */
class BadInputCatalogueCompletenessTest extends IntegrationTest {

    /**
     * Mappings that take input but are not part of the JSON API the catalogue covers, each with its
     * reason: the HTML pages (forms and links answer pages, not application/problem+json). A new page
     * must be added here by hand, which is the decision to leave it out of the catalogue.
     */
    static final Map<String, String> NOT_IN_THE_CATALOGUE = Map.ofEntries(
            Map.entry("GET /customers", "HTML page: customer register (q, page)"),
            Map.entry("GET /customers/search", "HTML page: advanced search form"),
            Map.entry("GET /customers/{id}", "HTML page: customer card (tab)"),
            Map.entry("GET /orders", "HTML page: order list (page)"),
            Map.entry("GET /invoices", "HTML page: invoice list (page)"),
            Map.entry("GET /gdpr", "HTML page: GDPR customer picker (q, customerId)"),
            Map.entry("GET /gdpr/customers/{id}", "HTML page: erasure decision (review)"),
            Map.entry("POST /gdpr/customers/{id}", "HTML form: erasure (action, acknowledged)"),
            Map.entry("GET /invoices/{id}", "HTML page: invoice (restricted for an anonymized customer)"),
            Map.entry("GET /gdpr/customers/{id}/review", "HTML page: the manual check (mentionsOnly, page)"),
            Map.entry("POST /gdpr/customers/{id}/review", "HTML form: one manual-check action (its API twin POST /api/customers/{id}/erasure/review is catalogued)"),
            Map.entry("GET /retention", "HTML page: retention candidates and runs (page)"),
            Map.entry("POST /retention/runs", "HTML form: start a retention run (dryRun; its API twin POST /api/retention/runs is catalogued)"),
            Map.entry("GET /gdpr/requests", "HTML page: the register of erasure requests (status, overdue, page); its API twin GET /api/erasure-requests is catalogued"),
            Map.entry("POST /gdpr/requests", "HTML form: register an erasure request (its API twin POST /api/erasure-requests is catalogued)"),
            Map.entry("POST /gdpr/requests/{id}/extension", "HTML form: extend a request (its API twin is catalogued)"),
            Map.entry("POST /gdpr/requests/{id}/approval", "HTML form: approve a request (its API twin is catalogued)"),
            Map.entry("POST /gdpr/requests/{id}/refusal", "HTML form: refuse a request (its API twin is catalogued)"),
            Map.entry("GET /v3/api-docs", "springdoc-openapi's generated description (apiDocsUrl is springdoc's own)"),
            Map.entry("GET /v3/api-docs.yaml", "springdoc-openapi's generated description (apiDocsUrl is springdoc's own)"),
            Map.entry("DELETE /api/customers/{customerId}/properties/{key}", "the key is text, not an id: its deletion (204, then 404) is tested by ManualCheckTest; wrong keys are not catalogued yet"));

    /** Ids for the catalogue's concrete paths: only their shape matters here. */
    private static final Fixture IDS = new Fixture(11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    /** One input of one mapping. */
    record Input(String method, PathPattern pattern, Kind kind, String name) {
        String mapping() {
            return method + " " + pattern.getPatternString();
        }

        @Override
        public String toString() {
            return mapping() + " — " + switch (kind) {
                case BODY -> "request body: add a BodyEndpoint to ApiCatalogue.bodyEndpoints";
                case QUERY -> "query parameter '" + name + "': add a QueryParam to ApiCatalogue.queryParams";
                case PATH -> "path variable '" + name + "': add an IdEndpoint to ApiCatalogue.idEndpoints"
                        + " (or a BodyEndpoint with {id} in its place, or a PathValue)";
                case MODEL -> "parameters bound to " + name + ": add a QueryParam for each to ApiCatalogue.queryParams";
            };
        }
    }

    enum Kind { BODY, QUERY, PATH, MODEL }

    /** The catalogue's entries, as the test sees them. */
    record Catalogue(List<BodyEndpoint> bodies, List<IdEndpoint> ids, List<QueryParam> params,
                     List<ApiCatalogue.PathValue> values) {
        static Catalogue current() {
            return new Catalogue(ApiCatalogue.bodyEndpoints(IDS), ApiCatalogue.idEndpoints(IDS), ApiCatalogue.queryParams(),
                    ApiCatalogue.pathValues());
        }
    }

    @Test
    void everyInputOfEveryRequestMappingIsInTheCatalogue() {
        assertThat(missing(inputs(), Catalogue.current()))
                .as("request mappings with inputs that the bad-input catalogue (ApiCatalogue) does not try").isEmpty();
    }

    @Test
    void theMappingsAreReadWithEveryKindOfInput() {
        List<String> read = inputs().stream().map(Input::toString).toList();
        assertThat(read).anyMatch(i -> i.startsWith("POST /api/orders — request body"))
                .anyMatch(i -> i.startsWith("GET /api/customers — query parameter 'q'"))
                .anyMatch(i -> i.startsWith("GET /api/customers/{id}/erasure — query parameter 'manualReviewLimit'"))
                .anyMatch(i -> i.startsWith("GET /api/customers/{customerId}/credit-reports/{reportId}/pdf — path variable 'reportId'"))
                .anyMatch(i -> i.startsWith("PUT /api/customers/{id} — request body"));
        assertThat(inputs()).noneMatch(i -> i.pattern().getPatternString().startsWith("/actuator"));
    }

    @Test
    void anInputLeftOutOfTheCatalogueIsReportedByName() {
        Catalogue full = Catalogue.current();
        Catalogue without = new Catalogue(
                full.bodies().stream().filter(b -> !b.name().equals("POST /api/orders")).toList(),
                full.ids().stream().filter(i -> !i.path().equals("/api/quotes/{id}")).toList(),
                full.params().stream().filter(p -> !(p.path().equals("/api/erasures") && p.name().equals("limit"))).toList(),
                full.values());

        List<String> introduced = new ArrayList<>(missing(inputs(), without));
        introduced.removeAll(missing(inputs(), full));
        assertThat(introduced).containsExactlyInAnyOrder(
                "POST /api/orders — request body: add a BodyEndpoint to ApiCatalogue.bodyEndpoints",
                "GET /api/quotes/{id} — path variable 'id': add an IdEndpoint to ApiCatalogue.idEndpoints"
                        + " (or a BodyEndpoint with {id} in its place, or a PathValue)",
                "GET /api/erasures — query parameter 'limit': add a QueryParam to ApiCatalogue.queryParams");
    }

    @Test
    void everyEntryOfTheCatalogueNamesAMappingThatExists() {
        List<Input> inputs = inputs();
        Catalogue catalogue = Catalogue.current();
        List<String> stale = new ArrayList<>();
        for (BodyEndpoint body : catalogue.bodies()) {
            if (inputs.stream().noneMatch(i -> i.kind() == Kind.BODY && i.method().equals(body.method())
                    && matches(i.pattern(), body.concretePath()))) {
                stale.add(body.name());
            }
        }
        for (QueryParam param : catalogue.params()) {
            if (inputs.stream().noneMatch(i -> i.kind() == Kind.QUERY && i.name().equals(param.name())
                    && matches(i.pattern(), param.path()))) {
                stale.add("GET " + param.path() + "?" + param.name());
            }
        }
        for (IdEndpoint id : catalogue.ids()) {
            if (inputs.stream().noneMatch(i -> i.kind() == Kind.PATH && idAt(i, id.method(), id.path(), id.validId()))) {
                stale.add(id.method() + " " + id.path());
            }
        }
        for (ApiCatalogue.PathValue value : catalogue.values()) {
            if (catalogue.bodies().stream().noneMatch(b -> b.name().equals(value.endpoint()))) {
                stale.add(value.endpoint() + " {" + value.variable() + "}");
            }
        }
        assertThat(stale).as("catalogue entries that match no input of any mapping").isEmpty();
        assertThat(NOT_IN_THE_CATALOGUE.keySet())
                .as("pages listed as outside the catalogue that the application does not serve")
                .allMatch(page -> handlerMapping.getHandlerMethods().keySet().stream().anyMatch(info ->
                        info.getPathPatternsCondition().getPatterns().stream().anyMatch(p -> info.getMethodsCondition()
                                .getMethods().stream().anyMatch(m -> page.equals(m.name() + " " + p.getPatternString())))));
    }

    // ---------------------------------------------------------------------------------------------

    /** Every input of every mapping except the pages left out on purpose, in a stable order. */
    private List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).sorted().toList();
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                for (String method : methods) {
                    if (NOT_IN_THE_CATALOGUE.containsKey(method + " " + pattern.getPatternString())) {
                        continue;
                    }
                    for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
                        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                        Input input = input(method, pattern, parameter);
                        if (input != null) {
                            inputs.add(input);
                        }
                    }
                }
            }
        }
        inputs.sort(java.util.Comparator.comparing(Input::toString));
        return inputs;
    }

    /** The input a handler parameter reads from the request, or null for what the framework supplies. */
    private static Input input(String method, PathPattern pattern, MethodParameter parameter) {
        if (parameter.hasParameterAnnotation(RequestBody.class) || parameter.hasParameterAnnotation(RequestPart.class)) {
            return new Input(method, pattern, Kind.BODY, null);
        }
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null) {
            return new Input(method, pattern, Kind.QUERY, name(param.name(), parameter));
        }
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null) {
            return new Input(method, pattern, Kind.PATH, name(variable.name(), parameter));
        }
        Class<?> type = parameter.getParameterType();
        if (Arrays.stream(parameter.getParameterAnnotations()).anyMatch(a -> a.annotationType().getName()
                .startsWith("org.springframework.web.bind.annotation.")) || FRAMEWORK.stream().anyMatch(f -> f.isAssignableFrom(type))
                || type.getName().startsWith("jakarta.servlet.") || type.getName().startsWith("org.springframework.")) {
            return null;
        }
        // Unannotated: Spring binds a simple value from a request parameter of its name, anything else
        // as a model attribute from the request parameters.
        return BeanUtils.isSimpleProperty(type) ? new Input(method, pattern, Kind.QUERY, parameter.getParameterName())
                : new Input(method, pattern, Kind.MODEL, type.getSimpleName());
    }

    private static final List<Class<?>> FRAMEWORK = List.of(Principal.class, Locale.class, java.util.TimeZone.class,
            java.io.InputStream.class, java.io.OutputStream.class, java.io.Reader.class, java.io.Writer.class);

    private static String name(String declared, MethodParameter parameter) {
        return declared.isEmpty() ? parameter.getParameterName() : declared;
    }

    private static List<String> missing(List<Input> inputs, Catalogue catalogue) {
        Set<String> missing = new TreeSet<>();
        for (Input input : inputs) {
            boolean covered = switch (input.kind()) {
                case BODY -> catalogue.bodies().stream().anyMatch(b -> b.method().equals(input.method())
                        && matches(input.pattern(), b.concretePath()));
                case QUERY -> input.method().equals("GET") && catalogue.params().stream()
                        .anyMatch(p -> p.name().equals(input.name()) && matches(input.pattern(), p.path()));
                case PATH -> catalogue.ids().stream().anyMatch(i -> idAt(input, i.method(), i.path(), i.validId()))
                        || catalogue.bodies().stream().anyMatch(b -> b.parent() != null
                        && idAt(input, b.method(), b.path(), b.parent()))
                        || catalogue.values().stream().anyMatch(v -> v.variable().equals(input.name())
                        && catalogue.bodies().stream().anyMatch(b -> b.name().equals(v.endpoint())
                        && b.method().equals(input.method()) && matches(input.pattern(), b.concretePath())
                        && input.pattern().getPatternString().endsWith("/{" + input.name() + "}")));
                case MODEL -> false;
            };
            if (!covered) {
                missing.add(input.toString());
            }
        }
        return List.copyOf(missing);
    }

    /**
     * Whether a catalogue path (a template with {@code {id}}, tried with wrong ids in that place) is the
     * mapping's path with the wrong ids going into the input's path variable.
     */
    private static boolean idAt(Input input, String method, String template, String validId) {
        if (!method.equals(input.method()) || !template.contains("{id}")
                || !matches(input.pattern(), template.replace("{id}", validId))) {
            return false;
        }
        String[] catalogue = template.split("/");
        String[] mapping = input.pattern().getPatternString().split("/");
        for (int i = 0; i < catalogue.length && i < mapping.length; i++) {
            if (catalogue[i].equals("{id}")) {
                return mapping[i].equals("{" + input.name() + "}") || mapping[i].startsWith("{" + input.name() + ":");
            }
        }
        return false;
    }

    private static boolean matches(PathPattern pattern, String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return pattern.matches(PathContainer.parsePath(withoutQuery));
    }
}
