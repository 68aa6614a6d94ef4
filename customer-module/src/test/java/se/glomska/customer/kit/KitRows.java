package se.glomska.customer.kit;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one row of a history for the kit: the values the author gives (keys, links, statuses, amounts), and the
 * customer's marker in every other text or binary column (cut to the column's length), so that every column a
 * rule may change holds something the kit can look for.
 */
public final class KitRows {

    private KitRows() {
    }

    /** Inserts the row and answers its {@code id}. */
    public static long insert(JdbcClient jdbc, String table, String marker, Map<String, ?> given) {
        record Col(String name, String type, Long length) {
        }
        List<Col> columns = jdbc.sql("""
                        SELECT column_name, data_type, character_maximum_length FROM information_schema.columns
                        WHERE table_schema = DATABASE() AND table_name = :table ORDER BY ordinal_position""")
                .param("table", table)
                .query((rs, n) -> new Col(rs.getString(1), rs.getString(2), (Long) rs.getObject(3, Long.class)))
                .list();
        Map<String, Object> values = new LinkedHashMap<>(given);
        for (Col column : columns) {
            if (values.containsKey(column.name()) || column.name().equals("id")) {
                continue;
            }
            switch (column.type()) {
                case "varchar", "char", "text", "mediumtext", "longtext", "tinytext" ->
                        values.put(column.name(), column.length() != null && column.length() < marker.length()
                                ? marker.substring(0, column.length().intValue()) : marker);
                case "blob", "mediumblob", "longblob", "varbinary" ->
                        values.put(column.name(), marker.getBytes(StandardCharsets.UTF_8));
                default -> {
                    // numbers, dates, flags: the database's default, or the author's value
                }
            }
        }
        List<String> names = new ArrayList<>(values.keySet());
        JdbcClient.StatementSpec statement = jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", names)
                + ") VALUES (" + String.join(", ", names.stream().map(n -> ":" + n).toList()) + ") RETURNING id");
        for (String name : names) {
            statement = statement.param(name, values.get(name));
        }
        return statement.query(Long.class).single();
    }
}
