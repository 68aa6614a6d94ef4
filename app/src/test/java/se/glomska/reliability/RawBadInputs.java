package se.glomska.reliability;

import se.glomska.reliability.RawHttp.Exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The raw part of the bad-input catalogue: requests sent as bytes, exactly as a broken or hostile client
 * would send them, which no HTTP client library lets through: malformed %-encoding and invalid UTF-8 in
 * the path, the query and form bodies; invalid UTF-8 in JSON; broken cookies and Accept-Language;
 * over-long header lines and URLs; JSON nested 10,000 deep; numbers such as {@code 1e999999}; duplicate
 * JSON keys; a byte-order mark; a wrong Content-Length; HTTP/1.0. Each case names the answers it may
 * get: a 4xx for what is refused, never a 5xx, never a connection dropped without an answer; where the
 * broken part can simply be ignored (a cookie or a language header that is not one), the page or list
 * itself. Run against the test's own server ({@link RawBadInputCatalogueTest}) and against the packaged
 * jar ({@link RawBadInputCatalogueIT}), both of which check that nothing was written and nothing was
 * logged at ERROR.
 */
final class RawBadInputs {

    private RawBadInputs() {
    }

    /** One raw request and the statuses it may be answered with. */
    record Case(String category, String description, byte[] request, boolean halfClose, Set<Integer> allowed) {

        @Override
        public String toString() {
            return "[" + category + "] " + description;
        }
    }

