package se.glomska.reliability;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import se.glomska.CapturedLog;
import se.glomska.DatabaseSnapshot;
import se.glomska.IntegrationTest;
import se.glomska.erasure.ErasureChecks;
import se.glomska.reliability.RawBadInputs.Case;
import se.glomska.reliability.RawHttp.Exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The raw part of the bad-input catalogue ({@link RawBadInputs}) against the test's own server: every
 * case answered as it allows (a 4xx, or the page where the broken part is ignored; never a 5xx, never a
 * dropped connection), no table changed, no ERROR line logged. The same cases run against the packaged
 * jar in the reliability profile ({@link RawBadInputCatalogueIT}).
 */
class RawBadInputCatalogueTest extends IntegrationTest {

    @Test
    void everyRawBadInputIsAnsweredWithoutA500AndWritesNothing() {
        ErasureChecks.awaitEventsCompleted(jdbc);
        List<Case> cases = RawBadInputs.catalogue(port, OPERATOR, PASSWORD);
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        try (CapturedLog log = CapturedLog.atDebug()) {
            for (Case c : cases) {
                Exchange answer = RawBadInputs.send(port, c);
                byStatus.merge(answer.status(), 1, Integer::sum);
                String problem = RawBadInputs.problem(c, answer);
                if (problem != null) {
                    failures.add(c + ": " + problem + " — " + answer);
                }
            }
            List<String> errors = log.events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                    .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
            assertThat(errors).as("ERROR lines").isEmpty();
        }
        System.out.printf("Raw bad-input catalogue: %d cases, answered %s%n", cases.size(), byStatus);
        assertThat(failures).as("cases answered wrongly (%d of %d)", failures.size(), cases.size()).isEmpty();
        // Sessions opened by page requests are the visitor's (ADR 0012), not data written
        assertThat(DatabaseSnapshot.of(jdbc).withoutPageSessions()).as("no table changed")
                .isEqualTo(before.withoutPageSessions());
    }
}
