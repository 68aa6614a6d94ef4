package se.glomska.erasure;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.glomska.IntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full history is built and anonymized with the application's log captured at DEBUG for the
 * project's packages: none of the customer's marker values appears in any line or stack trace.
 */
class NoPersonalDataInLogsTest extends IntegrationTest {

    @Test
    void anonymizationLogsNoPersonalData() {
        Logger project = (Logger) LoggerFactory.getLogger("se.glomska");
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = project.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        project.setLevel(Level.DEBUG);
        root.addAppender(captured);
        String marker = Markers.next();
        try {
            CustomerHistory h = CustomerHistory.build(api(), marker);
            api().get("/api/customers/" + h.customerId + "/erasure");
            assertThat(api().post("/api/customers/" + h.customerId + "/erasure",
                    Map.of("action", "ANONYMIZE", "acknowledged", true)).status()).isEqualTo(200);
            // Bad input and refused requests are logged too: they must not echo values either.
            api().post("/api/customers", Map.of("kind", "PERSON", "relation", "CUSTOMER", "lastName",
                    marker + "-refused", "shoeSize", 1));
            api().put("/api/customers/" + h.customerId, Map.of("kind", "PERSON", "relation", "CUSTOMER",
                    "lastName", marker + "-late-edit"));
        } finally {
            root.detachAppender(captured);
            project.setLevel(before);
        }

        List<String> lines = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).as("something was logged at DEBUG").isNotEmpty();
        String needle = marker.substring(0, 8).toLowerCase();
        for (ILoggingEvent event : captured.list) {
            assertThat(event.getFormattedMessage().toLowerCase()).doesNotContain(needle);
            if (event.getThrowableProxy() != null) {
                assertThat(String.valueOf(event.getThrowableProxy().getMessage()).toLowerCase()).doesNotContain(needle);
            }
        }
    }
}
