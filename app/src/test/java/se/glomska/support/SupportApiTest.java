package se.glomska.support;

import org.junit.jupiter.api.Test;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The support API of api.md: support cases with replies, and the mail history. */
class SupportApiTest extends IntegrationTest {

    private static final String CASES = "/api/support/cases";
    private static final String MAILS = "/api/mail-history";
    private static final long UNKNOWN = 987_654_321_012L;

    // ---- support cases ----

    @Test
    void aCaseIsReadBackWithEveryFieldAndItsReplies() {
        long customerId = customer(unique("Anna"));
        Map<String, Object> body = supportCase(customerId, unique("Fel färg"));

        Response created = api().post(CASES, body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(CASES + "/" + created.id());
        assertFieldsIntact(created.json(), body);
        assertThat(created.json().get("replies").isEmpty()).isTrue();

        Instant before = Instant.now().minusSeconds(5);
        Response firstReply = api().post(CASES + "/" + created.id() + "/replies", Map.of("text", "Vi skickar rätt färg i dag."));
        Response secondReply = api().post(CASES + "/" + created.id() + "/replies", Map.of("text", "Returfraktsedel bifogad."));
        assertThat(firstReply.status()).as(firstReply.toString()).isEqualTo(201);
        assertThat(secondReply.status()).as(secondReply.toString()).isEqualTo(201);

        Response read = api().get(CASES + "/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        JsonNode json = read.json();
        assertFieldsIntact(json, body);
        assertThat(json.get("customer").get("href").asString()).isEqualTo("/api/customers/" + customerId);
        List<JsonNode> replies = json.get("replies").valueStream().toList();
        assertThat(replies).extracting(r -> r.get("id").asLong()).containsExactly(firstReply.id(), secondReply.id());
        assertThat(replies).extracting(r -> r.get("text").asString())
                .containsExactly("Vi skickar rätt färg i dag.", "Returfraktsedel bifogad.");
        assertThat(replies.get(0).toString()).isEqualTo(firstReply.json().toString());
        assertThat(Instant.parse(replies.get(0).get("postedAt").asString())).isAfter(before);
    }

    @Test
    void aReplyCarriesItsCaseCustomerSoErasureIsOneStatementPerTable() {
        long customerId = customer(unique("Bo"));
        long caseId = api().post(CASES, supportCase(customerId, unique("Svar"))).id();

        long replyId = api().post(CASES + "/" + caseId + "/replies", Map.of("text", "Tack!")).id();

        assertThat(jdbc.sql("SELECT customer_id FROM support_case_reply WHERE id = :id").param("id", replyId)
                .query(Long.class).single()).isEqualTo(customerId);
    }

    @Test
    void caseListRowsNameTheCustomerByRefAndCarryNoCustomerId() {
        String firstName = unique("Greta");
        long customerId = customer(firstName);
        long first = api().post(CASES, supportCase(customerId, unique("Första"))).id();
        long second = api().post(CASES, supportCase(customerId, unique("Andra"))).id();

        Response list = api().get(CASES + "?customerId=" + customerId);

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
    void unknownCustomersAndCasesAreNotFound() {
        String subject = unique("Okänd");

        Response created = api().post(CASES, supportCase(UNKNOWN, subject));
        Response read = api().get(CASES + "/" + UNKNOWN);
        Response reply = api().post(CASES + "/" + UNKNOWN + "/replies", Map.of("text", subject));

        assertThat(created.status()).isEqualTo(404);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.header("Content-Type")).startsWith("application/problem+json");
        assertThat(read.json().get("type").asString()).isEqualTo("urn:glomska:problem:unknown-support-case");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(casesWritten(subject)).isZero();
        assertThat(repliesWritten(subject)).isZero();
    }

    @Test
    void invalidCasesAndRepliesAreRejectedAndNothingIsWritten() {
        long customerId = customer(unique("Ivar"));
        String subject = unique("Ogiltig");
        long caseId = api().post(CASES, supportCase(customerId, unique("Giltig"))).id();

        Map<String, Object> tooLong = supportCase(customerId, subject);
        tooLong.put("name", "x".repeat(201));
        Map<String, Object> unknownField = supportCase(customerId, subject);
        unknownField.put("priority", "HIGH");
        Map<String, Object> noCustomer = supportCase(customerId, subject);
        noCustomer.remove("customerId");
        Map<String, Object> wrongType = supportCase(customerId, subject);
        wrongType.put("customerId", "kund-1");
        for (Map<String, Object> body : List.of(tooLong, unknownField, noCustomer, wrongType)) {
            Response created = api().post(CASES, body);
            assertThat(created.status()).as(created.toString()).isEqualTo(400);
            assertThat(created.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api().post(CASES, tooLong).json().get("errors").findValuesAsString("field")).contains("name");
        assertThat(casesWritten(subject)).isZero();

        String replies = CASES + "/" + caseId + "/replies";
        assertThat(api().post(replies, Map.of("text", subject + "x".repeat(4001))).status()).isEqualTo(400);
        assertThat(api().post(replies, Map.of("text", subject, "author", "Kalle")).status()).isEqualTo(400);
        assertThat(api().post(replies, Map.of("text", " ")).status()).isEqualTo(400);
        assertThat(api().post(replies, "{}").status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM support_case_reply WHERE case_id = :id").param("id", caseId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAnonymizedCustomerTakesNoNewCaseOrReplyAndShowsAsXxxxWithoutLink() {
        long customerId = customer(unique("Sigrid"));
        long existing = api().post(CASES, supportCase(customerId, unique("Före"))).id();
        anonymize(customerId);
        String subject = unique("Efter");

        Response newCase = api().post(CASES, supportCase(customerId, subject));
        Response newReply = api().post(CASES + "/" + existing + "/replies", Map.of("text", subject));

        assertThat(newCase.status()).isEqualTo(409);
        assertThat(newCase.header("Content-Type")).startsWith("application/problem+json");
        assertThat(newReply.status()).isEqualTo(409);
        assertThat(casesWritten(subject)).isZero();
        assertThat(repliesWritten(subject)).isZero();

        assertThat(api().get(CASES + "?customerId=" + customerId).status()).as("a list by the anonymized customer")
                .isEqualTo(404);
        List<JsonNode> rows = rows(api().get(CASES + "?size=200")).stream()
                .filter(r -> r.get("id").asLong() == existing).toList();
        assertThat(rows).hasSize(1);
        assertAnonymizedRow(rows.get(0));

        JsonNode one = api().get(CASES + "/" + existing).json();
        assertAnonymizedRef(one.get("customer"));
        assertThat(one.get("customerId").isNull()).isTrue();
    }

    // ---- mail history ----

    @Test
    void aMailHistoryEntryIsReadBackWithEveryField() {
        long customerId = customer(unique("Maja"));
        Map<String, Object> body = mail(customerId, unique("Faktura"));

        Response created = api().post(MAILS, body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(MAILS + "/" + created.id());
        assertFieldsIntact(created.json(), body);
        Response read = api().get(MAILS + "/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        assertFieldsIntact(read.json(), body);
        assertThat(read.json().get("id").asLong()).isEqualTo(created.id());
        assertThat(read.json().get("customer").get("href").asString()).isEqualTo("/api/customers/" + customerId);
    }

    @Test
    void mailListRowsNameTheCustomerByRefAndCarryNoCustomerId() {
        String firstName = unique("Elin");
        long customerId = customer(firstName);
        Map<String, Object> older = mail(customerId, unique("Offert"));
        older.put("sentAt", "2025-01-10T08:00:00Z");
        long first = api().post(MAILS, older).id();
        long second = api().post(MAILS, mail(customerId, unique("Order"))).id();

        Response list = api().get(MAILS + "?customerId=" + customerId);

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
    void unknownCustomersAndMailsAreNotFound() {
        String subject = unique("Okänd");

        Response created = api().post(MAILS, mail(UNKNOWN, subject));
        Response read = api().get(MAILS + "/" + UNKNOWN);

        assertThat(created.status()).isEqualTo(404);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.header("Content-Type")).startsWith("application/problem+json");
        assertThat(read.json().get("type").asString()).isEqualTo("urn:glomska:problem:unknown-mail");
        assertThat(mailsWritten(subject)).isZero();
    }

    @Test
    void invalidMailIsRejectedAndNothingIsWritten() {
        long customerId = customer(unique("Ivar"));
        String subject = unique("Ogiltig");

        Map<String, Object> badType = mail(customerId, subject);
        badType.put("documentType", "LETTER");
        Map<String, Object> tooLong = mail(customerId, subject);
        tooLong.put("replies", "x".repeat(4001));
        Map<String, Object> unknownField = mail(customerId, subject);
        unknownField.put("cc", "ekonomi@example.se");
        Map<String, Object> noType = mail(customerId, subject);
        noType.remove("documentType");
        Map<String, Object> noTime = mail(customerId, subject);
        noTime.remove("sentAt");
        Map<String, Object> badTime = mail(customerId, subject);
        badTime.put("sentAt", "igår");

        for (Map<String, Object> body : List.of(badType, tooLong, unknownField, noType, noTime, badTime)) {
            Response created = api().post(MAILS, body);
            assertThat(created.status()).as(created.toString()).isEqualTo(400);
            assertThat(created.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api().post(MAILS, tooLong).json().get("errors").findValuesAsString("field")).contains("replies");
        assertThat(mailsWritten(subject)).isZero();
    }

    @Test
    void anAnonymizedCustomerTakesNoNewMailAndShowsAsXxxxWithoutLink() {
        long customerId = customer(unique("Sigrid"));
        long existing = api().post(MAILS, mail(customerId, unique("Före"))).id();
        anonymize(customerId);
        String subject = unique("Efter");

        Response refused = api().post(MAILS, mail(customerId, subject));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(mailsWritten(subject)).isZero();
        assertThat(api().get(MAILS + "?customerId=" + customerId).status()).as("a list by the anonymized customer")
                .isEqualTo(404);
        List<JsonNode> rows = rows(api().get(MAILS + "?size=200")).stream()
                .filter(r -> r.get("id").asLong() == existing).toList();
        assertThat(rows).hasSize(1);
        assertAnonymizedRow(rows.get(0));
        JsonNode one = api().get(MAILS + "/" + existing).json();
        assertAnonymizedRef(one.get("customer"));
        assertThat(one.get("customerId").isNull()).isTrue();
    }

    // ---- erasure ----

    @Test
    void erasingTheCustomerAnonymizesCasesRepliesAndMailAsSectionFourSays() {
        long customerId = customer(unique("Tove"));
        Map<String, Object> caseBody = supportCase(customerId, unique("Raderas"));
        long caseId = api().post(CASES, caseBody).id();
        JsonNode reply = api().post(CASES + "/" + caseId + "/replies", Map.of("text", "Vi ringer upp i morgon.")).json();
        Map<String, Object> mailBody = mail(customerId, unique("Raderas"));
        long mailId = api().post(MAILS, mailBody).id();
        long otherCustomer = customer(unique("Kvar"));
        Map<String, Object> otherCase = supportCase(otherCustomer, unique("Kvar"));
        long otherCaseId = api().post(CASES, otherCase).id();

        JsonNode offer = api().get("/api/customers/" + customerId + "/erasure").json();
        assertThat(offer.get("action").asString()).as("cases and mail are transactions (section 2)").isEqualTo("ANONYMIZE");
        assertThat(offer.get("blockers").isEmpty()).as("support never blocks (section 3)").isTrue();
        Response erased = api().post("/api/customers/" + customerId + "/erasure",
                Map.of("action", "ANONYMIZE", "acknowledged", true));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);

        JsonNode supportCase = api().get(CASES + "/" + caseId).json();
        assertThat(supportCase.get("name").asString()).isEqualTo("Xxxx");
        assertCleared(supportCase, "email", "phone", "subject", "text", "internalComment");
        JsonNode replyAfter = supportCase.get("replies").get(0);
        assertThat(replyAfter.get("text").isNull()).isTrue();
        assertThat(replyAfter.get("postedAt")).isEqualTo(reply.get("postedAt"));
        assertAnonymizedRef(supportCase.get("customer"));

        JsonNode mail = api().get(MAILS + "/" + mailId).json();
        assertThat(mail.get("name").asString()).isEqualTo("Xxxx");
        assertCleared(mail, "email", "phone", "subject", "text", "replies", "internalComment");
        for (String kept : List.of("documentType", "documentId", "sentAt")) {
            assertThat(mail.get(kept).toString()).as(kept).isEqualTo(objectMapper.writeValueAsString(mailBody.get(kept)));
        }
        assertAnonymizedRef(mail.get("customer"));

        assertFieldsIntact(api().get(CASES + "/" + otherCaseId).json(), otherCase);
    }

    private static void assertCleared(JsonNode record, String... fields) {
        for (String field : fields) {
            assertThat(record.get(field).isNull()).as(field).isTrue();
        }
    }

    // ---- helpers ----

    private static Map<String, Object> supportCase(long customerId, String subject) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("name", "Anders Nilsson");
        body.put("email", "anders.nilsson@example.se");
        body.put("phone", "073-192 80 64");
        body.put("subject", subject);
        body.put("text", "Hej! Jag beställde den gröna varianten men fick den blå. Kan ni byta?");
        body.put("internalComment", "Kontrollera plocklistan.");
        return body;
    }

    private static Map<String, Object> mail(long customerId, String subject) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("documentType", "INVOICE");
        body.put("documentId", 4711);
        body.put("name", "Maja Öberg");
        body.put("email", "maja.oberg@example.se");
        body.put("phone", "076-548 36 30");
        body.put("subject", subject);
        body.put("text", "Hej! Bifogat finner ni fakturan. Betalningsvillkor 30 dagar netto.");
        body.put("replies", "Projektnummer saknas. /Maja");
        body.put("internalComment", "Ny faktura efter kreditering.");
        body.put("sentAt", "2025-03-05T07:00:00.250Z");
        return body;
    }

    private void assertFieldsIntact(JsonNode answer, Map<String, Object> body) {
        for (Map.Entry<String, Object> field : body.entrySet()) {
            assertThat(answer.has(field.getKey())).as(field.getKey()).isTrue();
            assertThat(answer.get(field.getKey()).toString()).as(field.getKey())
                    .isEqualTo(objectMapper.writeValueAsString(field.getValue()));
        }
    }

    private static void assertAnonymizedRow(JsonNode row) {
        assertAnonymizedRef(row.get("customer"));
        assertThat(row.has("customerId")).isFalse();
        assertThat(row.toString()).doesNotContain("/api/customers/");
    }

    private static void assertAnonymizedRef(JsonNode ref) {
        assertThat(ref.get("displayName").asString()).isEqualTo("Xxxx");
        assertThat(ref.get("href").isNull()).isTrue();
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

    private long casesWritten(String subject) {
        return count("SELECT COUNT(*) FROM support_case WHERE subject = :v", subject);
    }

    private long repliesWritten(String text) {
        return count("SELECT COUNT(*) FROM support_case_reply WHERE text LIKE CONCAT(:v, '%')", text);
    }

    private long mailsWritten(String subject) {
        return count("SELECT COUNT(*) FROM support_mail WHERE subject = :v", subject);
    }

    private long count(String sql, String value) {
        return jdbc.sql(sql).param("v", value).query(Long.class).single();
    }

    /** The rows of a list answer {@code {items, page, size, total}}. */
    private static List<JsonNode> rows(Response list) {
        JsonNode items = list.json().get("items");
        assertThat(items.isArray()).as(list.toString()).isTrue();
        return items.valueStream().toList();
    }
}
