package se.glomska;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the application logs while it is open, with the project's packages at DEBUG, for tests
 * that no personal data reaches the log: {@code try (CapturedLog log = CapturedLog.atDebug()) {...}}.
 */
public final class CapturedLog implements AutoCloseable {

    private final Logger project = (Logger) LoggerFactory.getLogger("se.glomska");
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level before = project.getLevel();
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    private CapturedLog() {
        captured.start();
        project.setLevel(Level.DEBUG);
        root.addAppender(captured);
    }

    public static CapturedLog atDebug() {
        return new CapturedLog();
    }

    public List<ILoggingEvent> events() {
        return List.copyOf(captured.list);
    }

    /**
     * Something was logged, and nothing logged holds the text (in any case): no line, no argument, no MDC
     * value, and no exception anywhere in its chain (causes, suppressed exceptions, their messages and
     * stack traces, as a log file would print them).
     */
    public void assertNothingContains(String text) {
        assertThat(captured.list).as("something was logged").isNotEmpty();
        String needle = text.toLowerCase();
        for (ILoggingEvent event : captured.list) {
            assertThat(rendered(event).toLowerCase()).as("a logged event").doesNotContain(needle);
        }
    }

    /** Whether a line holding {@code text} was logged. */
    public boolean logged(String text) {
        return captured.list.stream().anyMatch(e -> rendered(e).contains(text));
    }

    /** The event as a log file would show it: the line, the MDC and the whole exception chain. */
    public static String rendered(ILoggingEvent event) {
        StringBuilder all = new StringBuilder(event.getFormattedMessage());
        all.append(' ').append(event.getMDCPropertyMap());
        if (event.getKeyValuePairs() != null) {
            all.append(' ').append(event.getKeyValuePairs());
        }
        if (event.getThrowableProxy() != null) {
            all.append('\n').append(ch.qos.logback.classic.spi.ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        return all.toString();
    }

    @Override
    public void close() {
        root.detachAppender(captured);
        project.setLevel(before);
    }
}
