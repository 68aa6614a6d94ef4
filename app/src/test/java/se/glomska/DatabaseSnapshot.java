package se.glomska;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.TreeMap;

/**
 * The content of every base table of the schema, as MariaDB's live {@code CHECKSUM TABLE}: two
 * snapshots are equal exactly when no row of any table differs.
 */
public record DatabaseSnapshot(Map<String, Long> checksums) {

    public static DatabaseSnapshot of(JdbcClient jdbc) {
        Map<String, Long> checksums = new TreeMap<>();
        for (String table : jdbc.sql("""
                SELECT TABLE_NAME FROM information_schema.TABLES
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'""").query(String.class).list()) {
            checksums.put(table, jdbc.sql("CHECKSUM TABLE " + table + " EXTENDED")
                    .query((rs, n) -> rs.getLong("Checksum")).single());
        }
        return new DatabaseSnapshot(checksums);
    }

    /**
     * This snapshot without Spring Session's tables: a page request without a login may open a session (the login
     * form's CSRF token, the page to return to after the login), kept in the database since ADR 0012. That is the
     * visitor's session, not data the request wrote.
     */
    public DatabaseSnapshot withoutPageSessions() {
        Map<String, Long> rest = new TreeMap<>(checksums);
        rest.keySet().removeIf(table -> table.toUpperCase(java.util.Locale.ROOT).startsWith("SPRING_SESSION"));
        return new DatabaseSnapshot(rest);
    }
}
