package se.glomska.cluster;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 3: a page login survives a switch of instance (docs/adr/0012). A browser logs in through the
 * login form of instance A (node 1); the load balancer then sends it to instance B (node 2), whose memory never
 * saw the login: with the session in the database (Spring Session JDBC) B knows it, opens a protected page (200,
 * not a redirect to the login form) and accepts a form posted with the CSRF token of A's page. A logout on B ends
 * the login on A too. The session cookie is carried by hand, from one instance's port to the other's, as a load
 * balancer in front of both would carry it.
 */
class PageLoginAcrossInstancesIT extends TwoInstancesOnTheCluster {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("^SESSION=([^;]*)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String cookie;

    @Test
    void aLoginOnOneInstanceHoldsOnTheOtherAndALogoutOnEitherEndsIt() throws Exception {
        HttpResponse<String> form = get(a, "/login");
        assertThat(form.statusCode()).as("login form on A").isEqualTo(200);
        HttpResponse<String> login = post(a, "/login", Map.of("username", AppInstance.OPERATOR,
                "password", AppInstance.PASSWORD, "_csrf", csrf(form)));
        assertThat(login.statusCode()).as("login on A").isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).as("login on A accepted")
                .doesNotContain("error");
        assertThat(cookie).as("a session cookie from A").isNotBlank();
        String loggedInSession = cookie;
        assertThat(check.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE SESSION_ID = ? AND PRINCIPAL_NAME = ?")
                .param(sessionId(loggedInSession)).param(AppInstance.OPERATOR).query(Long.class).single())
                .as("the login stored in the cluster, seen on node 3").isEqualTo(1);

        HttpResponse<String> onB = get(b, "/customers");
        assertThat(onB.statusCode()).as("a protected page on B with A's session cookie (302 = sent to the login form)")
                .isEqualTo(200);
        assertThat(onB.body()).contains("action=\"/logout\"");
        // A form of A's page, posted to B: the CSRF token lives in the shared session too.
        HttpResponse<String> pageOnA = get(a, "/customers");
        assertThat(pageOnA.statusCode()).isEqualTo(200);
        HttpResponse<String> logout = post(b, "/logout", Map.of("_csrf", csrf(pageOnA)));
        assertThat(logout.statusCode()).as("logout on B with A's CSRF token").isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElse("")).contains("/login?logout");

        cookie = loggedInSession;
        HttpResponse<String> afterLogout = get(a, "/customers");
        assertThat(afterLogout.statusCode()).as("the ended login's cookie on A").isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(check.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE SESSION_ID = ?")
                .param(sessionId(loggedInSession)).query(Long.class).single()).as("the session row after the logout")
                .isZero();
    }

    private static String sessionId(String cookieValue) {
        return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.US_ASCII);
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on " + page.uri()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(AppInstance instance, String path) throws IOException, InterruptedException {
        return send(request(instance, path).GET());
    }

    private HttpResponse<String> post(AppInstance instance, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(instance, path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(AppInstance instance, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + path));
        if (cookie != null) {
            request.header("Cookie", "SESSION=" + cookie);
        }
        return request;
    }

    /** Sends the request and keeps the session cookie the answer sets, as a browser would. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            Matcher session = SESSION_COOKIE.matcher(set);
            if (session.find()) {
                cookie = Optional.of(session.group(1)).filter(v -> !v.isEmpty()).orElse(null);
            }
        }
        return response;
    }
}
