package se.glomska.docs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.IntegrationTest;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.PersonalDataTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/erasure-rules.md} is the rules in the project's own words; its last part lists every column of every
 * table with its rule. This test holds that list to what the participants declare, both ways: a declared column the
 * document lacks (or gives another rule) fails the build, and so does a row of the document that no module declares.
 */
class RulesDocumentTest extends IntegrationTest {

    private static final Pattern TABLE_HEADING = Pattern.compile("^### `(\\w+)`\\s*$");
    private static final Pattern COLUMN_ROW = Pattern.compile("^\\| `(\\w+)` \\| (\\w+) \\|.*$");

    @Autowired
    private List<AnonymizationParticipant> participants;

    @Test
    void theDocumentListsEveryDeclaredColumnWithItsRuleAndNothingElse() throws IOException {
        Set<String> declared = new TreeSet<>();
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : participant.tables()) {
                for (PersonalDataTable.Column column : table.columns()) {
                    declared.add(table.table() + "." + column.name() + " " + column.rule());
                }
            }
        }
        Set<String> documented = documentedRules(RepositoryFiles.read("docs/erasure-rules.md"));

        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(documented);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(declared);
        assertThat(missing).as("declared column rules that docs/erasure-rules.md (Column by column) lacks").isEmpty();
        assertThat(unknown).as("rows of docs/erasure-rules.md (Column by column) that no participant declares").isEmpty();
        assertThat(declared).as("the participants declare the schema").hasSizeGreaterThan(100);
    }

    @Test
    void aColumnMissingFromTheDocumentIsFound() {
        String document = """
                ## Column by column
                ### `sales_order`
                | column | rule | why kept |
                |---|---|---|
                | `id` | KEY | identity or link |
                | `customer_reference` | CLEAR | |
                """;
        assertThat(documentedRules(document)).containsExactlyInAnyOrder("sales_order.id KEY",
                "sales_order.customer_reference CLEAR");
    }

    /** The (table.column rule) rows of the document's "Column by column" part. */
    static Set<String> documentedRules(String document) {
        Set<String> rows = new TreeSet<>();
        String table = null;
        boolean inAppendix = false;
        for (String line : document.split("\n")) {
            if (line.startsWith("## ")) {
                inAppendix = line.trim().equals("## Column by column");
                table = null;
                continue;
            }
            if (!inAppendix) {
                continue;
            }
            Matcher heading = TABLE_HEADING.matcher(line);
            if (heading.matches()) {
                table = heading.group(1);
                continue;
            }
            Matcher row = COLUMN_ROW.matcher(line);
            if (row.matches() && table != null) {
                rows.add(table + "." + row.group(1) + " " + row.group(2));
            }
        }
        return rows;
    }

    /** Files of the repository, found from the module's working directory. */
    static final class RepositoryFiles {
        static String read(String path) throws IOException {
            Path here = Path.of("").toAbsolutePath();
            for (Path dir = here; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(path);
                if (Files.isRegularFile(candidate)) {
                    return Files.readString(candidate);
                }
            }
            throw new IOException(path + " not found above " + here);
        }
    }
}
