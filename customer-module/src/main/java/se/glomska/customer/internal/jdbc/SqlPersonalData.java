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

    @Override
    public long count(PersonalDataTable table, long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table.table() + " WHERE " + table.scope())
                .param("customerId", customerId)
                .query(Long.class)
                .single();
    }

    /** A bookkeeping record is kept whole ("Invoices and receipts: everything"): one item per record. */
    static final String ALL_FIELDS = "*";

    @Override
    public List<ManualReviewItem> review(String module, PersonalDataTable table, long customerId) {
        if (table.kind() == Kind.BOOKKEEPING) {
            return jdbc.sql("SELECT id FROM " + table.table() + " WHERE " + table.scope() + " ORDER BY id")
                    .param("customerId", customerId)
                    .query((rs, n) -> new ManualReviewItem(module, table.recordType(), rs.getLong(1), ALL_FIELDS))
                    .list();
        }
        List<String> reviewed = table.columns().stream()
                .filter(c -> c.rule() == FieldRule.REVIEW)
                .map(Column::name)
                .toList();
        if (reviewed.isEmpty()) {
            return List.of();
        }
        List<ManualReviewItem> items = new ArrayList<>();
        jdbc.sql("SELECT id, " + String.join(", ", reviewed) + " FROM " + table.table() + " WHERE " + table.scope()
                        + " ORDER BY id")
                .param("customerId", customerId)
                .query(rs -> {
                    for (String column : reviewed) {
                        Object value = rs.getObject(column);
                        if (value != null && !value.toString().isBlank()) {
                            items.add(new ManualReviewItem(module, table.recordType(), rs.getLong("id"),
                                    camelCase(column)));
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
