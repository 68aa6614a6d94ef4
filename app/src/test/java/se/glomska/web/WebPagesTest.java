package se.glomska.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.CapturedLog;
import se.glomska.IntegrationTest;
import se.glomska.benchmark.DataGenerator;
import se.glomska.benchmark.HeavyHistory;
import se.glomska.customer.internal.application.EraseCustomer;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages over plain HTTP: the language (Swedish by default, the browser's choice between Swedish and
 * English, the link remembered in a cookie), the login form, CSRF protection on every form, what a user
 * without DATA_PROTECTION sees and may do, the server's own refusal of an erasure without the
 * acknowledgement or for an action no longer offered, and that nothing a user types reaches the log.
 */
class WebPagesTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void pagesAreSwedishByDefaultFollowTheBrowserAndTheLanguageLink() {
        PageSession anonymous = new PageSession(port);
        assertThat(anonymous.get("/login").body()).contains("<html lang=\"sv\"", "<h1>Logga in</h1>");
        assertThat(anonymous.get("/login", "Accept-Language", "en-GB,en;q=0.9").body())
                .contains("<html lang=\"en\"", "<h1>Sign in</h1>");
        assertThat(anonymous.get("/login", "Accept-Language", "de-DE,de;q=0.9").body())
                .as("a language the pages do not speak").contains("<h1>Logga in</h1>");

