package se.glomska.customer.internal.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.glomska.customer.internal.domain.ManualReviewItem;
import se.glomska.customer.internal.domain.PersonalData;
import se.glomska.customer.spi.FieldRule;
import se.glomska.customer.spi.PersonalDataTable;
import se.glomska.customer.spi.PersonalDataTable.Column;
import se.glomska.customer.spi.PersonalDataTable.Kind;
import se.glomska.customer.spi.PersonalDataTable.OnAnonymize;

import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where the field rules of erasure-rules.md become SQL. Table and column names come
 * from the modules' declarations (constants), values are bound as parameters.
 */
@Repository
class SqlPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    SqlPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The SQL expression a column becomes under its rule. */
    static String assignment(Column column) {
        String name = column.name();
        return name + " = " + switch (column.rule()) {
            case PLACEHOLDER -> "'Xxxx'";
            case CLEAR -> "NULL";
            case YEAR_ONLY -> "MAKEDATE(YEAR(" + name + "), 1)";
            case ZERO -> "0";
            case FALSE -> "FALSE";
            case TRUE -> "TRUE";
            case ERASURE_TIME -> ":erasureTime";
            case KEY, NOT_PERSONAL, REVIEW, BOOKKEEPING ->
                    throw new IllegalArgumentException(name + " is kept, not written");
        };
    }

    /**
     * One statement for all tables: a {@code UNION ALL} of one {@code COUNT} per table, each over the
     * table's customer index, with the number of filled REVIEW fields summed in the database (no
     * value leaves it). One round trip whatever the number of tables.
     */
    @Override
    public List<TableCount> count(List<PersonalDataTable> tables, long customerId) {
        List<TableCount> counts = new ArrayList<>(Collections.nCopies(tables.size(), new TableCount(0, 0)));
        perTable(tables, customerId, table -> "COUNT(*) AS n, " + reviewItems(table) + " AS r FROM " + table.table()
                        + " WHERE " + table.scope(),
                (i, rs) -> counts.set(i, new TableCount(rs.getLong("n"), rs.getLong("r"))));
        return counts;
    }

    /** As {@link #count}, with one {@code EXISTS} (a single index lookup) per table instead of a count. */
    @Override
    public List<Boolean> present(List<PersonalDataTable> tables, long customerId) {
        List<Boolean> present = new ArrayList<>(Collections.nCopies(tables.size(), false));
        perTable(tables, customerId, table -> "EXISTS (SELECT 1 FROM " + table.table() + " WHERE " + table.scope()
                        + ") AS n",
                (i, rs) -> present.set(i, rs.getBoolean("n")));
        return present;
    }

    private interface RowReader {
        void read(int table, java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    /** {@code SELECT <i>, <select of table i> UNION ALL ...} over the tables that hold customer data. */
    private void perTable(List<PersonalDataTable> tables, long customerId,
                          java.util.function.Function<PersonalDataTable, String> select, RowReader reader) {
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            PersonalDataTable table = tables.get(i);
            if (table.holdsCustomerData()) {
                selects.add("SELECT " + i + " AS t, " + select.apply(table));
            }
        }
        if (selects.isEmpty()) {
            return;
        }
        jdbc.sql(String.join(" UNION ALL ", selects))
                .param("customerId", customerId)
                .query(rs -> {
                    reader.read(rs.getInt("t"), rs);
                });
    }

    /** The SQL sum of the table's manual-review items over the rows selected. */
    private static String reviewItems(PersonalDataTable table) {
        if (table.kind() == Kind.BOOKKEEPING) {
            return "COUNT(*)";
        }
        List<String> reviewed = reviewed(table);
        return reviewed.isEmpty() ? "0"
                : "COALESCE(SUM(" + String.join(" + ", reviewed.stream().map(SqlPersonalData::filled).toList()) + "), 0)";
    }

    /**
     * Whether a kept field holds something to check: not NULL and not only white space (a number or a
     * binary value, such as a document's content, counts whenever it is present).
     */
    static String filled(String column) {
        // Most kept texts start with a visible ASCII character (ORD 33 to 126) and are decided without the
        // regular expression, which costs far more per row. Anything else goes to it: MariaDB matches
        // [[:space:]] by Unicode, so a value of only no-break or em spaces is blank too.
        return "(" + column + " IS NOT NULL AND (CHARSET(" + column + ") = 'binary' OR ORD(" + column
                + ") BETWEEN 33 AND 126 OR " + column + " NOT REGEXP '^[[:space:]]*$'))";
    }

    private static List<String> reviewed(PersonalDataTable table) {
        return table.columns().stream()
                .filter(c -> c.rule() == FieldRule.REVIEW)
                .map(Column::name)
                .toList();
    }

    /** A bookkeeping record is kept whole ("Invoices and receipts: everything"): one item per record. */
    static final String ALL_FIELDS = "*";

    /**
     * The first {@code limit} items, by record id. Which fields are filled is decided in the database
     * (the same test as the count), so only ids and flags are read, never the kept values.
     */
    @Override
    public List<ManualReviewItem> review(String module, PersonalDataTable table, long customerId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        if (table.kind() == Kind.BOOKKEEPING) {
            return jdbc.sql("SELECT id FROM " + table.table() + " WHERE " + table.scope() + " ORDER BY id LIMIT :limit")
                    .param("customerId", customerId)
                    .param("limit", limit)
                    .query((rs, n) -> new ManualReviewItem(module, table.recordType(), rs.getLong(1), ALL_FIELDS))
                    .list();
        }
        List<String> reviewed = reviewed(table);
        if (reviewed.isEmpty()) {
            return List.of();
        }
        List<String> flags = reviewed.stream().map(SqlPersonalData::filled).toList();
        List<ManualReviewItem> items = new ArrayList<>();
        // Every row selected has at least one filled field, so `limit` rows are always enough.
        jdbc.sql("SELECT id, " + String.join(", ", flags) + " FROM " + table.table() + " WHERE " + table.scope()
                        + " AND (" + String.join(" OR ", flags) + ") ORDER BY id LIMIT :limit")
                .param("customerId", customerId)
                .param("limit", limit)
                .query(rs -> {
                    for (int i = 0; i < reviewed.size() && items.size() < limit; i++) {
                        if (rs.getBoolean(i + 2)) {
                            items.add(new ManualReviewItem(module, table.recordType(), rs.getLong(1),
                                    camelCase(reviewed.get(i))));
                        }
                    }
                });
        return items;
    }

    @Override
    public long anonymize(PersonalDataTable table, long customerId, Instant erasureTime) {
        if (table.kind() == Kind.BOOKKEEPING || !table.holdsCustomerData()) {
            return 0;
        }
        if (table.onAnonymize() == OnAnonymize.DELETE_ROWS) {
            return delete(table, customerId);
        }
        List<String> assignments = table.columns().stream()
                .filter(c -> c.rule().changesValue())
                .map(SqlPersonalData::assignment)
                .toList();
        if (assignments.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE " + table.table() + " SET " + String.join(", ", assignments)
                        + " WHERE " + table.scope())
                .param("customerId", customerId)
                .param("erasureTime", Timestamp.from(erasureTime))
                .update();
    }

    @Override
    public long delete(PersonalDataTable table, long customerId) {
        if (table.kind() == Kind.BOOKKEEPING || !table.holdsCustomerData()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM " + table.table() + " WHERE " + table.scope())
                .param("customerId", customerId)
                .update();
    }

    @Override
    public List<Map<String, Object>> export(PersonalDataTable table, long customerId) {
        return jdbc.sql("SELECT * FROM " + table.table() + " WHERE " + table.scope() + " ORDER BY id")
                .param("customerId", customerId)
                .query((rs, n) -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        if (value instanceof byte[] bytes) {
                            value = Base64.getEncoder().encodeToString(bytes);
                        } else if (value instanceof Timestamp timestamp) {
                            value = timestamp.toInstant();
                        } else if (value instanceof java.sql.Date date) {
                            value = date.toLocalDate();
                        }
                        row.put(camelCase(meta.getColumnLabel(i)), value);
                    }
                    return row;
                })
                .list();
    }

    static String camelCase(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
