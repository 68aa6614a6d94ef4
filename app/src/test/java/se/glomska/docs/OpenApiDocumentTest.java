package se.glomska.docs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.glomska.IntegrationTest;
import se.glomska.HttpApi;
import tools.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description at {@code /v3/api-docs} is generated from the controllers: every endpoint of the JSON API
 * that Spring serves (read from its handler mappings, not from a list of ours) appears in it with its method, and
 * every operation names the problem+json answers. It is behind login like the rest of the API.
 */
class OpenApiDocumentTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointAppearsInTheOpenApiDescription() {
        HttpApi.Response answer = clerkApi().get("/v3/api-docs");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode paths = answer.json().get("paths");

        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                assertThat(methods).as("an API mapping names its methods: " + pattern).isNotEmpty();
                for (RequestMethod method : methods) {
                    served.add(method + " " + pattern);
                }
            }
        }
        Set<String> described = new TreeSet<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation ->
                described.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertThat(served).as("the application serves API endpoints").hasSizeGreaterThan(40);
        assertThat(described).as("endpoints missing from /v3/api-docs").containsAll(served);
    }

    @Test
    void everyOperationNamesItsProblemAnswers() {
        JsonNode document = clerkApi().get("/v3/api-docs").json();
        assertThat(document.at("/components/schemas/Problem/properties").has("type")).isTrue();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode responses = operation.getValue().get("responses");
            for (String status : new String[] {"400", "401", "403", "404", "409"}) {
                assertThat(responses.at("/" + status + "/content").has("application/problem+json"))
                        .as(operation.getKey() + " " + path.getKey() + " answers " + status + " as problem+json")
                        .isTrue();
            }
        }));
    }

    @Test
    void theDescriptionIsBehindLogin() {
        assertThat(anonymousApi().get("/v3/api-docs").status()).isEqualTo(401);
        HttpApi.Response swaggerUi = anonymousApi().get("/swagger-ui/index.html");
        assertThat(swaggerUi.status()).as("Swagger UI sends a stranger to the login page").isEqualTo(302);
        assertThat(swaggerUi.header("Location")).endsWith("/login");
    }
}
