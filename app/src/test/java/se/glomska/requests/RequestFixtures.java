package se.glomska.requests;

import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers, blockers and erasure requests made through the API, and bounded waits for what the system does. */
final class RequestFixtures {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    private final HttpApi api;

    RequestFixtures(HttpApi api) {
        this.api = api;
    }

    static List<Map<String, Object>> lines() {
        return List.of(map("description", "Skruvdragare", "quantity", 2, "unitPrice", 1249.50),
                map("description", "Bits 32 st", "quantity", 1, "unitPrice", 199.00));
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

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long customer() {
        return created(api.post("/api/customers", map("kind", "COMPANY", "relation", "CUSTOMER",
                "name", "Begäran AB " + System.nanoTime())));
    }

    JsonNode request(long customer) {
        return request(customer, TODAY.toString());
    }

    JsonNode request(long customer, String receivedAt) {
        Response r = api.post("/api/erasure-requests", map("customerId", customer, "receivedAt", receivedAt,
                "channel", "EMAIL", "reference", "ÄR-" + System.nanoTime()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /** A customer with a delivered, invoiced order whose invoice is not paid: blocked by INVOICE_NOT_PAID only. */
    long[] customerWithUnpaidInvoice() {
        long customer = customer();
        long order = created(api.post("/api/orders", map("customerId", customer, "lines", lines())));
        created(api.post("/api/orders/" + order + "/deliveries", map("customerReference", "Ref")));
        long invoice = created(api.post("/api/invoices", map("customerId", customer, "orderId", order,
                "billTo", map("name", "Begäran AB", "country", "SE"), "dueDate", "2030-01-31", "lines", lines())));
        awaitBlockers(customer, List.of("INVOICE_NOT_PAID"));
        return new long[]{customer, invoice};
    }

    void awaitBlockers(long customer, List<String> codes) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            JsonNode blockers = api.get("/api/customers/" + customer + "/erasure").json().get("blockers");
            List<String> now = blockers.valueStream().map(b -> b.get("code").asString()).toList();
            if (now.equals(codes)) {
                return;
            }
            assertThat(System.currentTimeMillis()).as("blockers " + codes + ", now " + now).isLessThan(deadline);
            sleep(20);
        }
    }

    JsonNode awaitStatus(long id, String status) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            JsonNode request = api.get("/api/erasure-requests/" + id).json();
            if (request.get("status").asString().equals(status)) {
                return request;
            }
            assertThat(System.currentTimeMillis()).as("request " + id + " " + status + ", now " + request)
                    .isLessThan(deadline);
            sleep(20);
        }
    }

    Response approve(long id, boolean whenUnblocked) {
        return api.post("/api/erasure-requests/" + id + "/approval", map("action", "ANONYMIZE",
                "acknowledged", true, "whenUnblocked", whenUnblocked));
    }

    void pay(long invoice) {
        Response paid = api.post("/api/invoices/" + invoice + "/payments", map("amount", 2698.00,
                "paidAt", TODAY.toString()));
        assertThat(paid.status()).as(paid.toString()).isIn(200, 201);
    }
}