        HttpResponse<String> english = anonymous.get("/login?lang=en", "Accept-Language", "sv");
        assertThat(english.body()).contains("<h1>Sign in</h1>");
        assertThat(english.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("glomska-lang=en"));
        assertThat(anonymous.get("/login", "Accept-Language", "sv").body()).as("the choice is remembered")
                .contains("<h1>Sign in</h1>");
        assertThat(anonymous.get("/login?lang=sv").body()).contains("<h1>Logga in</h1>");
        assertThat(anonymous.get("/login", "Accept-Language", "en").body()).contains("<h1>Logga in</h1>");
    }

    @Test
    void pagesNeedALoginAndEveryFormNeedsItsCsrfToken() {
        PageSession visitor = new PageSession(port);
        HttpResponse<String> register = visitor.get("/customers");
        assertThat(register.statusCode()).isEqualTo(302);
        assertThat(register.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(visitor.post("/login", Map.of("username", OPERATOR, "password", PASSWORD)).statusCode())
                .as("login without the CSRF token").isEqualTo(403);
        HttpResponse<String> wrong = visitor.post("/login", Map.of("username", OPERATOR, "password", "wrong",
                "_csrf", visitor.csrfToken("/login")));
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");

        PageSession operator = PageSession.loggedIn(port, OPERATOR, PASSWORD);
        assertThat(operator.get("/customers").body()).contains("<h1>Kundregister</h1>");
        long id = CustomerStory.person(api(), "Cia", unique("Csrf")).customerId;
        HttpResponse<String> forged = operator.post("/gdpr/customers/" + id,
                Map.of("action", "DELETE", "acknowledged", "true"));
        assertThat(forged.statusCode()).as("an erasure posted without the CSRF token").isEqualTo(403);
        assertThat(api().get("/api/customers/" + id).status()).isEqualTo(200);
    }

    @Test
    void aUserWithoutDataProtectionSeesNoErasureAndIsRefusedIt() {
        long id = CustomerStory.person(api(), "Clas", unique("Kontor")).customerId;
        PageSession clerk = PageSession.loggedIn(port, CLERK, PASSWORD);
        String card = clerk.get("/customers/" + id).body();
        assertThat(card).contains("Clas").doesNotContain("/gdpr", "/erasures", "/personal-data");
        assertThat(clerk.get("/gdpr").statusCode()).isEqualTo(403);
        assertThat(clerk.get("/gdpr/customers/" + id).statusCode()).isEqualTo(403);
        assertThat(clerk.get("/erasures").statusCode()).isEqualTo(403);
        HttpResponse<String> erase = clerk.submit("/customers/" + id, "/gdpr/customers/" + id,
                Map.of("action", "DELETE", "acknowledged", "true"));
        assertThat(erase.statusCode()).isEqualTo(403);
        assertThat(api().get("/api/customers/" + id).status()).isEqualTo(200);
    }

    @Test
    void theServerRefusesAnErasureWithoutTheAcknowledgementOrForAnActionNotOffered() {
        CustomerStory customer = CustomerStory.person(api(), "Gun", unique("Offert")).withQuote();
        long id = customer.customerId;
        String page = "/gdpr/customers/" + id;
        PageSession operator = PageSession.loggedIn(port, OPERATOR, PASSWORD);
        assertThat(operator.get(page).body()).contains("id=\"offered-action\">Anonymisera kund<");

        HttpResponse<String> unacknowledged = operator.submit(page, page, Map.of("action", "ANONYMIZE"));
        assertThat(unacknowledged.statusCode()).isEqualTo(400);
        assertThat(unacknowledged.body()).contains("Kryssa i att du har läst informationen");
        HttpResponse<String> notOffered = operator.submit(page, page, Map.of("action", "DELETE", "acknowledged", "true"));
        assertThat(notOffered.statusCode()).isEqualTo(409);
        assertThat(notOffered.body()).contains("Ingenting har ändrats");
        assertThat(api().get("/api/customers/" + id).json().get("anonymized").asBoolean()).isFalse();
        assertThat(api().get("/api/quotes/" + customer.quoteId).status()).isEqualTo(200);

        HttpResponse<String> done = operator.submit(page, page, Map.of("action", "ANONYMIZE", "acknowledged", "true"));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/customers/" + id);
        assertThat(api().get("/api/customers/" + id).json().get("anonymized").asBoolean()).isTrue();

        String log = operator.get("/erasures").body();
        assertThat(log).contains("<h1>Raderingslogg</h1>", "<td>" + id + "</td>", "Anonymiserad");
        assertThat(log).doesNotContain(customer.lastName);
    }

    @Test
    void aLoggedInBrowserDownloadsThePersonalDataButCannotChangeThroughTheApiWithoutItsToken() {
        long id = CustomerStory.person(api(), "Ines", unique("Export")).customerId;
        PageSession operator = PageSession.loggedIn(port, OPERATOR, PASSWORD);

        HttpResponse<String> export = operator.get("/api/customers/" + id + "/personal-data");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains("\"customerId\":" + id);

        HttpResponse<String> forged = operator.post("/api/customers/" + id + "/erasure", Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(api().get("/api/customers/" + id).status()).isEqualTo(200);
    }

    @Test
    void theGdprPageSaysWhenItListsOnlyTheFirstFieldsToCheckAndListsAllOnRequest() {
        long id = new DataGenerator(dataSource).heavy(new HeavyHistory(40, 10, 3, 2, 6, 3, 3, 5, 2, 2, 2 * 1024));
        long total = api().get("/api/customers/" + id + "/erasure").json().get("manualReviewTotal").asLong();
        assertThat(total).as("fields to check in this history").isGreaterThan(EraseCustomer.MANUAL_REVIEW_LIMIT);
        PageSession operator = PageSession.loggedIn(port, OPERATOR, PASSWORD);

        String first = operator.get("/gdpr/customers/" + id).body();
        assertThat(first.split("class=\"review-item\"", -1)).hasSize(EraseCustomer.MANUAL_REVIEW_LIMIT + 1);
        assertThat(first).contains("Visar de första " + EraseCustomer.MANUAL_REVIEW_LIMIT + " av " + total + " fält.",
                "href=\"/gdpr/customers/" + id + "?review=all\"");

        String all = operator.get("/gdpr/customers/" + id + "?review=all").body();
        assertThat(all.split("class=\"review-item\"", -1)).hasSize((int) total + 1);
        assertThat(all).doesNotContain("id=\"review-partial\"");
    }

    @Test
    void theGdprPageSpeaksEnglishOnRequest() {
        CustomerStory customer = CustomerStory.person(api(), "Hugo", unique("Engelsk")).withOpenOrder();
        PageSession operator = PageSession.loggedIn(port, OPERATOR, PASSWORD);
        String page = operator.get("/gdpr/customers/" + customer.customerId + "?lang=en").body();
        assertThat(page).contains("<html lang=\"en\"", "<h1>Delete customers (GDPR)</h1>",
                "id=\"offered-action\">Anonymize customer<",
                "Order " + customer.orderId + " is not fully delivered.",
                "I have read the information about customer deletion and anonymization",
                "What is NOT changed (check manually)");
        assertThat(operator.get("/orders").body()).as("the choice is remembered").contains("<h1>Order list</h1>");
        assertThat(api().get("/api/customers/" + customer.customerId + "/erasure").json().get("blockers").get(0)
                .get("message").asString()).as("the API is not translated").endsWith("is not fully delivered.");
    }

    @Test
    void searchingAndErasingThroughThePagesLogsNoPersonalData() {
        String lastName = unique("Loggfri");
        CapturedLog log = CapturedLog.atDebug();
        try (log) {
            CustomerStory customer = CustomerStory.person(api(), "Ingrid", lastName).withQuote();
            PageSession operator = PageSession.loggedIn(port, OPERATOR, PASSWORD);
            assertThat(operator.get("/customers?q=" + lastName).body()).contains(lastName);
            assertThat(operator.get("/customers/search?name=" + lastName + "&show=ALL").body()).contains(lastName);
            assertThat(operator.get("/gdpr?q=" + lastName).body()).contains(lastName);
            String page = "/gdpr/customers/" + customer.customerId;
            assertThat(operator.submit(page, page, Map.of("action", "ANONYMIZE")).statusCode()).isEqualTo(400);
            assertThat(operator.submit(page, page, Map.of("action", "ANONYMIZE", "acknowledged", "true"))
                    .statusCode()).isEqualTo(302);
            assertThat(operator.get("/customers/search?name=" + lastName + "&show=INCLUDING_ANONYMIZED").statusCode())
                    .isEqualTo(200);
        }
        log.assertNothingContains(lastName);
    }

    @Test
    void anUnknownCustomerIsAPageNotFound() {
        PageSession operator = PageSession.loggedIn(port, OPERATOR, PASSWORD);
        HttpResponse<String> missing = operator.get("/customers/999999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(missing.body()).contains("Sidan eller kunden finns inte.");
        assertThat(operator.get("/gdpr/customers/999999999").statusCode()).isEqualTo(404);
    }
}
