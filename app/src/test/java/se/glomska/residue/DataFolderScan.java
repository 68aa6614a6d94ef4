package se.glomska.residue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file of a database server's data folder, read byte by byte for a value: which files hold it and how
 * often. The values are ASCII markers, stored as the same bytes in utf8mb4, so a plain byte search finds them
 * in a tablespace page, an undo record, a redo or binary log record alike (unless the file is encrypted).
 */
final class DataFolderScan {

    private DataFolderScan() {
    }

    /** Per file (path relative to {@code folder}) the number of occurrences of {@code value}; files without any are left out. */
    static Map<String, Integer> occurrences(Path folder, String value) {
        byte[] needle = value.getBytes(StandardCharsets.UTF_8);
        Map<String, Integer> found = new TreeMap<>();
        for (Path file : files(folder)) {
            int count = count(read(file), needle);
            if (count > 0) {
                found.put(folder.relativize(file).toString(), count);
            }
        }
        return found;
    }

    /** Every regular file under {@code folder}, relative path with its size, for the report. */
    static Map<String, Long> sizes(Path folder) {
        Map<String, Long> sizes = new TreeMap<>();
        for (Path file : files(folder)) {
            try {
                sizes.put(folder.relativize(file).toString(), Files.size(file));
            } catch (IOException e) {
                sizes.put(folder.relativize(file).toString(), -1L);
            }
        }
        return sizes;
    }

    /** A report line per file: its size and the occurrences of each value. */
    static String report(Path folder, Map<String, String> values) {
        Map<String, Map<String, Integer>> perValue = new TreeMap<>();
        values.forEach((label, value) -> perValue.put(label, occurrences(folder, value)));
        StringBuilder report = new StringBuilder("Data folder " + folder + "\n");
        sizes(folder).forEach((file, size) -> {
            StringBuilder line = new StringBuilder(String.format("  %-50s %,12d bytes", file, size));
            perValue.forEach((label, found) -> {
                if (found.containsKey(file)) {
                    line.append("  ").append(label).append(" x").append(found.get(file));
                }
            });
            report.append(line).append('\n');
        });
        return report.toString();
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            // A file the server removed meanwhile (a temporary file) holds nothing any more.
            if (!Files.exists(file)) {
                return new byte[0];
            }
            throw new UncheckedIOException(e);
        }
    }

    static int count(byte[] haystack, byte[] needle) {
        int count = 0;
        byte first = needle[0];
        int last = haystack.length - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (haystack[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            count++;
        }
        return count;
    }
}
