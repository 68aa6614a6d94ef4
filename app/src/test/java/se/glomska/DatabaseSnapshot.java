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
}
