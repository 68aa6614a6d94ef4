package se.glomska.reliability;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.DatabaseSnapshot;
import se.glomska.reliability.RawBadInputs.Case;
import se.glomska.reliability.RawHttp.Exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The raw part of the bad-input catalogue ({@link RawBadInputs}) against the packaged jar in a JVM of its
 * own, as in production (Tomcat's own limits and error handling included): every case answered as it
 * allows (never a 5xx, never a dropped connection), no table changed, no ERROR line in the application's
 * log ({@code target/reliability-logs/raw-bad-input.log}).
 */
class RawBadInputCatalogueIT {

    private static final String DATABASE = "glomska_raw";
    private static AppProcess app;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() {
        ControlledMariaDb db = ControlledMariaDb.shared();
        String url = db.createDatabase(DATABASE);
        jdbc = db.jdbc(DATABASE);
        app = AppProcess.start(url, "raw-bad-input");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void everyRawBadInputIsAnsweredWithoutA500AndWritesNothing() throws IOException {
        Path log = ControlledMariaDb.logs().resolve("raw-bad-input.log");
        long logBefore = Files.size(log);
        List<Case> cases = RawBadInputs.catalogue(app.port, AppProcess.OPERATOR, AppProcess.PASSWORD);
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (Case c : cases) {
            Exchange answer = RawBadInputs.send(app.port, c);
            byStatus.merge(answer.status(), 1, Integer::sum);
            String problem = RawBadInputs.problem(c, answer);
            if (problem != null) {
                failures.add(c + ": " + problem + " — " + answer);
            }
        }
        System.out.printf("Raw bad-input catalogue on the packaged jar: %d cases, answered %s%n", cases.size(), byStatus);
        assertThat(failures).as("cases answered wrongly (%d of %d)", failures.size(), cases.size()).isEmpty();
        assertThat(DatabaseSnapshot.of(jdbc).withoutPageSessions()).as("no table changed")
                .isEqualTo(before.withoutPageSessions());
        byte[] all = Files.readAllBytes(log);
        String written = new String(all, (int) logBefore, all.length - (int) logBefore, StandardCharsets.UTF_8);
        assertThat(written.lines().filter(line -> line.contains(" ERROR ")).toList()).as("ERROR lines in " + log).isEmpty();
    }
}
