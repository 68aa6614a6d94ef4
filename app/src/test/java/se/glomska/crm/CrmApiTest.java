package se.glomska.crm;

import org.junit.jupiter.api.Test;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The CRM API of api.md: activities and events, with and without a customer. */
class CrmApiTest extends IntegrationTest {

    private static final String ACTIVITIES = "/api/crm/activities";

    @Test
    void anActivityIsReadBackWithEveryField() {
        long customerId = customer(unique("Anna"));
        Map<String, Object> body = activity(customerId, unique("Uppföljning"));

        Response created = api().post(ACTIVITIES, body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(ACTIVITIES + "/" + created.id());
        Response read = api().get(ACTIVITIES + "/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        assertFieldsIntact(read.json(), body);
        assertFieldsIntact(created.json(), body);
        assertThat(read.json().get("id").asLong()).isEqualTo(created.id());
        assertThat(read.json().get("customer").get("href").asString()).isEqualTo("/api/customers/" + customerId);
    }

    @Test
    void anActivityNeedsNoCustomerAndIsOwnedByTheRecordingUserByDefault() {
        Map<String, Object> body = activity(null, unique("Mässa"));
        body.remove("customerId");
        body.remove("owner");
        body.remove("status");

        Response created = api().post(ACTIVITIES, body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode read = api().get(ACTIVITIES + "/" + created.id()).json();
        assertThat(read.get("customerId").isNull()).isTrue();
        assertThat(read.get("customer").isNull()).isTrue();
        assertThat(read.get("owner").asString()).isEqualTo(OPERATOR);
        assertThat(read.get("status").asString()).isEqualTo("PLANNED");
        assertThat(read.get("subject").asString()).isEqualTo(body.get("subject"));
    }

    @Test
    void listRowsNameTheCustomerByRefAndCarryNoCustomerId() {
        String firstName = unique("Greta");
        long customerId = customer(firstName);
        long first = api().post(ACTIVITIES, activity(customerId, unique("Samtal"))).id();
        Map<String, Object> later = activity(customerId, unique("Möte"));
        later.put("occursAt", "2025-06-01T08:00:00Z");
        long second = api().post(ACTIVITIES, later).id();

        Response list = api().get(ACTIVITIES + "?customerId=" + customerId);

        assertThat(list.status()).isEqualTo(200);
        List<JsonNode> rows = rows(list);
        assertThat(rows).extracting(r -> r.get("id").asLong()).containsExactly(second, first);
        for (JsonNode row : rows) {
            assertThat(row.has("customerId")).isFalse();
            assertThat(row.get("customer").get("displayName").asString()).isEqualTo(firstName + " Kund");
            assertThat(row.get("customer").get("href").asString()).isEqualTo("/api/customers/" + customerId);
        }
    }

    @Test
    void listsArePaged() {
        long customerId = customer(unique("Paul"));
        for (String time : List.of("2025-01-01T08:00:00Z", "2025-01-02T08:00:00Z", "2025-01-03T08:00:00Z")) {
            Map<String, Object> body = activity(customerId, unique("Sida"));
            body.put("occursAt", time);
            assertThat(api().post(ACTIVITIES, body).status()).isEqualTo(201);
        }

        JsonNode secondPage = api().get(ACTIVITIES + "?customerId=" + customerId + "&page=1&size=2").json();

        assertThat(secondPage.get("items").size()).isEqualTo(1);
        assertThat(secondPage.get("items").get(0).get("occursAt").asString()).isEqualTo("2025-01-01T08:00:00Z");
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
        assertThat(secondPage.get("size").asInt()).isEqualTo(2);
        assertThat(secondPage.get("total").asLong()).isEqualTo(3);
        assertThat(api().get(ACTIVITIES + "?size=201").status()).isEqualTo(400);
    }

    @Test
    void anUnknownCustomerIsNotFoundAndNothingIsWritten() {
        String subject = unique("Okänd");

        Response created = api().post(ACTIVITIES, activity(987_654_321_012L, subject));

        assertThat(created.status()).isEqualTo(404);
        assertThat(created.header("Content-Type")).startsWith("application/problem+json");
        assertThat(written(subject)).isZero();
    }

    @Test
    void anUnknownActivityIsNotFound() {
        Response read = api().get(ACTIVITIES + "/987654321012");

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.header("Content-Type")).startsWith("application/problem+json");
        assertThat(read.json().get("type").asString()).isEqualTo("urn:glomska:problem:unknown-activity");
        assertThat(read.json().get("detail").asString()).contains("987654321012");
    }

    @Test
    void invalidInputIsRejectedAndNothingIsWritten() {
        long customerId = customer(unique("Ivar"));
        String subject = unique("Ogiltig");

        Map<String, Object> badKind = activity(customerId, subject);
        badKind.put("kind", "LUNCH");
        Map<String, Object> tooLong = activity(customerId, subject);
        tooLong.put("notes", "x".repeat(4001));
        Map<String, Object> unknownField = activity(customerId, subject);
        unknownField.put("priority", "HIGH");
        Map<String, Object> noKind = activity(customerId, subject);
        noKind.remove("kind");
        Map<String, Object> noTime = activity(customerId, subject);
        noTime.remove("occursAt");

        for (Map<String, Object> body : List.of(badKind, tooLong, unknownField, noKind, noTime)) {
            Response created = api().post(ACTIVITIES, body);
            assertThat(created.status()).as(created.toString()).isEqualTo(400);
            assertThat(created.header("Content-Type")).startsWith("application/problem+json");
        }
        Response tooLongAnswer = api().post(ACTIVITIES, tooLong);
        assertThat(tooLongAnswer.json().get("errors").findValuesAsString("field")).contains("notes");
        assertThat(written(subject)).isZero();
    }

    @Test
    void anAnonymizedCustomerTakesNoNewActivityAndShowsAsXxxxWithoutLink() {
        long customerId = customer(unique("Sigrid"));
        long existing = api().post(ACTIVITIES, activity(customerId, unique("Före"))).id();
        anonymize(customerId);
        String subject = unique("Efter");

        Response refused = api().post(ACTIVITIES, activity(customerId, subject));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(written(subject)).isZero();

        Response filtered = api().get(ACTIVITIES + "?customerId=" + customerId);
        assertThat(filtered.status()).as("a list by the anonymized customer").isEqualTo(404);
        assertThat(filtered.header("Content-Type")).startsWith("application/problem+json");
        List<JsonNode> rows = rows(api().get(ACTIVITIES + "?size=200")).stream()
                .filter(r -> r.get("id").asLong() == existing).toList();
        assertThat(rows).hasSize(1);
        JsonNode row = rows.get(0);
        assertAnonymizedRef(row.get("customer"));
        assertThat(row.has("customerId")).isFalse();
        assertThat(row.toString()).doesNotContain("/api/customers/");

        JsonNode one = api().get(ACTIVITIES + "/" + existing).json();
        assertAnonymizedRef(one.get("customer"));
        assertThat(one.get("customerId").isNull()).isTrue();
        assertThat(one.toString()).doesNotContain("/api/customers/");
    }

    @Test
    void erasingTheCustomerAnonymizesItsActivitiesAsSectionFourSaysAndLeavesOthersAlone() {
        long customerId = customer(unique("Tove"));
        Map<String, Object> body = activity(customerId, unique("Raderas"));
        long activityId = api().post(ACTIVITIES, body).id();
        Map<String, Object> unrelated = activity(null, unique("Orörd"));
        long unrelatedId = api().post(ACTIVITIES, unrelated).id();

        JsonNode offer = api().get("/api/customers/" + customerId + "/erasure").json();
        assertThat(offer.get("action").asString()).as("an activity is a transaction (section 2)").isEqualTo("ANONYMIZE");
        assertThat(offer.get("blockers").isEmpty()).as("CRM never blocks (section 3)").isTrue();
        Response erased = api().post("/api/customers/" + customerId + "/erasure",
                Map.of("action", "ANONYMIZE", "acknowledged", true));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);

        JsonNode after = api().get(ACTIVITIES + "/" + activityId).json();
        assertThat(after.get("contactPerson").asString()).isEqualTo("Xxxx");
        for (String cleared : List.of("contactEmail", "contactPhone", "subject", "notes")) {
            assertThat(after.get(cleared).isNull()).as(cleared).isTrue();
        }
        for (String kept : List.of("kind", "status", "occursAt", "owner")) {
            assertThat(after.get(kept).toString()).as(kept).isEqualTo(objectMapper.writeValueAsString(body.get(kept)));
        }
        assertAnonymizedRef(after.get("customer"));
        assertThat(after.get("customerId").isNull()).isTrue();
        assertFieldsIntact(api().get(ACTIVITIES + "/" + unrelatedId).json(), unrelated);
    }

    private static void assertAnonymizedRef(JsonNode ref) {
        assertThat(ref.get("displayName").asString()).isEqualTo("Xxxx");
        assertThat(ref.get("href").isNull()).isTrue();
    }

    private void assertFieldsIntact(JsonNode answer, Map<String, Object> body) {
        for (Map.Entry<String, Object> field : body.entrySet()) {
            assertThat(answer.has(field.getKey())).as(field.getKey()).isTrue();
            assertThat(answer.get(field.getKey()).toString()).as(field.getKey())
                    .isEqualTo(objectMapper.writeValueAsString(field.getValue()));
        }
    }

    private static Map<String, Object> activity(Long customerId, String subject) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("kind", "MEETING");
        body.put("status", "DONE");
        body.put("subject", subject);
        body.put("notes", "Gick igenom ramavtalet. Önskar 60 dagars betalningsvillkor.");
        body.put("contactPerson", "Maja Öberg");
        body.put("contactEmail", "maja.oberg@example.se");
        body.put("contactPhone", "076-548 36 30");
        body.put("occursAt", "2025-03-04T09:30:15.123456Z");
        body.put("owner", "karin.sales");
        return body;
    }

    private long customer(String firstName) {
        Response created = api().post("/api/customers",
                Map.of("kind", "PERSON", "relation", "CUSTOMER", "firstName", firstName, "lastName", "Kund"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private void anonymize(long customerId) {
        jdbc.sql("UPDATE customer SET anonymized = TRUE WHERE id = :id").param("id", customerId).update();
    }

    private long written(String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM crm_activity WHERE subject = :subject")
                .param("subject", subject).query(Long.class).single();
    }

    /** The rows of a list answer {@code {items, page, size, total}}. */
    private static List<JsonNode> rows(Response list) {
        JsonNode items = list.json().get("items");
        assertThat(items.isArray()).as(list.toString()).isTrue();
        return items.valueStream().toList();
    }
}
