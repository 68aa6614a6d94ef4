package se.glomska.customer.internal.file;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import se.glomska.customer.ErasureAction;
import se.glomska.customer.internal.domain.ErasureJournal;
import se.glomska.customer.internal.domain.JournalEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The erasure journal as a file of JSON lines, one erasure a line:
 * {@code {"customerId":42,"action":"ANONYMIZE","erasedAt":"2026-11-29T22:01:02.123456Z","actor":"admin"}}.
 * <p>
 * Opened for appending only, each line written whole and forced to disk ({@code fsync}) before {@link #append}
 * returns; created readable by its owner only. A line already in the file (same customer, action and time: a
 * redelivered event) is not written again. A last line torn by a crash is skipped when read and closed with a line
 * break before the next one, so it never runs into it.
 * <p>
 * {@code glomska.erasure-journal.path}: the file; blank for a throw-away file (the tests). The embedded default
 * keeps it beside its data folder ({@code .glomska/erasure-journal.jsonl}), outside what a database restore rolls
 * back.
 */
@Component
class FileErasureJournal implements ErasureJournal {

    private final Path file;
    private final ObjectMapper json;
    private Set<String> appended;

    FileErasureJournal(@Value("${glomska.erasure-journal.path:.glomska/erasure-journal.jsonl}") String path,
                       ObjectMapper json) {
        this.file = StringUtils.hasText(path) ? Path.of(path).toAbsolutePath() : throwAway();
        this.json = json;
    }

    /** The file, for the start-up log and the replay command. */
    Path file() {
        return file;
    }

    @Override
    public void append(JournalEntry entry) {
        appendAll(List.of(entry));
    }

    /** The entries the journal does not hold yet, written together and forced to disk once. */
    @Override
    public synchronized void appendAll(List<JournalEntry> entries) {
        if (appended == null) {
            appended = new HashSet<>();
            entries().forEach(e -> appended.add(key(e)));
        }
        StringBuilder lines = new StringBuilder();
        Set<String> keys = new HashSet<>();
        for (JournalEntry entry : entries) {
            if (!appended.contains(key(entry)) && keys.add(key(entry))) {
                lines.append(line(entry)).append('\n');
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        try {
            boolean created = !Files.exists(file);
            if (created) {
                Files.createDirectories(file.getParent());
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            String text = lines.toString();
            if (endsTorn(file)) {
                text = "\n" + text;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            if (created) {
                forceDirectory(file.getParent());
            }
            appended.addAll(keys);
        } catch (IOException e) {
            throw new UncheckedIOException("The erasure journal could not be written", e);
        }
    }

    @Override
    public synchronized List<JournalEntry> entries() {
        return read(file, json);
    }

    /** The erasures of a journal file (the replay reads a journal it is given); a torn or foreign line is skipped. */
    static List<JournalEntry> read(Path file, ObjectMapper json) {
        List<JournalEntry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = json.readTree(line);
                    entries.add(new JournalEntry(node.required("customerId").asLong(),
                            ErasureAction.valueOf(node.required("action").asString()),
                            Instant.parse(node.required("erasedAt").asString()),
                            node.required("actor").asString()));
                } catch (RuntimeException torn) {
                    // A line cut short by a crash while it was written: that erasure's event is still
                    // outstanding in the publication registry and is appended again.
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("The erasure journal could not be read", e);
        }
    }

    private String line(JournalEntry entry) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("customerId", entry.customerId());
        line.put("action", entry.action().name());
        line.put("erasedAt", entry.erasedAt().toString());
        line.put("actor", entry.actor());
        return json.writeValueAsString(line);
    }

    private static String key(JournalEntry entry) {
        return entry.customerId() + "|" + entry.action() + "|" + entry.erasedAt();
    }

    private static boolean endsTorn(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return endsTorn(channel);
        }
    }

    private static boolean endsTorn(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return false;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) != '\n';
    }

    /** A new file's name is durable only once its folder is forced too. */
    private static void forceDirectory(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every file system lets a folder be opened; the file's own force still holds its content.
        }
    }

    private static Path throwAway() {
        try {
            Path folder = Files.createTempDirectory("glomska-erasure-journal-");
            folder.toFile().deleteOnExit();
            Path file = folder.resolve("erasure-journal.jsonl");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
