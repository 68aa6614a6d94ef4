package se.glomska.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Requests exactly as a misbehaving client would send them: any method, content type and bytes, and
 * bodies over the size limit, sent over a plain socket so that an early 413 (the server answers
 * before the client has finished sending) is read instead of lost in a reset connection.
 */
final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    /** An answer: status, content type and body. */
    record Answer(int status, String contentType, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + contentType + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    private final int port;
    private final String authorization;

    RawHttp(int port, String user, String password) {
        this.port = port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    int port() {
        return port;
    }

    Answer send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json, application/problem+json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer get(String path) {
        return send("GET", path, null, null);
    }

    Answer json(String method, String path, String json) {
        return send(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends a JSON body of {@code size} bytes (a valid beginning of a JSON object whose one string
     * never ends before the limit), declared with Content-Length or sent chunked without a length.
     */
    Answer oversized(String method, String path, long size, boolean chunked) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder()
                    .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Authorization: ").append(authorization).append("\r\n")
                    .append("Content-Type: application/json\r\n")
                    .append("Accept: application/problem+json\r\n")
                    .append("Connection: close\r\n");
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n");
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> writeBody(out, size, chunked, stop), "oversized-body");
            writer.setDaemon(true);
            writer.start();
            try {
                return readAnswer(socket.getInputStream());
            } finally {
                stop.set(true);
                writer.join(10_000);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("oversized " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void writeBody(OutputStream out, long size, boolean chunked, AtomicBoolean stop) {
        byte[] start = "{\"text\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, (byte) 'a');
        try {
            long sent = 0;
            boolean first = true;
            while (sent < size && !stop.get()) {
                byte[] data = first ? start : block;
                int n = (int) Math.min(data.length, size - sent);
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(data, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                sent += n;
                first = false;
            }
            if (chunked && !stop.get()) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException e) {
            // The server answered and closed the connection before the whole body was sent: expected.
        }
    }

    /**
     * An answer to bytes sent exactly as given: its status and headers, or status -1 when the server
     * closed the connection without answering.
     */
    record Exchange(int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + headers.getOrDefault("content-type", "") + " "
                    + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    /** Sends {@code request} over a new connection, byte for byte, and reads one answer. */
    Exchange exchange(byte[] request) {
        return exchange(port, request, null);
    }

    /**
     * Sends {@code request} from the local address {@code from} (any 127.x.y.z works on Linux; null:
     * the default), byte for byte, and reads one answer.
     */
    static Exchange exchange(int port, byte[] request, java.net.InetAddress from) {
        try (Socket socket = new Socket()) {
            if (from != null) {
                socket.bind(new InetSocketAddress(from, 0));
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException closedWhileSending) {
                // the server may answer (and close) before it has read everything: read what it said
            }
            Map<String, String> headers = new LinkedHashMap<>();
            try {
                Answer answer = readAnswer(socket.getInputStream(), headers);
                return new Exchange(answer.status(), headers, answer.body());
            } catch (IOException | RuntimeException noAnswer) {
                return new Exchange(-1, headers, new byte[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("raw request to port " + port, e);
        }
    }

    private static Answer readAnswer(InputStream in) throws IOException {
        return readAnswer(in, new LinkedHashMap<>());
    }

    /** Reads one HTTP/1.1 answer (status line, headers, then a body by length, chunks or until close). */
    private static Answer readAnswer(InputStream in, Map<String, String> headers) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("connection closed without an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.merge(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim(),
                    (a, b) -> a + "\n" + b);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int n = Integer.parseInt(line(in).split(";")[0].trim(), 16); n > 0;
                     n = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(n));
                    line(in);
                }
            } else {
                body.write(in.readAllBytes());
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // keep what was read
        }
        return new Answer(status, headers.getOrDefault("content-type", ""), body.toByteArray());
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