    /** The catalogue, for a server on {@code port} where {@code user}/{@code password} has every role. */
    static List<Case> catalogue(int port, String user, String password) {
        String basic = "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Builder b = new Builder(port, basic);
        Set<Integer> bad = Set.of(400);

        // Malformed %-encoding
        b.get("percent", "API path %ZZ", "/api/customers/%ZZ", bad);
        b.get("percent", "API path lone %", "/api/customers/12%", bad);
        b.get("percent", "page path %G1", "/customers/%G1", bad);
        b.get("percent", "API query %ZZ", "/api/customers?q=%ZZ", bad);
        b.get("percent", "API query lone %", "/api/customers?q=%", bad);
        b.get("percent", "API query truncated %F", "/api/customers?q=%F", bad);
        b.get("percent", "API query name %ZZ", "/api/customers?%ZZ=1", bad);
        b.get("percent", "page query %ZZ", "/customers?q=%ZZ", bad);
        b.anonymous("percent", "login page query %ZZ", "GET", "/login?a=%ZZ", null, null, bad);
        b.form("percent", "login form %ZZ", "/login", "username=%ZZ&password=x", bad);
        b.form("percent", "API form body %ZZ", "/api/customers", "kind=%ZZ", bad);
        b.form("percent", "API form body with a control character in a name", "/api/customers", "ki%01nd=x",
                Set.of(400, 415));
        b.form("percent", "API form body with a control character in a value", "/api/customers", "kind=%01",
                Set.of(400, 415));
        b.form("percent", "login form with a control character in a name", "/login", "user%01name=x&password=y",
                Set.of(400, 403));

        // Invalid UTF-8
        b.get("utf8", "API path %FF", "/api/customers/%FF", bad);
        b.get("utf8", "API path overlong %C0%AF", "/api/customers/%C0%AF", bad);
        b.raw("utf8", "API path raw byte FF", bytes("GET /api/customers/", new byte[] {(byte) 0xFF},
                " HTTP/1.1\r\nHost: x\r\n" + basic + "\r\nConnection: close\r\n\r\n"), bad);
        b.get("utf8", "API query %FF", "/api/customers?q=%FF", bad);
        b.get("utf8", "API query broken sequence %C3%28", "/api/customers?q=%C3%28", bad);
        b.get("utf8", "API query surrogate %ED%A0%80", "/api/customers?q=%ED%A0%80", bad);
        b.raw("utf8", "API query raw byte FF", bytes("GET /api/customers?q=", new byte[] {(byte) 0xFF},
                " HTTP/1.1\r\nHost: x\r\n" + basic + "\r\nConnection: close\r\n\r\n"), Set.of(400));
        b.get("utf8", "page query %FF", "/customers?q=%FF", bad);
        b.json("utf8", "JSON string with byte FF", "POST", "/api/customers",
                bytes("{\"kind\":\"COMPANY\",\"relation\":\"CUSTOMER\",\"name\":\"A", new byte[] {(byte) 0xFF}, "B\"}"), bad);
        b.json("utf8", "JSON string with a broken sequence", "POST", "/api/customers",
                bytes("{\"kind\":\"COMPANY\",\"relation\":\"CUSTOMER\",\"name\":\"A", new byte[] {(byte) 0xC3, '('}, "\"}"), bad);
        b.json("utf8", "JSON name with byte FE", "POST", "/api/customers",
                bytes("{\"kind\":\"COMPANY\",\"relation\":\"CUSTOMER\",\"", new byte[] {(byte) 0xFE}, "\":\"x\"}"), bad);
        // (a form body is decoded as ISO-8859-1, where every byte is a character: then the missing CSRF token)
        b.form("utf8", "login form %FF", "/login", "username=%FF&password=x", Set.of(400, 403));
        b.raw("utf8", "login form raw byte FF", bytes("POST /login HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 21\r\nConnection: close\r\n\r\n"
                + "username=", new byte[] {(byte) 0xFF}, "&password=x"), Set.of(400, 403));

        // Cookies and Accept-Language that are not what they claim: ignored, the page is served
        Set<Integer> served = Set.of(200);
        for (String cookie : List.of("glomska-lang=x!", "glomska-lang=%ZZ", "glomska-lang=\"sv", "glomska-lang=",
                ";;;=;", "JSESSIONID=\"unterminated", "=value-without-name", "glomska-lang=" + "a".repeat(4000))) {
            b.anonymous("cookie", "Cookie: " + abbreviated(cookie), "GET", "/login", "Cookie: " + cookie, null, served);
            b.get("cookie", "API with Cookie: " + abbreviated(cookie), "/api/customers?q=x",
                    "Cookie: " + cookie, served);
        }
        b.raw("cookie", "Cookie with raw bytes FF", bytes("GET /login HTTP/1.1\r\nHost: x\r\nCookie: glomska-lang=",
                new byte[] {(byte) 0xFF, (byte) 0xFE}, "\r\nConnection: close\r\n\r\n"), Set.of(200, 400));
        for (String language : List.of("x!", ";;;q=abc", "sv;q=2", "*;q=-1", "en-US;q=0.5, %ZZ", "a".repeat(4000),
                "de, fr;q=0.9")) {
            b.anonymous("accept-language", "Accept-Language: " + abbreviated(language), "GET", "/login",
                    "Accept-Language: " + language, null, served);
            b.get("accept-language", "API with Accept-Language: " + abbreviated(language), "/api/customers?q=x",
                    "Accept-Language: " + language, served);
        }

        // Over-long header lines and URLs: refused by the server before the application
        Set<Integer> tooLong = Set.of(400, 413, 414, 431);
        b.get("too-long", "URL of 20,000 characters", "/api/customers?q=" + "a".repeat(20_000), tooLong);
        b.get("too-long", "path of 20,000 characters", "/api/customers/" + "1".repeat(20_000), tooLong);
        b.get("too-long", "header line of 20,000 characters", "/api/customers?q=a", "X-Long: " + "a".repeat(20_000), tooLong);
        b.get("too-long", "100 headers of 1,000 characters", "/api/customers?q=a",
                String.join("\r\n", java.util.Collections.nCopies(100, "X-Many: " + "b".repeat(1_000))), tooLong);
        b.anonymous("too-long", "page URL of 20,000 characters", "GET", "/login?a=" + "a".repeat(20_000), null, null, tooLong);

        // JSON the parser must refuse without running out of stack or time
        b.json("json", "array nested 10,000 deep", "POST", "/api/customers",
                ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.US_ASCII), bad);
        b.json("json", "object nested 10,000 deep", "POST", "/api/customers",
                ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes(StandardCharsets.US_ASCII), bad);
        b.json("json", "address nested 10,000 deep", "POST", "/api/customers",
                ("{\"kind\":\"COMPANY\",\"relation\":\"CUSTOMER\",\"name\":\"X\",\"invoiceAddress\":"
                        + "{\"city\":".repeat(10_000) + "1" + "}".repeat(10_001)).getBytes(StandardCharsets.US_ASCII), bad);
        b.json("number", "latitude 1e999999", "POST", "/api/customers", ascii("{\"kind\":\"COMPANY\","
                + "\"relation\":\"CUSTOMER\",\"name\":\"X\",\"invoiceAddress\":{\"latitude\":1e999999}}"), bad);
        b.json("number", "latitude -1e-999999", "POST", "/api/customers", ascii("{\"kind\":\"COMPANY\","
                + "\"relation\":\"CUSTOMER\",\"name\":\"X\",\"invoiceAddress\":{\"latitude\":-1e-999999}}"), bad);
        b.json("number", "quantity 1e999999", "POST", "/api/orders", ascii("{\"customerId\":1,\"lines\":"
                + "[{\"description\":\"x\",\"quantity\":1e999999,\"unitPrice\":1}]}"), bad);
        b.json("number", "unit price 1e999999", "POST", "/api/orders", ascii("{\"customerId\":1,\"lines\":"
                + "[{\"description\":\"x\",\"quantity\":1,\"unitPrice\":1e999999}]}"), bad);
        b.json("number", "customer id 1e999999", "POST", "/api/orders", ascii("{\"customerId\":1e999999,\"lines\":"
                + "[{\"description\":\"x\",\"quantity\":1,\"unitPrice\":1}]}"), bad);
        b.json("number", "a number of 10,000 digits", "POST", "/api/orders", ascii("{\"customerId\":1,\"lines\":"
                + "[{\"description\":\"x\",\"quantity\":" + "9".repeat(10_000) + ",\"unitPrice\":1}]}"), bad);
        b.json("number", "NaN", "POST", "/api/orders", ascii("{\"customerId\":1,\"lines\":"
                + "[{\"description\":\"x\",\"quantity\":NaN,\"unitPrice\":1}]}"), bad);
        b.json("duplicate", "duplicate key kind", "POST", "/api/customers",
                ascii("{\"kind\":\"COMPANY\",\"relation\":\"CUSTOMER\",\"name\":\"X\",\"kind\":\"PERSON\"}"), bad);
        b.json("duplicate", "duplicate key name", "POST", "/api/customers",
                ascii("{\"kind\":\"COMPANY\",\"relation\":\"CUSTOMER\",\"name\":\"X\",\"name\":\"Y\"}"), bad);
        b.json("duplicate", "duplicate nested key", "POST", "/api/customers", ascii("{\"kind\":\"COMPANY\","
                + "\"relation\":\"CUSTOMER\",\"name\":\"X\",\"invoiceAddress\":{\"city\":\"A\",\"city\":\"B\"}}"), bad);
        b.json("bom", "UTF-8 byte-order mark before valid JSON", "POST", "/api/customers",
                bytes("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "{\"kind\":\"COMPANY\",\"relation\":\"CUSTOMER\",\"name\":\"X\",\"unknownField\":1}"), bad);
        b.json("bom", "UTF-16 byte-order mark and UTF-16 JSON", "POST", "/api/customers",
                utf16("{\"kind\":\"COMPANY\",\"relation\":\"CUSTOMER\",\"name\":\"X\",\"unknownField\":1}"), bad);
        b.json("bom", "byte-order mark inside a string", "POST", "/api/customers",
                bytes("{\"kind\":\"COMPANY\",\"relation\":\"CUSTOMER\",\"name\":\"X\",\"vatNumber\":\"",
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "SE1234567890123456789012345678901234\"}"), bad);

        // Content-Length that does not match the body
        byte[] body = ascii("{\"kind\":\"COMPANY\",\"relation\":\"CUSTOMER\",\"name\":\"Längd AB\"}");
        b.raw("content-length", "Content-Length shorter than the body", withLength("POST", "/api/customers", basic,
                "Content-Length: " + (body.length - 10), body), bad);
        b.rawHalfClosed("content-length", "Content-Length longer than the body, then the client stops sending",
                withLength("POST", "/api/customers", basic, "Content-Length: " + (body.length + 100), body), bad);
        b.raw("content-length", "Content-Length not a number", withLength("POST", "/api/customers", basic,
                "Content-Length: abc", body), bad);
        b.raw("content-length", "Content-Length negative", withLength("POST", "/api/customers", basic,
                "Content-Length: -5", body), bad);
        b.raw("content-length", "two different Content-Lengths", withLength("POST", "/api/customers", basic,
                "Content-Length: " + body.length + "\r\nContent-Length: 3", body), bad);
        b.raw("content-length", "Content-Length and chunked", withLength("POST", "/api/customers", basic,
                "Content-Length: " + body.length + "\r\nTransfer-Encoding: chunked", body), bad);
        b.raw("content-length", "Content-Length of 20 digits", withLength("POST", "/api/customers", basic,
                "Content-Length: 99999999999999999999", body), Set.of(400, 413));

        // HTTP/1.0
        b.raw("http-1.0", "HTTP/1.0 GET without Host", ascii("GET /api/customers?q=x HTTP/1.0\r\n" + basic + "\r\n\r\n"),
                served);
        b.raw("http-1.0", "HTTP/1.0 POST with malformed JSON", withLength10("/api/customers", basic, ascii("{\"kind\":")),
                bad);
        b.raw("http-1.0", "HTTP/1.0 GET with query %FF", ascii("GET /api/customers?q=%FF HTTP/1.0\r\n" + basic + "\r\n\r\n"),
                bad);
        b.raw("http-1.0", "HTTP/1.0 login page", ascii("GET /login HTTP/1.0\r\n\r\n"), served);
        return b.cases;
    }

