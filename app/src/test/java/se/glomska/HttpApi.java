package se.glomska;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small real HTTP client for the tests: JSON in, {@link Response} out. */
public final class HttpApi {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;
    private final ObjectMapper json;
    private final String authorization;
    private final String language;

    public HttpApi(int port, ObjectMapper json, String user, String password) {
        this.port = port;
        this.json = json;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.language = null;
    }

    private HttpApi(HttpApi api, String language) {
        this.port = api.port;
        this.json = api.json;
        this.authorization = api.authorization;
        this.language = language;
    }

    /** The same API with {@code Accept-Language: language}. */
    public HttpApi inLanguage(String language) {
        return new HttpApi(this, language);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** POST with a body: a String is sent as it is (raw JSON), anything else is serialized. */
    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(bodyOf(body)));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(bodyOf(body)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json, application/problem+json, */*");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    private HttpRequest.BodyPublisher bodyOf(Object body) {
        String text = body instanceof String s ? s : json.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            return new Response(CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray()), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, headers, body as bytes, text or JSON. */
    public record Response(HttpResponse<byte[]> raw, ObjectMapper mapper) {

        public int status() {
            return raw.statusCode();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public byte[] bytes() {
            return raw.body();
        }

        public String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return mapper.readTree(raw.body());
        }

        /** The id of a created resource, from the body's {@code id}. */
        public long id() {
            return json().get("id").asLong();
        }

        @Override
        public String toString() {
            return status() + " " + text();
        }
    }
}
