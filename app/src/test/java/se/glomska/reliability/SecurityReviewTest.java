package se.glomska.reliability;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import se.glomska.CapturedLog;
import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;
import se.glomska.HttpApis;
import se.glomska.IntegrationTest;
import se.glomska.reliability.RawHttp.Exchange;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.glomska.reliability.JsonBodies.map;

/**
 * The findings of the security review of issue 19, each as the request that showed it: malformed
 * URL encoding, a planted language cookie, a password starting with a brace, document lists reading
 * every document's bytes, sessions for the stateless API, CSRF skipped for any Authorization header,
 * health details for every user, password guessing without a brake, and error details echoing
 * enormous property names.
 */
class SecurityReviewTest extends IntegrationTest {

    // ---- 1. malformed %-encoding --------------------------------------------------------------

    @Test
    void malformedPercentEncodingInTheQueryIsA400ProblemOnTheApiAndNoErrorIsLogged() {
        try (CapturedLog log = CapturedLog.atDebug()) {
            for (String query : List.of("q=%FF", "q=%ZZ", "q=%", "q=%E2%82")) {
                Exchange answer = raw().exchange(request("GET", "/api/customers?" + query, basic(OPERATOR, PASSWORD)));
                assertThat(answer.status()).as(query + ": " + answer).isEqualTo(400);
                assertThat(answer.header("Content-Type")).as(query).startsWith("application/problem+json");
                assertThat(answer.text()).as(query).contains("\"errors\"");
            }
            assertNoErrorLogged(log);
        }
    }

    @Test
    void malformedPercentEncodingOnAPageIsA400PageAndNoErrorIsLogged() {
        try (CapturedLog log = CapturedLog.atDebug()) {
            Exchange login = raw().exchange(request("GET", "/login?a=%ZZ", null));
            assertThat(login.status()).as(login.toString()).isEqualTo(400);
            assertThat(login.header("Content-Type")).startsWith("text/html");
            Exchange search = raw().exchange(request("GET", "/customers?q=%FF",
                    "Cookie: SESSION=" + loggedInSession(OPERATOR, PASSWORD).sessionId()));
            assertThat(search.status()).as(search.toString()).isEqualTo(400);
            assertThat(search.header("Content-Type")).startsWith("text/html");
            assertNoErrorLogged(log);
        }
    }

    // ---- 2. a planted language cookie ---------------------------------------------------------

    @Test
    void aBrokenLanguageCookieDoesNotLockAnyoneOut() {
        try (CapturedLog log = CapturedLog.atDebug()) {
            for (String cookie : List.of("glomska-lang=x!", "glomska-lang=%ZZ", "glomska-lang=", "glomska-lang=\"sv")) {
                Exchange login = raw().exchange(request("GET", "/login", "Cookie: " + cookie));
                assertThat(login.status()).as(cookie + ": " + login).isEqualTo(200);
            }
            Session session = loggedInSession(OPERATOR, PASSWORD);
            Exchange register = raw().exchange(request("GET", "/customers",
                    "Cookie: glomska-lang=x!; SESSION=" + session.sessionId()));
            assertThat(register.status()).as(register.toString()).isEqualTo(200);
            assertNoErrorLogged(log);
        }
    }

    // ---- 3. a plaintext password that starts with a brace ---------------------------------------

    @Test
    void aPlaintextPasswordStartingWithABraceWorks() {
        HttpApi braced = HttpApis.of(port, BRACED, BRACED_PASSWORD);
        Response answer = braced.get("/api/customers?q=nobody");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        Response wrong = HttpApis.of(port, BRACED, "Vinter2025").get("/api/customers?q=nobody");
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
    }

    // ---- 5. documents listed without their content ----------------------------------------------

