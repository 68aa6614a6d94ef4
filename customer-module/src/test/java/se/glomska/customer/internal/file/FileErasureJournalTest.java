package se.glomska.customer.internal.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.glomska.customer.ErasureAction;
import se.glomska.customer.internal.domain.JournalEntry;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The erasure journal file: one JSON line per erasure, ids only, owner only, a redelivery changes nothing. */
class FileErasureJournalTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final JournalEntry FIRST = new JournalEntry(42, ErasureAction.ANONYMIZE,
            Instant.parse("2026-11-29T22:01:02.123456Z"), "admin");
    private static final JournalEntry SECOND = new JournalEntry(43, ErasureAction.DELETE,
            Instant.parse("2026-11-29T22:01:03Z"), "retention");

    @TempDir
    Path folder;

    @Test
    void oneLinePerErasureWithIdsOnlyReadableByItsOwnerOnly() throws Exception {
        Path file = folder.resolve("journal/erasure-journal.jsonl");
        FileErasureJournal journal = new FileErasureJournal(file.toString(), JSON);

        journal.append(FIRST);
        journal.append(SECOND);

        assertThat(Files.readAllLines(file)).containsExactly(
                "{\"customerId\":42,\"action\":\"ANONYMIZE\",\"erasedAt\":\"2026-11-29T22:01:02.123456Z\",\"actor\":\"admin\"}",
                "{\"customerId\":43,\"action\":\"DELETE\",\"erasedAt\":\"2026-11-29T22:01:03Z\",\"actor\":\"retention\"}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(journal.entries()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aRedeliveredErasureIsNotAppendedAgainAlsoAfterARestart() throws Exception {
        Path file = folder.resolve("erasure-journal.jsonl");
        FileErasureJournal journal = new FileErasureJournal(file.toString(), JSON);
        journal.append(FIRST);
        journal.append(FIRST);

        new FileErasureJournal(file.toString(), JSON).append(FIRST);

        assertThat(Files.readAllLines(file)).hasSize(1);
    }

    @Test
    void aBatchIsAppendedTogetherLeavingOutWhatTheJournalHoldsAndItsOwnRepeats() throws Exception {
        Path file = folder.resolve("erasure-journal.jsonl");
        FileErasureJournal journal = new FileErasureJournal(file.toString(), JSON);
        journal.append(FIRST);

        journal.appendAll(List.of(FIRST, SECOND, SECOND));
        new FileErasureJournal(file.toString(), JSON).appendAll(List.of(SECOND, FIRST));

        assertThat(journal.entries()).containsExactly(FIRST, SECOND);
        assertThat(Files.readAllLines(file)).hasSize(2);
    }

    @Test
    void aLineTornByACrashIsSkippedAndDoesNotRunIntoTheNext() throws Exception {
        Path file = folder.resolve("erasure-journal.jsonl");
        new FileErasureJournal(file.toString(), JSON).append(FIRST);
        Files.writeString(file, "{\"customerId\":43,\"act", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        FileErasureJournal restarted = new FileErasureJournal(file.toString(), JSON);
        assertThat(restarted.entries()).containsExactly(FIRST);
        restarted.append(SECOND);

        assertThat(restarted.entries()).containsExactly(FIRST, SECOND);
        assertThat(FileErasureJournal.read(file, JSON)).containsExactly(FIRST, SECOND);
    }

    @Test
    void aBlankPathIsAThrowAwayFile() {
        FileErasureJournal journal = new FileErasureJournal("", JSON);
        journal.append(FIRST);

        assertThat(journal.file().toString()).startsWith(System.getProperty("java.io.tmpdir"));
        assertThat(journal.entries()).isEqualTo(List.of(FIRST));
    }
}
