package se.glomska.reliability;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;
import se.glomska.HttpApis;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static se.glomska.reliability.JsonBodies.map;

/**
 * The database goes away under the running application (the test stops the MariaDB server) and comes
 * back: meanwhile every request is answered 503 problem+json and {@code /actuator/health} says DOWN
 * (503); once the server is back the application serves again by itself, without a restart, and has
 * lost nothing that was committed.
 */
class DatabaseOutageIT {

    private static ControlledMariaDb db;
    private static AppProcess app;

    @BeforeAll
    static void start() {
        db = ControlledMariaDb.shared();
        app = AppProcess.start(db.createDatabase("glomska_outage"), "outage");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void requestsAnswer503WhileTheDatabaseIsDownAndSucceedOnceItIsBack() {
        HttpApi api = HttpApis.of(app.port, AppProcess.OPERATOR, AppProcess.PASSWORD);
        Response created = api.post("/api/customers", map("kind", "COMPANY", "relation", "CUSTOMER", "name", "Före AB"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long customer = created.id();
        Response order = api.post("/api/orders", map("customerId", customer, "lines", List.of(ApiCatalogue.line())));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);

        db.stop();
        try {
            List<Supplier<Response>> requests = List.of(
                    () -> api.get("/api/customers/" + customer),
                    () -> api.get("/api/customers?q=F%C3%B6re"),
                    () -> api.post("/api/customers", map("kind", "COMPANY", "relation", "CUSTOMER", "name", "Under AB")),
                    () -> api.get("/api/orders/" + order.id()),
                    () -> api.get("/api/customers/" + customer + "/erasure"),
                    () -> api.post("/api/customers/" + customer + "/erasure",
                            Map.of("action", "ANONYMIZE", "acknowledged", true)),
                    () -> api.get("/api/erasures"));
            List<String> answers = new ArrayList<>();
            for (Supplier<Response> request : requests) {
                Response answer = request.get();
                answers.add(answer.toString());
                assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
                assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                JsonNode problem = answer.json();
                assertThat(problem.get("type").asString()).isEqualTo("urn:glomska:problem:unavailable");
                assertThat(problem.get("detail").asString()).isNotBlank();
                assertThat(answer.header("Retry-After")).isNotBlank();
            }
            HttpResponse<String> health = app.getAnonymously("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(JsonMapper.builder().build().readTree(health.body()).get("status").asString()).isEqualTo("DOWN");
            System.out.printf("Outage test: %d requests answered 503 while the database was down, health DOWN%n",
                    answers.size());
        } finally {
            db.start();
        }

        long deadline = System.currentTimeMillis() + 60_000;
        Response back = api.get("/api/customers/" + customer);
        while (back.status() != 200 && System.currentTimeMillis() < deadline) {
            ApiCatalogue.sleep(500);
            back = api.get("/api/customers/" + customer);
        }
        assertThat(back.status()).as("served again without a restart: " + back).isEqualTo(200);
        assertThat(back.json().get("name").asString()).isEqualTo("Före AB");
        assertThat(app.getAnonymously("/actuator/health").statusCode()).isEqualTo(200);
        Response after = api.post("/api/customers", map("kind", "COMPANY", "relation", "CUSTOMER", "name", "Efter AB"));
        assertThat(after.status()).as(after.toString()).isEqualTo(201);
        assertThat(api.get("/api/orders/" + order.id()).status()).isEqualTo(200);
        assertThat(api.get("/api/customers?q=Under").json().get("total").asLong())
                .as("nothing was written during the outage").isZero();
    }
}
