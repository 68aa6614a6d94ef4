package se.glomska.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application jar running in a JVM of its own, against the database the test names:
 * as in production, so that it can be killed with SIGKILL and started again.
 */
final class AppProcess {

    static final String OPERATOR = "operator";
    static final String PASSWORD = "test-secret";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    final int port;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar against {@code jdbcUrl} and waits until it reports itself healthy. */
    static AppProcess start(String jdbcUrl, String name, String... arguments) {
        int port = freePort();
        Path log = ControlledMariaDb.logs().resolve(name + ".log");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-jar", jar().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--glomska.demo-data=false",
                "--glomska.erasure-journal.path=",
                "--spring.security.user.name=" + OPERATOR,
                "--spring.security.user.password=" + PASSWORD,
                "--spring.security.user.roles=USER,DATA_PROTECTION"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            AppProcess app = new AppProcess(process, port);
            app.awaitHealthy(Duration.ofSeconds(180), log);
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: the JVM gets no chance to close anything. */
    void kill9() {
        try {
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -9 " + process.pid() + " failed");
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the application survived kill -9");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ordinary shutdown (SIGTERM), forcibly if it takes too long. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** GET without credentials (for the health endpoint). */
    HttpResponse<String> getAnonymously(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitHealthy(Duration timeout, Path log) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (getAnonymously("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            ApiCatalogue.sleep(250);
        }
        stop();
        throw new IllegalStateException("the application did not become healthy in " + timeout + "; see " + log);
    }

    /** The jar that {@code package} built (the failsafe configuration names it). */
    static Path jar() {
        String configured = System.getProperty("glomska.app.jar");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("app-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no application jar in target/: run mvn package"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