    @Test
    void theDocumentListHoldsNoContentAndEachDocumentIsReadOnItsOwn() {
        long customer = api().post("/api/customers", map("kind", "COMPANY", "relation", "CUSTOMER",
                "name", unique("Dokument AB "))).id();
        byte[] content = "%PDF-1.4 ett avtal".getBytes(StandardCharsets.UTF_8);
        Response added = api().post("/api/customers/" + customer + "/documents", map("fileName", "avtal.pdf",
                "description", "Avtal", "contentBase64", Base64.getEncoder().encodeToString(content)));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long document = added.id();
        assertThat(added.json().has("contentBase64")).as("the created document's answer holds no content").isFalse();

        JsonNode list = api().get("/api/customers/" + customer + "/documents").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(document);
        assertThat(list.get(0).get("fileName").asString()).isEqualTo("avtal.pdf");
        assertThat(list.get(0).get("size").asLong()).isEqualTo(content.length);
        assertThat(list.get(0).has("contentBase64")).as("the list holds no content").isFalse();

        Response read = api().get("/api/customers/" + customer + "/documents/" + document + "/content");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.bytes()).isEqualTo(content);
        assertThat(read.header("Content-Disposition")).contains("avtal.pdf");
        assertThat(api().get("/api/customers/" + customer + "/documents/" + (document + 1_000_000) + "/content")
                .status()).isEqualTo(404);
    }

    // ---- 6. no session for the stateless API ----------------------------------------------------

    @Test
    void anUnauthenticatedApiRequestGetsNoSessionCookie() {
        for (String accept : new String[] {null, "*/*", "text/html", "application/json"}) {
            for (String authorization : new String[] {null, basic(OPERATOR, "wrong"), basic("nobody", "x")}) {
                String head = "GET /api/customers?q=a HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                        + (accept == null ? "" : "Accept: " + accept + "\r\n")
                        + (authorization == null ? "" : authorization + "\r\n") + "\r\n";
                Exchange answer = raw().exchange(head.getBytes(StandardCharsets.ISO_8859_1));
                assertThat(answer.status()).as(accept + ", " + authorization).isEqualTo(401);
                assertThat(answer.header("Set-Cookie")).as("Set-Cookie on a 401 of the API, Accept " + accept).isNull();
            }
        }
    }

    // ---- 7. CSRF skipped only for a real Basic header --------------------------------------------

    @Test
    void aSessionRequestWithAnyOtherAuthorizationHeaderStillNeedsTheCsrfToken() {
        Session session = loggedInSession(OPERATOR, PASSWORD);
        String token = unique("Csrf");
        String name = token + " AB";
        String body = "{\"kind\":\"COMPANY\",\"relation\":\"CUSTOMER\",\"name\":\"" + name + "\"}";
        for (String authorization : new String[] {"Authorization: Bearer x", "Authorization: ", null}) {
            Exchange answer = raw().exchange(request("POST", "/api/customers",
                    (authorization == null ? "" : authorization + "\r\n") + "Cookie: SESSION=" + session.sessionId()
                            + "\r\nContent-Type: application/json", body.getBytes(StandardCharsets.UTF_8)));
            assertThat(answer.status()).as(authorization + ": " + answer).isEqualTo(403);
            assertThat(answer.text()).as("says what happened").containsIgnoringCase("CSRF")
                    .doesNotContain("role");
        }
        assertThat(api().get("/api/customers?q=" + token).json().get("total").asLong())
                .as("nothing was created").isZero();
    }

    // ---- 9. health details only for DATA_PROTECTION -----------------------------------------------

    @Test
    void healthDetailsAreShownOnlyToDataProtection() {
        JsonNode clerk = clerkApi().get("/actuator/health").json();
        assertThat(clerk.get("status").asString()).isEqualTo("UP");
        assertThat(clerk.has("components")).as("details for a clerk: " + clerk).isFalse();
        JsonNode operator = api().get("/actuator/health").json();
        assertThat(operator.has("components")).as("details for data protection").isTrue();
    }

    // ---- 10. password guessing is throttled ------------------------------------------------------

    @Test
    void guessingOneUsersPasswordIsThrottledEvenFromManyAddressesAndTheCacheOpensNoWayAround() throws Exception {
        // The user's right password is remembered by the credential cache before the guessing starts.
        Exchange right = RawHttp.exchange(port, request("GET", "/api/customers?q=a", basic(THROTTLED, PASSWORD)),
                InetAddress.getByName("127.0.1.1"));
        assertThat(right.status()).as(right.toString()).isEqualTo(200);
        Exchange throttled = null;
        for (int i = 0; i < 40 && throttled == null; i++) {
            Exchange guess = RawHttp.exchange(port, request("GET", "/api/customers?q=a",
                    basic(THROTTLED, "guess-" + i)), InetAddress.getByName("127.0.1." + (10 + i)));
            if (guess.status() == 429) {
                throttled = guess;
            } else {
                assertThat(guess.status()).as(guess.toString()).isEqualTo(401);
            }
        }
        assertThat(throttled).as("a 429 within 40 wrong passwords for one user name").isNotNull();
        assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
        assertThat(throttled.header("Retry-After")).isNotBlank();
        assertThat(throttled.text()).contains("urn:glomska:problem:too-many-attempts");
        Exchange rightWhileThrottled = RawHttp.exchange(port, request("GET", "/api/customers?q=a",
                basic(THROTTLED, PASSWORD)), InetAddress.getByName("127.0.1.99"));
        assertThat(rightWhileThrottled.status()).as("the right (cached) password while throttled").isEqualTo(429);
    }

    @Test
    void guessingFromOneAddressIsThrottledWhateverTheUserName() throws Exception {
        InetAddress attacker = InetAddress.getByName("127.0.2.1");
        Exchange throttled = null;
        for (int i = 0; i < 60 && throttled == null; i++) {
            Exchange guess = RawHttp.exchange(port, request("GET", "/api/customers?q=a",
                    basic(unique("nobody"), "guess")), attacker);
            if (guess.status() == 429) {
                throttled = guess;
            } else {
                assertThat(guess.status()).as(guess.toString()).isEqualTo(401);
            }
        }
        assertThat(throttled).as("a 429 within 60 wrong credentials from one address").isNotNull();
        assertThat(throttled.header("Retry-After")).isNotBlank();
        Exchange operator = RawHttp.exchange(port, request("GET", "/api/customers?q=a", basic(OPERATOR, PASSWORD)),
                attacker);
        assertThat(operator.status()).as("right credentials from the throttled address").isEqualTo(429);
        assertThat(api().get("/api/customers?q=a").status()).as("other addresses are served").isEqualTo(200);
    }

    // ---- 11. echoed property names are capped ----------------------------------------------------

    @Test
    void anEnormousUnknownPropertyNameIsNotEchoedInFull() {
        String name = "a".repeat(50_000);
        Response answer = api().post("/api/customers",
                "{\"kind\":\"COMPANY\",\"relation\":\"CUSTOMER\",\"name\":\"X\",\"" + name + "\":1}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.text().length()).as("size of the problem").isLessThan(1_000);
        String field = answer.json().get("errors").get(0).get("field").asString();
        assertThat(field).startsWith("aaaa").hasSizeLessThanOrEqualTo(101);
    }

    // ---------------------------------------------------------------------------------------------

    /** A user of this test alone: its name gets throttled. */
    static final String THROTTLED = "throttled";

    private RawHttp raw() {
        return new RawHttp(port, OPERATOR, PASSWORD);
    }

    static String basic(String user, String password) {
        return "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] request(String method, String target, String headers) {
        return request(method, target, headers, null);
    }

    /** A request as bytes: the target exactly as given, {@code headers} as CRLF-separated lines. */
    private byte[] request(String method, String target, String headers, byte[] body) {
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Accept: application/json, application/problem+json, text/html\r\n")
                .append("Connection: close\r\n");
        if (headers != null) {
            head.append(headers).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            return start;
        }
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }

    private static void assertNoErrorLogged(CapturedLog log) {
        assertThat(log.events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList())
                .as("ERROR lines").isEmpty();
    }

    /** A browser session logged in through the login form. */
    record Session(String sessionId) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private Session loggedInSession(String user, String password) {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            String page = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = CSRF.matcher(page);
            assertThat(token.find()).as("a CSRF token on the login page").isTrue();
            String form = "username=" + user + "&password=" + password + "&_csrf=" + token.group(1);
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return new Session(cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("SESSION")).findFirst().orElseThrow().getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


}
