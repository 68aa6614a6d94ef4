package se.glomska.erasure;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.FieldRule;
import se.glomska.customer.spi.PersonalDataTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the erasure tests (here and in {@code reliability}) look at in the database. */
public final class ErasureChecks {

    private ErasureChecks() {
    }

    /**
     * Every text or binary column of the schema holding the marker, except the places where the spec
     * keeps data: bookkeeping records and the section-5 (REVIEW) fields.
     */
    public static List<String> markersOutsideKeptPlaces(JdbcClient jdbc, List<AnonymizationParticipant> participants,
                                                 String marker) {
        String needle = marker.substring(0, 8).toLowerCase();
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.sql("""
                SELECT c.TABLE_NAME AS t, c.COLUMN_NAME AS c FROM information_schema.COLUMNS c
                JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
                WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'
                  AND c.DATA_TYPE IN ('char', 'varchar', 'text', 'mediumtext', 'longtext', 'tinytext',
                                      'blob', 'mediumblob', 'longblob', 'tinyblob', 'binary', 'varbinary')""")
                .query().listOfRows();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("t");
            String name = (String) column.get("c");
            if (kept(participants, table, name)) {
                continue;
            }
            long n = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE LOWER(CONVERT(" + name
                    + " USING utf8mb4)) LIKE ?").param("%" + needle + "%").query(Long.class).single();
            if (n > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }

    public static boolean kept(List<AnonymizationParticipant> participants, String table, String column) {
        return declaration(participants, table)
                .map(declared -> declared.kind() == PersonalDataTable.Kind.BOOKKEEPING
                        || declared.column(column).map(c -> c.rule() == FieldRule.REVIEW
                        || c.rule() == FieldRule.BOOKKEEPING).orElse(false))
                .orElse(false);
    }

    public static java.util.Optional<PersonalDataTable> declaration(List<AnonymizationParticipant> participants,
                                                             String table) {
        return participants.stream().flatMap(p -> p.tables().stream())
                .filter(t -> t.table().equalsIgnoreCase(table)).findFirst();
    }

    public static long logEntries(JdbcClient jdbc, long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM erasure_log WHERE customer_id = ?").param(customerId)
                .query(Long.class).single();
    }

    /** Waits until every cross-module event has been handled (e.g. an order marked invoiced). */
    public static void awaitEventsCompleted(JdbcClient jdbc) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL")
                .query(Long.class).single() > 0) {
            assertThat(System.currentTimeMillis()).as("events completed in time").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