    /** What is wrong with an answer, or null when it is one the case allows. */
    static String problem(Case c, Exchange answer) {
        if (answer.status() < 0) {
            return "the connection was dropped without an answer";
        }
        if (!c.allowed().contains(answer.status())) {
            return "answered " + answer.status() + ", expected one of " + c.allowed();
        }
        String type = answer.header("Content-Type");
        if (answer.status() == 400 && type != null && type.startsWith("application/problem+json")
                && !answer.text().contains("\"type\"")) {
            return "a problem without a type";
        }
        return null;
    }

    /** Sends a case (half-closing the connection after the request where the case says so). */
    static Exchange send(int port, Case c) {
        if (!c.halfClose()) {
            return RawHttp.exchange(port, c.request(), null);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(c.request());
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (IOException reset) {
                // keep what was read
            }
            String text = all.toString(StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.1 ")) {
                return new Exchange(-1, java.util.Map.of(), new byte[0]);
            }
            int status = Integer.parseInt(text.substring(9, 12));
            java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
            for (String line : text.substring(0, Math.max(0, text.indexOf("\r\n\r\n"))).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                            line.substring(colon + 1).trim());
                }
            }
            return new Exchange(status, headers, all.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static final class Builder {
        private final int port;
        private final String basic;
        private final List<Case> cases = new ArrayList<>();

        Builder(int port, String basic) {
            this.port = port;
            this.basic = basic;
        }

        void get(String category, String description, String target, Set<Integer> allowed) {
            get(category, description, target, null, allowed);
        }

        void get(String category, String description, String target, String header, Set<Integer> allowed) {
            cases.add(new Case(category, description, request("GET", target, join(basic, header), null), false, allowed));
        }

        void anonymous(String category, String description, String method, String target, String header, byte[] body,
                       Set<Integer> allowed) {
            cases.add(new Case(category, description, request(method, target, header, body), false, allowed));
        }

        void form(String category, String description, String target, String body, Set<Integer> allowed) {
            String auth = target.startsWith("/api/") ? basic : null;
            cases.add(new Case(category, description, request("POST", target,
                    join(auth, "Content-Type: application/x-www-form-urlencoded"), ascii(body)), false, allowed));
        }

        void json(String category, String description, String method, String target, byte[] body, Set<Integer> allowed) {
            cases.add(new Case(category, description, request(method, target,
                    join(basic, "Content-Type: application/json"), body), false, allowed));
        }

        void raw(String category, String description, byte[] request, Set<Integer> allowed) {
            cases.add(new Case(category, description, request, false, allowed));
        }

        void rawHalfClosed(String category, String description, byte[] request, Set<Integer> allowed) {
            cases.add(new Case(category, description, request, true, allowed));
        }

        private byte[] request(String method, String target, String headers, byte[] body) {
            StringBuilder head = new StringBuilder()
                    .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Connection: close\r\n");
            if (headers != null) {
                head.append(headers).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            return bytes(head.toString(), body == null ? new byte[0] : body, "");
        }

        private static String join(String a, String b) {
            return a == null ? b : b == null ? a : a + "\r\n" + b;
        }
    }

    private static byte[] withLength(String method, String target, String basic, String lengthHeaders, byte[] body) {
        return bytes(method + " " + target + " HTTP/1.1\r\nHost: x\r\n" + basic + "\r\nContent-Type: application/json\r\n"
                + lengthHeaders + "\r\nConnection: close\r\n\r\n", body, "");
    }

    private static byte[] withLength10(String target, String basic, byte[] body) {
        return bytes("POST " + target + " HTTP/1.0\r\n" + basic + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n", body, "");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16); // big-endian with a byte-order mark
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 20) + "…(" + text.length() + " characters)" : text;
    }
}
