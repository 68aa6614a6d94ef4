package se.glomska.customer.internal.jdbc;

import se.glomska.customer.CustomerId;
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
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
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
    private final tools.jackson.databind.ObjectMapper json;

    SqlPersonalData(JdbcClient jdbc, tools.jackson.databind.ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
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
     * value leaves it). One round trip whatever the number of tables. With {@code checksums}, each table
     * whose free text is searched also answers the checksum of that text ({@link #checksum}).
     */
    @Override
    public List<TableCount> count(List<PersonalDataTable> tables, long customerId, String mentions, boolean checksums) {
        List<TableCount> counts = new ArrayList<>(Collections.nCopies(tables.size(), new TableCount(0, 0)));
        perTable(tables, customerId, mentions, table -> "COUNT(*) AS n, " + reviewItems(table) + " AS r, "
                        + sum(searched(table), c -> mentioned(c, mentions))
                        + " AS m, " + sum(table.kind() == Kind.BOOKKEEPING ? List.of() : structured(table),
                        SqlPersonalData::filled) + " AS s, " + (checksums ? checksum(table) : "0") + " AS h FROM "
                        + table.table() + " WHERE " + table.scope(),
                (i, rs) -> counts.set(i, new TableCount(rs.getLong("n"), rs.getLong("r"), rs.getLong("m"),
                        rs.getLong("s"), rs.getLong("h"))));
        return counts;
    }

    /** The free-text columns searched for the customer's identifiers (none in a bookkeeping record). */
    private static List<String> searched(PersonalDataTable table) {
        return table.kind() == Kind.BOOKKEEPING ? List.of() : freeText(table);
    }

    /**
     * The checksum of the customer's free text in a table: per row a 63-bit hash (CRC-32 and CRC-32C, shifted
     * and combined) of the row's id and its free-text values (NULL and a binary value, never searched, each
     * as a byte of its own), combined over the rows by XOR. Any change of a searched value, a new row or a
     * deleted one changes it (a missed change is as likely as two 63-bit hashes colliding); a file's content
     * is not hashed, since it is never searched. {@code 0} for a table without free text.
     */
    static String checksum(PersonalDataTable table) {
        List<String> columns = searched(table);
        if (columns.isEmpty()) {
            return "0";
        }
        String row = "CONCAT_WS(CHAR(31), id, " + String.join(", ", columns.stream()
                .map(c -> "IF(" + c + " IS NULL, CHAR(0), IF(CHARSET(" + c + ") = 'binary', CHAR(1), " + c + "))")
                .toList()) + ")";
        return "COALESCE(BIT_XOR((CRC32(" + row + ") << 31) ^ CRC32C(" + row + ")), 0)";
    }

    @Override
    public List<TableCount> checksums(List<PersonalDataTable> tables, long customerId) {
        List<TableCount> counts = new ArrayList<>(Collections.nCopies(tables.size(), new TableCount(0, 0)));
        List<PersonalDataTable> withText = tables.stream().map(t -> searched(t).isEmpty() ? null : t).toList();
        perTable(withText, customerId, null, table -> "COUNT(*) AS n, " + checksum(table) + " AS h FROM "
                        + table.table() + " WHERE " + table.scope(),
                (i, rs) -> counts.set(i, new TableCount(rs.getLong("n"), 0, 0, 0, rs.getLong("h"))));
        return counts;
    }

    @Override
    public Map<String, MarkScan> markScans(long customerId) {
        Map<String, MarkScan> scans = new LinkedHashMap<>();
        jdbc.sql("SELECT table_name, identifiers, rows_read, checksum, mentions FROM review_mark_scan"
                        + " WHERE customer_id = :customerId")
                .param("customerId", customerId)
                .query(rs -> {
                    scans.put(rs.getString(1), new MarkScan(rs.getString(1), rs.getString(2), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5)));
                });
        return scans;
    }

    /**
     * Searches the tables again (one {@code INSERT ... SELECT} for all of them, one {@code UNION ALL} branch per
     * free-text column) and stores their marks and checksums in place of the old ones: four statements.
     */
    @Override
    public List<Long> refreshMarks(List<PersonalDataTable> tables, long customerId, String mentions,
                                   String fingerprint, List<TableCount> counts) {
        List<Long> found = new ArrayList<>(Collections.nCopies(tables.size(), 0L));
        if (tables.isEmpty() || mentions == null) {
            return found;
        }
        List<String> names = tables.stream().map(PersonalDataTable::table).toList();
        jdbc.sql("DELETE FROM review_mark WHERE customer_id = :customerId AND table_name IN (:tables)")
                .param("customerId", customerId)
                .param("tables", names)
                .update();
        List<String> selects = new ArrayList<>();
        for (PersonalDataTable table : tables) {
            for (String c : searched(table)) {
                selects.add("SELECT :customerId, '" + table.table() + "', id, '" + PersonalDataTable.fieldName(c)
                        + "' FROM " + table.table() + " WHERE " + table.scope() + " AND " + filled(c) + " AND "
                        + mentioned(c, mentions));
            }
        }
        if (!selects.isEmpty()) {
            jdbc.sql("INSERT INTO review_mark (customer_id, table_name, record_id, field) "
                            + String.join(" UNION ALL ", selects))
                    .param("customerId", customerId)
                    .param("mentions", mentions)
                    .update();
        }
        Map<String, Long> marks = new java.util.HashMap<>();
        jdbc.sql("SELECT table_name, COUNT(*) FROM review_mark WHERE customer_id = :customerId"
                        + " AND table_name IN (:tables) GROUP BY table_name")
                .param("customerId", customerId)
                .param("tables", names)
                .query(rs -> {
                    marks.put(rs.getString(1), rs.getLong(2));
                });
        List<String> rows = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("customerId", customerId);
        params.put("identifiers", fingerprint);
        for (int i = 0; i < tables.size(); i++) {
            found.set(i, marks.getOrDefault(names.get(i), 0L));
            rows.add("(:customerId, :t" + i + ", :identifiers, :n" + i + ", :h" + i + ", :m" + i + ")");
            params.put("t" + i, names.get(i));
            params.put("n" + i, counts.get(i).rows());
            params.put("h" + i, counts.get(i).checksum());
            params.put("m" + i, found.get(i));
        }
        jdbc.sql("INSERT INTO review_mark_scan (customer_id, table_name, identifiers, rows_read, checksum, mentions)"
                        + " VALUES " + String.join(", ", rows) + " ON DUPLICATE KEY UPDATE identifiers = VALUES(identifiers),"
                        + " rows_read = VALUES(rows_read), checksum = VALUES(checksum), mentions = VALUES(mentions)")
                .params(params)
                .update();
        return found;
    }

    @Override
    public void forgetMarks(long customerId) {
        jdbc.sql("DELETE FROM review_mark WHERE customer_id = :customerId").param("customerId", customerId).update();
        jdbc.sql("DELETE FROM review_mark_scan WHERE customer_id = :customerId").param("customerId", customerId)
                .update();
    }

    /**
     * One statement over the tables with free text: how many filled free-text fields mention the customer.
     * Only the customer's rows are read (the scope), and no value leaves the database.
     */
    @Override
    public List<Long> mentions(List<PersonalDataTable> tables, long customerId, String mentions) {
        List<Long> counts = new ArrayList<>(Collections.nCopies(tables.size(), 0L));
        if (mentions == null) {
            return counts;
        }
        List<PersonalDataTable> searched = tables.stream()
                .map(t -> t.kind() == Kind.BOOKKEEPING || freeText(t).isEmpty() ? null : t)
                .toList();
        perTable(searched, customerId, mentions, table -> sum(freeText(table), c -> mentioned(c, mentions))
                        + " AS m FROM " + table.table() + " WHERE " + table.scope(),
                (i, rs) -> counts.set(i, rs.getLong("m")));
        return counts;
    }

    /** {@code COALESCE(SUM(a + b + ...), 0)} of the columns' flags. */
    private static String sum(List<String> columns, java.util.function.Function<String, String> flag) {
        return columns.isEmpty() ? "0"
                : "COALESCE(SUM(" + String.join(" + ", columns.stream().map(flag).toList()) + "), 0)";
    }

    /**
     * Whether a free-text column mentions the customer: MariaDB's REGEXP (PCRE2) with the customer's
     * identifiers as one bound expression. A binary value (a file's content) is not text: never searched.
     */
    static String mentioned(String column, String mentions) {
        if (mentions == null) {
            return "FALSE";
        }
        return "COALESCE(CHARSET(" + column + ") <> 'binary' AND CONVERT(" + column
                + " USING utf8mb4) REGEXP :mentions, FALSE)";
    }

    /** As {@link #count}, with one {@code EXISTS} (a single index lookup) per table instead of a count. */
    @Override
    public List<Boolean> present(List<PersonalDataTable> tables, long customerId) {
        List<Boolean> present = new ArrayList<>(Collections.nCopies(tables.size(), false));
        perTable(tables, customerId, null, table -> "EXISTS (SELECT 1 FROM " + table.table() + " WHERE " + table.scope()
                        + ") AS n",
                (i, rs) -> present.set(i, rs.getBoolean("n")));
        return present;
    }

    /** As {@link #present}, with one more branch: whether the customer has an index of marks. */
    @Override
    public Presence presence(List<PersonalDataTable> tables, long customerId) {
        List<Boolean> present = new ArrayList<>(Collections.nCopies(tables.size(), false));
        boolean[] marks = {false};
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            PersonalDataTable table = tables.get(i);
            if (table != null && table.holdsCustomerData()) {
                selects.add("SELECT " + i + " AS t, EXISTS (SELECT 1 FROM " + table.table() + " WHERE " + table.scope()
                        + ") AS n");
            }
        }
        selects.add("SELECT -1 AS t, EXISTS (SELECT 1 FROM review_mark_scan WHERE customer_id = :customerId) AS n");
        jdbc.sql(String.join(" UNION ALL ", selects)).param("customerId", customerId).query(rs -> {
            int t = rs.getInt("t");
            if (t < 0) {
                marks[0] = rs.getBoolean("n");
            } else {
                present.set(t, rs.getBoolean("n"));
            }
        });
        return new Presence(present, marks[0]);
    }

    private interface RowReader {
        void read(int table, java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    /** {@code SELECT <i>, <select of table i> UNION ALL ...} over the tables that hold customer data. */
    private void perTable(List<PersonalDataTable> tables, long customerId, String mentions,
                          java.util.function.Function<PersonalDataTable, String> select, RowReader reader) {
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            PersonalDataTable table = tables.get(i);
            if (table != null && table.holdsCustomerData()) {
                selects.add("SELECT " + i + " AS t, " + select.apply(table));
            }
        }
        if (selects.isEmpty()) {
            return;
        }
        var statement = jdbc.sql(String.join(" UNION ALL ", selects)).param("customerId", customerId);
        if (mentions != null) {
            statement = statement.param("mentions", mentions);
        }
        statement.query(rs -> {
                    reader.read(rs.getInt("t"), rs);
                });
    }

    /** The SQL sum of the table's manual-review items over the rows selected. */
    private static String reviewItems(PersonalDataTable table) {
        if (table.kind() == Kind.BOOKKEEPING) {
            // Listed once per record, never per line.
            return table.partOf() == null ? "COUNT(*)" : "0";
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

    private static List<String> freeText(PersonalDataTable table) {
        return table.columns().stream()
                .filter(c -> c.rule() == FieldRule.REVIEW && c.freeText())
                .map(Column::name)
                .toList();
    }

    private static List<String> structured(PersonalDataTable table) {
        return table.columns().stream()
                .filter(c -> c.rule() == FieldRule.REVIEW && !c.freeText())
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
            if (table.partOf() != null) {
                return List.of();
            }
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
                                    PersonalDataTable.fieldName(reviewed.get(i))));
                        }
                    }
                });
        return items;
    }

    @Override
    public List<ManualReviewItem> review(String module, PersonalDataTable table, long customerId,
                                         ManualReviewItem.Group group, String mentions, int limit) {
        return review(module, table, customerId, group, mentions, limit, false);
    }

    /**
     * As {@link #review(String, PersonalDataTable, long, ManualReviewItem.Group, String, int)}; with {@code indexed}
     * the marks are read from the index ({@code review_mark}) instead of searching the text: the caller has
     * checked that the index holds for the table (its checksum and identifiers).
     */
    @Override
    public List<ManualReviewItem> review(String module, PersonalDataTable table, long customerId,
                                         ManualReviewItem.Group group, String mentions, int limit, boolean indexed) {
        if (limit <= 0) {
            return List.of();
        }
        if (indexed && group == ManualReviewItem.Group.MENTIONS && table.kind() != Kind.BOOKKEEPING) {
            List<String> columns = freeText(table);
            if (columns.isEmpty()) {
                return List.of();
            }
            return jdbc.sql("SELECT record_id, field FROM review_mark WHERE customer_id = :customerId"
                            + " AND table_name = '" + table.table() + "' ORDER BY record_id, FIELD(field, "
                            + String.join(", ", columns.stream().map(c -> "'" + PersonalDataTable.fieldName(c) + "'")
                            .toList()) + ") LIMIT :limit")
                    .param("customerId", customerId)
                    .param("limit", limit)
                    .query((rs, n) -> new ManualReviewItem(module, table.recordType(), rs.getLong(1),
                            rs.getString(2), group))
                    .list();
        }
        if (table.kind() == Kind.BOOKKEEPING) {
            return group != ManualReviewItem.Group.RECORD || table.partOf() != null ? List.of()
                    : review(module, table, customerId, limit).stream().map(i -> i.in(group)).toList();
        }
        List<String> columns = switch (group) {
            case MENTIONS -> mentions == null ? List.of() : freeText(table);
            case FREE_TEXT -> freeText(table);
            case STRUCTURED -> structured(table);
            case RECORD -> List.of();
        };
        if (columns.isEmpty()) {
            return List.of();
        }
        List<String> flags = columns.stream().map(c -> switch (group) {
            case MENTIONS -> "(" + filled(c) + " AND " + mentioned(c, mentions) + ")";
            case FREE_TEXT -> indexed ? "(" + filled(c) + " AND NOT EXISTS (SELECT 1 FROM review_mark k"
                    + " WHERE k.customer_id = :customerId AND k.table_name = '" + table.table() + "' AND k.record_id = "
                    + table.table() + ".id AND k.field = '" + PersonalDataTable.fieldName(c) + "'))"
                    : "(" + filled(c) + " AND NOT " + mentioned(c, mentions) + ")";
            default -> filled(c);
        }).toList();
        List<ManualReviewItem> items = new ArrayList<>();
        var statement = jdbc.sql("SELECT id, " + String.join(", ", flags) + " FROM " + table.table() + " WHERE "
                        + table.scope() + " AND (" + String.join(" OR ", flags) + ") ORDER BY id LIMIT :limit")
                .param("customerId", customerId)
                .param("limit", limit);
        if (mentions != null && group != ManualReviewItem.Group.STRUCTURED && !indexed) {
            statement = statement.param("mentions", mentions);
        }
        statement.query(rs -> {
            for (int i = 0; i < columns.size() && items.size() < limit; i++) {
                if (rs.getBoolean(i + 2)) {
                    items.add(new ManualReviewItem(module, table.recordType(), rs.getLong(1),
                            PersonalDataTable.fieldName(columns.get(i)), group));
                }
            }
        });
        return items;
    }

    /**
     * One {@code INSERT ... SELECT} for all the tables given: a row per free-text field that mentions the customer,
     * one {@code UNION ALL} branch per table whose marks the index holds ({@code indexed}: copied from
     * {@code review_mark}) and per free-text column of every other table (searched). Only references (module,
     * record type, id, field) are written.
     */
    @Override
    public void storeMentions(List<String> modules, List<PersonalDataTable> tables, List<Boolean> indexed,
                              long customerId, String mentions, String state, Instant at) {
        if (mentions == null) {
            return;
        }
        List<String> selects = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            PersonalDataTable table = tables.get(i);
            List<String> columns = searched(table);
            if (columns.isEmpty()) {
                continue;
            }
            params.put("module" + i, modules.get(i));
            params.put("recordType" + i, table.recordType());
            String head = "SELECT :customerId, :module" + i + ", :recordType" + i + ", ";
            if (indexed.get(i)) {
                selects.add(head + "record_id, field, TRUE, :state, :at FROM review_mark WHERE customer_id = :customerId"
                        + " AND table_name = '" + table.table() + "'");
            } else {
                params.put("mentions", mentions);
                for (String c : columns) {
                    selects.add(head + "id, '" + PersonalDataTable.fieldName(c) + "', TRUE, :state, :at FROM "
                            + table.table() + " WHERE " + table.scope() + " AND " + filled(c) + " AND "
                            + mentioned(c, mentions));
                }
            }
        }
        if (selects.isEmpty()) {
            return;
        }
        jdbc.sql(storeMarks(selects))
                .params(params)
                .param("customerId", customerId)
                .param("state", state)
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * The batch's customers and their expressions as one JSON array bound to a {@code JSON_TABLE}; each free-text
     * column of each table a {@code UNION ALL} branch joined to it, the expression a column of the join. The rows
     * come customer by customer (the join walks the batch and finds each customer's rows through the table's
     * index), so MariaDB compiles each customer's expression once per branch: it keeps the last pattern it
     * compiled.
     */
    @Override
    public void storeMentions(List<String> modules, List<PersonalDataTable> tables, Map<Long, String> mentions,
                              String state, Instant at) {
        List<Map<String, Object>> batch = new ArrayList<>();
        mentions.forEach((id, rx) -> {
            if (rx != null) {
                batch.add(Map.of("id", id, "rx", rx));
            }
        });
        List<String> selects = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        String rows = "JSON_TABLE(:marking, '$[*]' COLUMNS (erased_customer_id BIGINT PATH '$.id',"
                + " erased_customer_rx TEXT CHARACTER SET utf8mb4 PATH '$.rx')) AS erased_customer";
        for (int i = 0; i < tables.size(); i++) {
            PersonalDataTable table = tables.get(i);
            List<String> columns = searched(table);
            if (columns.isEmpty()) {
                continue;
            }
            params.put("module" + i, modules.get(i));
            params.put("recordType" + i, table.recordType());
            // One REGEXP for every column of the table (the column a row of searched_field picks): MariaDB compiles
            // a customer's expression once per table, not once per column. Binary values are never searched; a
            // NULL or blank value cannot contain an identifier, so the expression alone decides.
            StringBuilder value = new StringBuilder("CASE searched_field.n");
            StringBuilder field = new StringBuilder("ELT(searched_field.n");
            List<String> numbers = new ArrayList<>();
            for (int k = 0; k < columns.size(); k++) {
                String c = columns.get(k);
                value.append(" WHEN ").append(k + 1).append(" THEN IF(CHARSET(").append(c)
                        .append(") = 'binary', NULL, CONVERT(").append(c).append(" USING utf8mb4))");
                field.append(", '").append(PersonalDataTable.fieldName(c)).append('\'');
                numbers.add(String.valueOf(k + 1));
            }
            value.append(" END");
            field.append(')');
            String v = "(" + value + ")";
            selects.add("SELECT STRAIGHT_JOIN " + Whose.BATCH_ID + ", :module" + i + ", :recordType" + i + ", "
                    + table.table() + ".id, " + field + ", TRUE, :state, :at FROM " + rows + " JOIN " + table.table()
                    + " ON " + Whose.batchScope(table) + " JOIN JSON_TABLE('[" + String.join(",", numbers)
                    + "]', '$[*]' COLUMNS (n INT PATH '$')) AS searched_field WHERE " + v
                    + " REGEXP erased_customer.erased_customer_rx");
        }
        if (selects.isEmpty() || batch.isEmpty()) {
            return;
        }
        jdbc.sql(storeMarks(selects))
                .params(params)
                .param("marking", json.writeValueAsString(batch))
                .param("state", state)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public java.util.Set<Long> withMarkScans(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT customer_id FROM review_mark_scan"
                        + " WHERE customer_id IN (:customerIds)")
                .param("customerIds", customerIds)
                .query(Long.class).list());
    }

    /**
     * The statement that stores the marks the {@code selects} find (a {@code UNION ALL}): an existing KEPT or CLEARED
     * state stays, unless the new state is REDACTED.
     */
    private static String storeMarks(List<String> selects) {
        return "INSERT INTO erasure_review (customer_id, module, record_type, record_id, field, mentions_customer,"
                + " state, changed_at) " + String.join(" UNION ALL ", selects)
                + " ON DUPLICATE KEY UPDATE mentions_customer = TRUE,"
                + " changed_at = IF(VALUES(state) = 'REDACTED', VALUES(changed_at), erasure_review.changed_at),"
                + " state = IF(VALUES(state) = 'REDACTED', 'REDACTED', erasure_review.state)";
    }

    /** One UPDATE: each free-text column that mentions the customer gets REGEXP_REPLACE(..., 'Xxxx'). */
    @Override
    public long redactMentions(PersonalDataTable table, long customerId, String mentions) {
        List<String> columns = freeText(table);
        if (mentions == null || columns.isEmpty() || table.kind() == Kind.BOOKKEEPING) {
            return 0;
        }
        List<String> assignments = columns.stream().map(c -> c + " = IF(" + mentioned(c, mentions)
                + ", REGEXP_REPLACE(CONVERT(" + c + " USING utf8mb4), :mentions, 'Xxxx'), " + c + ")").toList();
        return jdbc.sql("UPDATE " + table.table() + " SET " + String.join(", ", assignments) + " WHERE "
                        + table.scope() + " AND (" + String.join(" OR ", columns.stream()
                        .map(c -> mentioned(c, mentions)).toList()) + ")")
                .param("customerId", customerId)
                .param("mentions", mentions)
                .update();
    }

    @Override
    public Map<Long, Object> values(PersonalDataTable table, String column, long customerId, List<Long> recordIds) {
        Map<Long, Object> values = new LinkedHashMap<>();
        if (recordIds.isEmpty()) {
            return values;
        }
        jdbc.sql("SELECT id, " + column + " FROM " + table.table() + " WHERE id IN (:ids) AND " + table.scope())
                .param("ids", recordIds)
                .param("customerId", customerId)
                .query(rs -> {
                    Object value = rs.getObject(2);
                    values.put(rs.getLong(1), value);
                });
        return values;
    }

    @Override
    public boolean write(PersonalDataTable table, String column, CustomerId customer, long recordId, String value) {
        long customerId = customer.value();
        String sql = "UPDATE " + table.table() + " SET " + column + " = :value WHERE id = :id AND " + table.scope();
        try {
            return jdbc.sql(sql).param("value", value).param("id", recordId).param("customerId", customerId)
                    .update() > 0;
        } catch (org.springframework.dao.DataIntegrityViolationException notNull) {
            // A column that may not be NULL (a line's description) is emptied instead.
            return jdbc.sql(sql).param("value", "").param("id", recordId).param("customerId", customerId)
                    .update() > 0;
        }
    }

    @Override
    public boolean deleteRecord(PersonalDataTable table, CustomerId customer, long recordId) {
        long customerId = customer.value();
        return jdbc.sql("DELETE FROM " + table.table() + " WHERE id = :id AND " + table.scope())
                .param("id", recordId)
                .param("customerId", customerId)
                .update() > 0;
    }

    @Override
    public long anonymize(PersonalDataTable table, long customerId, Instant erasureTime) {
        return anonymize(table, Whose.one(customerId), erasureTime);
    }

    @Override
    public long anonymize(PersonalDataTable table, Collection<Long> customerIds, Instant erasureTime) {
        return customerIds.isEmpty() ? 0 : anonymize(table, Whose.batch(customerIds), erasureTime);
    }

    private long anonymize(PersonalDataTable table, Whose whose, Instant erasureTime) {
        if (table.kind() == Kind.BOOKKEEPING || !table.holdsCustomerData()) {
            return 0;
        }
        if (table.onAnonymize() == OnAnonymize.DELETE_ROWS) {
            return delete(table, whose);
        }
        List<String> assignments = table.columns().stream()
                .filter(c -> c.rule().changesValue())
                .map(SqlPersonalData::assignment)
                .toList();
        if (assignments.isEmpty()) {
            return 0;
        }
        return whose.bind(jdbc.sql("UPDATE " + whose.rowsOf(table) + " SET " + String.join(", ", assignments)
                        + whose.where(table)))
                .param("erasureTime", Timestamp.from(erasureTime))
                .update();
    }

    @Override
    public long delete(PersonalDataTable table, long customerId) {
        return delete(table, Whose.one(customerId));
    }

    @Override
    public long delete(PersonalDataTable table, Collection<Long> customerIds) {
        return customerIds.isEmpty() ? 0 : delete(table, Whose.batch(customerIds));
    }

    private long delete(PersonalDataTable table, Whose whose) {
        if (table.kind() == Kind.BOOKKEEPING || !table.holdsCustomerData()) {
            return 0;
        }
        return whose.bind(jdbc.sql("DELETE " + whose.deleteTarget(table) + "FROM " + whose.rowsOf(table)
                        + whose.where(table)))
                .update();
    }

    /**
     * Whose rows a statement changes: one customer (the table's declared scope, bound to {@code :customerId}),
     * or a batch of customers (the same scope, joined to the batch's ids: {@code :customerId} becomes the
     * column of a {@code JSON_TABLE} over the ids bound as one JSON array, so that one statement per table
     * serves any number of customers and each customer's rows are still found through the table's index).
     * The rules (which columns change, how) are the same text for both.
     */
    private record Whose(Long customerId, List<Long> customerIds) {

        static final String BATCH_ID = "erased_customer.erased_customer_id";

        /** A scope that is one column equal to the customer: for a batch, that column {@code IN} the batch's ids. */
        private static final java.util.regex.Pattern COLUMN_SCOPE =
                java.util.regex.Pattern.compile("^([a-z_]+) = :customerId$");

        static Whose one(long customerId) {
            return new Whose(customerId, null);
        }

        static Whose batch(Collection<Long> customerIds) {
            return new Whose(null, List.copyOf(customerIds));
        }

        /**
         * The table; for a batch whose scope is not one column (a sub-query), joined to the batch's ids. A scope of
         * one column becomes {@code column IN (...)}, which the server reads as ranges of the column's index and
         * updates in place (a join to the {@code JSON_TABLE} made a multi-table UPDATE of it, measured up to six
         * times slower for {@code crm_activity}).
         */
        String rowsOf(PersonalDataTable table) {
            if (customerId != null || COLUMN_SCOPE.matcher(table.scope()).matches()) {
                return table.table();
            }
            return table.table() + " JOIN " + batchIds() + " ON " + batchScope(table);
        }

        /** The scope for a single customer, or the batch's ids in one column; else the join carries it. */
        String where(PersonalDataTable table) {
            if (customerId != null) {
                return " WHERE " + table.scope();
            }
            java.util.regex.Matcher column = COLUMN_SCOPE.matcher(table.scope());
            return column.matches() ? " WHERE " + column.group(1) + " IN (:customerIdList)" : "";
        }

        /** A multi-table DELETE names the table whose rows go. */
        String deleteTarget(PersonalDataTable table) {
            return customerId != null || COLUMN_SCOPE.matcher(table.scope()).matches() ? "" : table.table() + " ";
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return customerId != null ? statement.param("customerId", customerId)
                    : statement.param("customerIds", "[" + String.join(",", customerIds.stream().map(String::valueOf)
                    .toList()) + "]").param("customerIdList", customerIds);
        }

        static String batchIds() {
            return "JSON_TABLE(:customerIds, '$[*]' COLUMNS (erased_customer_id BIGINT PATH '$')) AS erased_customer";
        }

        static String batchScope(PersonalDataTable table) {
            return "(" + table.scope().replace(":customerId", BATCH_ID) + ")";
        }
    }

    /**
     * One statement for every table: per table and customer of the batch, how many rows the customer holds
     * ({@code UNION ALL} of a grouped count per table, each over the table's index through the scope).
     */
    @Override
    public List<Map<Long, Long>> counts(List<PersonalDataTable> tables, Collection<Long> customerIds) {
        List<Map<Long, Long>> counts = new ArrayList<>();
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            counts.add(new HashMap<>());
            PersonalDataTable table = tables.get(i);
            if (table.holdsCustomerData()) {
                selects.add("SELECT " + i + " AS t, " + Whose.BATCH_ID + " AS c, COUNT(*) AS n FROM "
                        + Whose.batchIds() + " JOIN " + table.table() + " ON " + Whose.batchScope(table)
                        + " GROUP BY " + Whose.BATCH_ID);
            }
        }
        if (selects.isEmpty() || customerIds.isEmpty()) {
            return counts;
        }
        Whose.batch(customerIds).bind(jdbc.sql(String.join(" UNION ALL ", selects)))
                .query(rs -> {
                    counts.get(rs.getInt("t")).put(rs.getLong("c"), rs.getLong("n"));
                });
        return counts;
    }

    static final String INACTIVE_SINCE = "SELECT id, last_activity_at FROM customer WHERE anonymized = FALSE"
            + " AND last_activity_at < :before ORDER BY last_activity_at, id LIMIT :limit OFFSET :offset";

    @Override
    public List<Inactive> inactiveSince(Instant before, long offset, int limit) {
        return jdbc.sql(INACTIVE_SINCE)
                .param("before", Timestamp.from(before))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Inactive(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .list();
    }

    @Override
    public String inactiveSinceSql() {
        return INACTIVE_SINCE;
    }

    @Override
    public long countInactiveSince(Instant before) {
        return jdbc.sql("SELECT COUNT(*) FROM customer WHERE anonymized = FALSE AND last_activity_at < :before")
                .param("before", Timestamp.from(before))
                .query(Long.class)
                .single();
    }

    @Override
    public long backfillLastActivity(List<String> recordTimes) {
        // Only customers from before the column have none (registering sets it): after the first start there is
        // nothing to compute, and the grouping over every module's records below must not run at every start.
        // Two ranges of the index customer_by_last_activity (anonymized, last_activity_at).
        boolean missing = jdbc.sql("SELECT EXISTS (SELECT 1 FROM customer WHERE anonymized IN (FALSE, TRUE) "
                        + "AND last_activity_at IS NULL)")
                .query(Boolean.class).single();
        if (!missing) {
            return 0;
        }
        String latest = recordTimes.isEmpty() ? ""
                : " LEFT JOIN (SELECT record_customer_id, MAX(record_time) AS record_time FROM ("
                // A first branch without rows names the columns; the modules' selects follow by position.
                + "SELECT NULL AS record_customer_id, NULL AS record_time FROM DUAL WHERE FALSE UNION ALL "
                + String.join(" UNION ALL ", recordTimes)
                + ") AS records GROUP BY record_customer_id) AS latest ON latest.record_customer_id = customer.id";
        String time = recordTimes.isEmpty() ? "customer.created_at"
                : "GREATEST(customer.created_at, COALESCE(latest.record_time, customer.created_at))";
        return jdbc.sql("UPDATE customer" + latest + " SET customer.last_activity_at = " + time
                        + " WHERE customer.last_activity_at IS NULL")
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
                        row.put(PersonalDataTable.fieldName(meta.getColumnLabel(i)), value);
                    }
                    return row;
                })
                .list();
    }

}
