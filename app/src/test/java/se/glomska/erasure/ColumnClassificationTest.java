package se.glomska.erasure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.IntegrationTest;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.PersonalDataTable;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every column of every table in the schema is classified by the module that owns it, so a column
 * added next year cannot escape the erasure unnoticed; and nothing is declared that does not exist.
 */
class ColumnClassificationTest extends IntegrationTest {

    @Autowired
    List<AnonymizationParticipant> participants;

    @Test
    void everyColumnOfTheSchemaIsClassified() {
        assertThat(unclassified()).isEmpty();
    }

    @Test
    void everyDeclaredColumnExists() {
        Set<String> schema = schemaColumns();
        Set<String> missing = declaredColumns().stream().filter(c -> !schema.contains(c))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).isEmpty();
    }

    @Test
    void eachTableIsDeclaredByOneModuleOnly() {
        List<String> tables = participants.stream().flatMap(p -> p.tables().stream())
                .map(t -> t.table().toLowerCase()).toList();
        assertThat(tables).doesNotHaveDuplicates();
    }

    @Test
    void aColumnAddedWithoutClassificationIsReported() {
        jdbc.sql("ALTER TABLE customer_branch ADD COLUMN classification_probe VARCHAR(10)").update();
        try {
            assertThat(unclassified()).containsExactly("customer_branch.classification_probe");
        } finally {
            jdbc.sql("ALTER TABLE customer_branch DROP COLUMN classification_probe").update();
        }
    }

    private Set<String> unclassified() {
        Set<String> declared = declaredColumns();
        return schemaColumns().stream().filter(c -> !declared.contains(c))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> declaredColumns() {
        return participants.stream()
                .flatMap(p -> p.tables().stream())
                .flatMap(t -> t.columns().stream().map(c -> key(t, c)))
                .collect(Collectors.toSet());
    }

    private Set<String> schemaColumns() {
        return jdbc.sql("""
                SELECT c.TABLE_NAME, c.COLUMN_NAME FROM information_schema.COLUMNS c
                JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
                WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'""")
                .query((rs, n) -> (rs.getString(1) + "." + rs.getString(2)).toLowerCase())
                .set();
    }

    private static String key(PersonalDataTable table, PersonalDataTable.Column column) {
        return (table.table() + "." + column.name()).toLowerCase();
    }
}
