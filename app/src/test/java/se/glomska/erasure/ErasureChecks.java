package se.glomska.erasure;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.erasure.ErasureSpec.Expect;

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
     * keeps data: bookkeeping records and the section-5 (REVIEW) fields, as the answer key
     * {@link ErasureSpec} has them (not as the modules declare them). The marker is matched in any case
     * (e-mail addresses are stored lower-cased).
     */
    public static List<String> markersOutsideKeptPlaces(JdbcClient jdbc, String marker) {
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
            if (kept(table, name)) {
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

    /**
     * Whether the spec (the answer key {@link ErasureSpec}) keeps the column's text after an anonymization:
     * a bookkeeping record, or a section-5 (REVIEW) field. A column the answer key does not know is not
     * kept (and fails {@link SpecAnswerKeyTest}).
     */
    public static boolean kept(String table, String column) {
        return ErasureSpec.table(table)
                .map(spec -> spec.kind() == ErasureSpec.TableKind.BOOKKEEPING
                        || spec.column(column).map(e -> e == Expect.REVIEW || e == Expect.BOOKKEEPING).orElse(false))
                .orElse(false);
    }

    /** Every column of the schema's base tables, as lower-case {@code table.column}. */
    public static java.util.Set<String> schemaColumns(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT c.TABLE_NAME, c.COLUMN_NAME FROM information_schema.COLUMNS c
                JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
                WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'""")
                .query((rs, n) -> (rs.getString(1) + "." + rs.getString(2)).toLowerCase())
                .set();
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
