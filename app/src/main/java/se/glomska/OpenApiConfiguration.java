package se.glomska;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OpenAPI description generated from the controllers by springdoc-openapi ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}, both behind login). It adds what the annotations of the controllers do not say: HTTP
 * Basic, and the problem+json answers (RFC 9457) every endpoint can give, with the problem types of docs/api.md.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** The answers every operation may give besides its own; the problem types are listed in docs/api.md. */
    private static final Map<String, String> COMMON_PROBLEMS = new LinkedHashMap<>();

    static {
        COMMON_PROBLEMS.put("400", "urn:glomska:problem:validation — malformed input or a broken rule; `errors` names each field");
        COMMON_PROBLEMS.put("401", "urn:glomska:problem:unauthenticated — no or wrong credentials");
        COMMON_PROBLEMS.put("403", "urn:glomska:problem:forbidden — the role does not allow it");
        COMMON_PROBLEMS.put("404", "urn:glomska:problem:unknown-… — no such record (or the customer is anonymized where its records can no longer be gathered)");
        COMMON_PROBLEMS.put("409", "urn:glomska:problem:anonymized-customer, erasure-refused, … — conflicts with the current state");
        COMMON_PROBLEMS.put("413", "urn:glomska:problem:too-large — the body is larger than glomska.max-request-bytes");
        COMMON_PROBLEMS.put("503", "urn:glomska:problem:unavailable — the database is down or busy; try again");
    }

    @Bean
    OpenAPI glomskaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Glömska API")
                        .description("The customer register, sales, CRM, support and accounting of Glömska, and the "
                                + "GDPR erasure across them. The contract in words: docs/api.md; the erasure rules: "
                                + "docs/erasure-rules.md. Every error is application/problem+json (RFC 9457).")
                        .version("0.1"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    OpenApiCustomizer problemAnswers() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            // springdoc drops component schemas that nothing referenced before the customizers ran
            if (openApi.getComponents() == null) {
                openApi.components(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(OpenApiConfiguration::addProblems));
        };
    }

    private static void addProblems(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        COMMON_PROBLEMS.forEach((status, description) -> {
            ApiResponse existing = responses.get(status);
            if (existing == null) {
                responses.addApiResponse(status, new ApiResponse().description(description).content(problemContent()));
            } else if (existing.getContent() == null || existing.getContent().get(PROBLEM_JSON) == null) {
                Content content = existing.getContent() == null ? new Content() : existing.getContent();
                existing.content(content.addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            }
        });
        operation.setResponses(responses);
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema().description("the JSON path or parameter"));
        fieldError.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.addProperty("type", new StringSchema().format("uri").example("urn:glomska:problem:validation"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema().format("uri"));
        problem.addProperty("errors", new ArraySchema().items(fieldError));
        return problem;
    }
}
