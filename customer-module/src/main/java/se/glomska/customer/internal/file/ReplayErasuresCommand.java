package se.glomska.customer.internal.file;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import se.glomska.customer.internal.application.ReplayErasures;
import se.glomska.customer.internal.application.ReplayErasures.Replayed;
import se.glomska.customer.internal.application.ReplayErasures.Result;
import se.glomska.customer.internal.domain.JournalEntry;
import tools.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The replay after a restore (docs/residual-copies.md), as a command:
 * {@code java -jar app.jar --server.port=0 --server.address=127.0.0.1 --glomska.replay-erasures=<journal>} with the
 * usual database settings (the web server is part of the application; on a free loopback port no user reaches it
 * meanwhile). {@code <journal>} is the journal file, or {@code true} for the configured one
 * ({@code glomska.erasure-journal.path}). Erases again, logs what it did (ids only) and exits: 0 when every
 * journalled erasure holds again, 3 when some are blocked in the restored state (listed in the log), 2 when the
 * journal file does not exist. {@code glomska.replay-erasures.exit=false} keeps the application running afterwards.
 */
@Component
@ConditionalOnProperty("glomska.replay-erasures")
class ReplayErasuresCommand implements ApplicationRunner {

    private final ReplayErasures replay;
    private final FileErasureJournal journal;
    private final ObjectMapper json;
    private final ConfigurableApplicationContext context;
    private final String journalToReplay;
    private final boolean exit;

    ReplayErasuresCommand(ReplayErasures replay, FileErasureJournal journal, ObjectMapper json,
                          ConfigurableApplicationContext context,
                          @Value("${glomska.replay-erasures}") String journalToReplay,
                          @Value("${glomska.replay-erasures.exit:true}") boolean exit) {
        this.replay = replay;
        this.journal = journal;
        this.json = json;
        this.context = context;
        this.journalToReplay = journalToReplay;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path file = "true".equalsIgnoreCase(journalToReplay) ? journal.file() : Path.of(journalToReplay);
        int code;
        if (!Files.isRegularFile(file)) {
            org.slf4j.LoggerFactory.getLogger(ReplayErasuresCommand.class)
                    .error("No erasure journal at {}: nothing replayed", file);
            code = 2;
        } else {
            List<JournalEntry> entries = FileErasureJournal.read(file, json);
            List<Replayed> replayed = replay.replay(entries);
            code = replayed.stream().anyMatch(r -> r.result() == Result.BLOCKED) ? 3 : 0;
        }
        if (exit) {
            int status = code;
            System.exit(SpringApplication.exit(context, () -> status));
        }
    }
}
