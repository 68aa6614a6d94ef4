package se.glomska.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.glomska.customer.internal.domain.CustomerIdentifiers;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.FieldRule;
import se.glomska.customer.spi.PersonalDataTable;

/**
 * The floor of a retention run: the same batches written by hand over plain JDBC, with the guarantees of the
 * application's run, each batch one transaction at READ COMMITTED:
 * <ol>
 *   <li>lock the batch's customer rows ({@code SELECT ... FOR UPDATE}, id order) and re-check them (not
 *       anonymized, still inactive);</li>
 *   <li>one statement: per table of {@link FloorErasure#TARGETS} the rows of each customer ({@code GROUP BY}
 *       over the customer index), and which customers a section-3 blocker holds;</li>
 *   <li>one UPDATE per table for the batch's customers that hold rows there ({@code customer_id IN (...)}), the
 *       customer rows in one UPDATE;</li>
 *   <li>the manual check's marks (erasure-rules.md section 9): the batch's branches in one statement, each
 *       customer's identifiers as one expression (the same {@link CustomerIdentifiers} the application searches
 *       for), and one {@code INSERT ... SELECT} into {@code erasure_review} for the batch: per free-text column of
 *       each table the batch holds rows in, its rows joined to the batch's expressions (a {@code JSON_TABLE})
 *       where the text matches; the columns are those the modules declare as kept free text (section 4);</li>
 *   <li>one multi-row INSERT of the erasure log (one entry per customer) and one of the outcomes (the run's
 *       resume point), then commit.</li>
 * </ol>
 * Like {@link FloorErasure}, it does not name each blocker; unlike it, it stores the marks, which the application's
 * batches store set-based too (the floor: the same statements by hand for the same batches).
 */
final class FloorRetention {

    private FloorRetention() {
    }

    /** Runs the batches over {@code ids} (already in the run's order); answers how many were anonymized. */
    static int run(Connection c, long runId, List<Long> ids, int batchSize, Instant inactiveBefore,
                   List<AnonymizationParticipant> participants) throws SQLException {
        FloorErasure.prepare(c);
        List<Searched> searched = new ArrayList<>();
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : participant.tables()) {
                if (table.kind() != PersonalDataTable.Kind.BOOKKEEPING) {
                    for (PersonalDataTable.Column column : table.columns()) {
                        if (column.rule() == FieldRule.REVIEW && column.freeText()) {
                            searched.add(new Searched(table.table(), participant.module(), table.recordType(),
                                    table.scope().replace(":customerId", "j.id"), column.name()));
                        }
                    }
                }
            }
        }
        int anonymized = 0;
        for (int from = 0, batch = 0; from < ids.size(); from += batchSize, batch++) {
            anonymized += batch(c, runId, batch, ids.subList(from, Math.min(ids.size(), from + batchSize)),
                    inactiveBefore, searched);
        }
        c.setAutoCommit(true);
        return anonymized;
    }

    private static String in(int n) {
        return "(" + String.join(",", Collections.nCopies(n, "?")) + ")";
    }

    /** A kept free-text column the marks are searched in; {@code scope} joins the table to the batch's {@code j}. */
    private record Searched(String table, String module, String recordType, String scope, String column) {
    }

    private static int batch(Connection c, long runId, int batch, List<Long> ids, Instant before,
                             List<Searched> searched) throws SQLException {
        try {
            Instant now = Instant.now();
            List<Long> eligible = new ArrayList<>();
            Map<Long, CustomerIdentifiers.Builder> identifiers = new HashMap<>();
            try (PreparedStatement lock = c.prepareStatement("SELECT id, anonymized = FALSE AND last_activity_at < ?,"
                    + " kind, first_name, last_name, name, invoice_company_name, visit_company_name, invoice_attention,"
                    + " invoice_line1, invoice_line2, invoice_line3, visit_line1, visit_line2, visit_line3,"
                    + " contact_person, phone, mobile, fax, email, vat_number, organization_number"
                    + " FROM customer WHERE id IN " + in(ids.size()) + " ORDER BY id FOR UPDATE")) {
                lock.setTimestamp(1, Timestamp.from(before));
                for (int i = 0; i < ids.size(); i++) {
                    lock.setLong(i + 2, ids.get(i));
                }
                try (ResultSet rs = lock.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBoolean(2)) {
                            eligible.add(rs.getLong(1));
                            CustomerIdentifiers.Builder b = CustomerIdentifiers.builder()
                                    .person(rs.getString("first_name"), rs.getString("last_name"));
                            if ("COMPANY".equals(rs.getString("kind"))) {
                                b.company(rs.getString("name"));
                            } else {
                                b.person(rs.getString("name"));
                            }
                            b.company(rs.getString("invoice_company_name")).company(rs.getString("visit_company_name"))
                                    .person(rs.getString("invoice_attention"))
                                    .address(rs.getString("invoice_line1"), rs.getString("invoice_line2"),
                                            rs.getString("invoice_line3"), rs.getString("visit_line1"),
                                            rs.getString("visit_line2"), rs.getString("visit_line3"))
                                    .person(rs.getString("contact_person"))
                                    .phone(rs.getString("phone"), rs.getString("mobile"), rs.getString("fax"))
                                    .literal(rs.getString("email"), rs.getString("vat_number"))
                                    .registrationNumber(rs.getString("organization_number"));
                            identifiers.put(rs.getLong(1), b);
                        }
                    }
                }
            }
            List<FloorErasure.Target> targets = FloorErasure.TARGETS;
            List<Map<Long, Long>> rows = new ArrayList<>();
            targets.forEach(t -> rows.add(new HashMap<>()));
            Set<Long> blocked = new HashSet<>();
            if (!eligible.isEmpty()) {
                String ph = in(eligible.size());
                StringBuilder sql = new StringBuilder();
                for (int i = 0; i < targets.size(); i++) {
                    sql.append("SELECT ").append(i).append(", customer_id, COUNT(*) FROM ").append(targets.get(i).table())
                            .append(" WHERE customer_id IN ").append(ph).append(" GROUP BY customer_id UNION ALL ");
                }
                sql.append("SELECT -1, c.id, 1 FROM customer c WHERE c.id IN ").append(ph).append(" AND (")
                        .append(FloorErasure.BLOCKED.replace("customer_id = ?", "customer_id = c.id")).append(")");
                try (PreparedStatement inspect = c.prepareStatement(sql.toString())) {
                    int p = 1;
                    for (int i = 0; i <= targets.size(); i++) {
                        for (long id : eligible) {
                            inspect.setLong(p++, id);
                        }
                    }
                    inspect.setDate(p, java.sql.Date.valueOf(LocalDate.now()));
                    try (ResultSet rs = inspect.executeQuery()) {
                        while (rs.next()) {
                            if (rs.getInt(1) < 0) {
                                blocked.add(rs.getLong(2));
                            } else {
                                rows.get(rs.getInt(1)).put(rs.getLong(2), rs.getLong(3));
                            }
                        }
                    }
                }
            }
            List<Long> erased = eligible.stream().filter(id -> !blocked.contains(id)).toList();
            Map<Long, StringBuilder> changes = new HashMap<>();
            erased.forEach(id -> changes.put(id, new StringBuilder("[")));
            for (int i = 0; i < targets.size(); i++) {
                FloorErasure.Target target = targets.get(i);
                Map<Long, Long> counts = rows.get(i);
                List<Long> holding = erased.stream().filter(counts::containsKey).toList();
                if (target.statement() == null || holding.isEmpty()) {
                    continue;
                }
                try (PreparedStatement update = c.prepareStatement(target.statement()
                        .replace("WHERE customer_id = ?", "WHERE customer_id IN " + in(holding.size())))) {
                    for (int p = 0; p < holding.size(); p++) {
                        update.setLong(p + 1, holding.get(p));
                    }
                    update.executeUpdate();
                }
                for (long id : holding) {
                    change(changes.get(id), target.module(), target.recordType(), counts.get(id));
                }
            }
            mark(c, erased, identifiers, rows, searched, now);
            if (!erased.isEmpty()) {
                try (PreparedStatement customers = c.prepareStatement(FloorErasure.CUSTOMER_ROW
                        .replace("WHERE id = ?", "WHERE id IN " + in(erased.size())))) {
                    customers.setTimestamp(1, Timestamp.from(now));
                    for (int p = 0; p < erased.size(); p++) {
                        customers.setLong(p + 2, erased.get(p));
                    }
                    customers.executeUpdate();
                }
                StringBuilder log = new StringBuilder(
                        "INSERT INTO erasure_log (customer_id, action, actor, performed_at, changes) VALUES ");
                for (int p = 0; p < erased.size(); p++) {
                    log.append(p == 0 ? "" : ", ").append("(?, 'ANONYMIZE', 'floor', ?, ?)");
                }
                try (PreparedStatement insert = c.prepareStatement(log.toString())) {
                    int p = 1;
                    for (long id : erased) {
                        insert.setLong(p++, id);
                        insert.setTimestamp(p++, Timestamp.from(now));
                        change(changes.get(id), "customer", "customer", 1);
                        insert.setString(p++, changes.get(id).append(']').toString());
                    }
                    insert.executeUpdate();
                }
            }
            StringBuilder outcomes = new StringBuilder(
                    "INSERT INTO retention_run_customer (run_id, batch, customer_id, outcome, reason) VALUES ");
            for (int p = 0; p < ids.size(); p++) {
                outcomes.append(p == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
            }
            try (PreparedStatement insert = c.prepareStatement(outcomes.toString())) {
                int p = 1;
                for (long id : ids) {
                    boolean done = erased.contains(id);
                    insert.setLong(p++, runId);
                    insert.setInt(p++, batch);
                    insert.setLong(p++, id);
                    insert.setString(p++, done ? "ANONYMIZE" : "SKIPPED");
                    insert.setString(p++, done ? null : "BLOCKED");
                }
                insert.executeUpdate();
            }
            try (Statement progress = c.createStatement()) {
                progress.executeUpdate("UPDATE retention_run SET done = done + " + ids.size() + ", erased = erased + "
                        + erased.size() + ", skipped = skipped + " + (ids.size() - erased.size())
                        + ", updated_at = NOW(6) WHERE id = " + runId);
            }
            c.commit();
            return erased.size();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /** The manual check's marks of the batch's anonymized customers: their branches, then one INSERT ... SELECT. */
    private static void mark(Connection c, List<Long> erased, Map<Long, CustomerIdentifiers.Builder> identifiers,
                             List<Map<Long, Long>> rows, List<Searched> searched, Instant now) throws SQLException {
        if (erased.isEmpty()) {
            return;
        }
        try (PreparedStatement branches = c.prepareStatement("SELECT customer_id, name, contact_person, line1, line2,"
                + " phone, email FROM customer_branch WHERE customer_id IN " + in(erased.size()))) {
            for (int p = 0; p < erased.size(); p++) {
                branches.setLong(p + 1, erased.get(p));
            }
            try (ResultSet rs = branches.executeQuery()) {
                while (rs.next()) {
                    identifiers.get(rs.getLong(1)).company(rs.getString(2)).person(rs.getString(3))
                            .address(rs.getString(4), rs.getString(5)).phone(rs.getString(6)).literal(rs.getString(7));
                }
            }
        }
        StringBuilder batch = new StringBuilder("[");
        for (long id : erased) {
            String rx = identifiers.get(id).build().sqlRegex().orElse(null);
            if (rx != null) {
                batch.append(batch.length() > 1 ? "," : "").append("{\"id\":").append(id).append(",\"rx\":")
                        .append(jsonString(rx)).append('}');
            }
        }
        batch.append(']');
        // Tables the floor counted rows in: only where the batch has rows; the customer module's other tables
        // (the customer row, documents, properties) always.
        Set<String> counted = new HashSet<>();
        Set<String> holding = new HashSet<>();
        for (int i = 0; i < FloorErasure.TARGETS.size(); i++) {
            counted.add(FloorErasure.TARGETS.get(i).table());
            if (erased.stream().anyMatch(rows.get(i)::containsKey)) {
                holding.add(FloorErasure.TARGETS.get(i).table());
            }
        }
        // Per table one branch, one REGEXP for all its columns (a row of the small JSON_TABLE f picks the column),
        // the batch first (STRAIGHT_JOIN): rows come customer by customer, and MariaDB compiles each customer's
        // expression once per table.
        Map<String, List<Searched>> byTable = new java.util.LinkedHashMap<>();
        searched.forEach(s -> byTable.computeIfAbsent(s.table(), t -> new ArrayList<>()).add(s));
        List<String> selects = new ArrayList<>();
        for (List<Searched> columns : byTable.values()) {
            Searched first = columns.get(0);
            if (counted.contains(first.table()) && !holding.contains(first.table())) {
                continue;
            }
            StringBuilder value = new StringBuilder("(CASE f.n");
            StringBuilder field = new StringBuilder("ELT(f.n");
            StringBuilder numbers = new StringBuilder();
            for (int k = 0; k < columns.size(); k++) {
                value.append(" WHEN ").append(k + 1).append(" THEN CONVERT(t.").append(columns.get(k).column())
                        .append(" USING utf8mb4)");
                field.append(", '").append(PersonalDataTable.fieldName(columns.get(k).column())).append('\'');
                numbers.append(k == 0 ? "" : ",").append(k + 1);
            }
            value.append(" END)");
            field.append(')');
            selects.add("SELECT STRAIGHT_JOIN j.id, '" + first.module() + "', '" + first.recordType() + "', t.id, "
                    + field + ", TRUE, 'OPEN', ? FROM JSON_TABLE(?, '$[*]' COLUMNS (id BIGINT PATH '$.id',"
                    + " rx TEXT CHARACTER SET utf8mb4 PATH '$.rx')) AS j JOIN " + first.table() + " t ON t."
                    + first.scope() + " JOIN JSON_TABLE('[" + numbers + "]', '$[*]' COLUMNS (n INT PATH '$')) AS f"
                    + " WHERE " + value + " REGEXP j.rx");
        }
        if (selects.isEmpty() || batch.length() == 2) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO erasure_review (customer_id, module,"
                + " record_type, record_id, field, mentions_customer, state, changed_at) "
                + String.join(" UNION ALL ", selects) + " ON DUPLICATE KEY UPDATE mentions_customer = TRUE")) {
            int p = 1;
            for (int i = 0; i < selects.size(); i++) {
                insert.setTimestamp(p++, Timestamp.from(now));
                insert.setString(p++, batch.toString());
            }
            insert.executeUpdate();
        }
    }

    private static String jsonString(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        json.append(String.format("\\u%04x", (int) ch));
                    } else {
                        json.append(ch);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static void change(StringBuilder changes, String module, String recordType, long count) {
        if (changes.length() > 1) {
            changes.append(',');
        }
        changes.append("{\"module\":\"").append(module).append("\",\"recordType\":\"").append(recordType)
                .append("\",\"count\":").append(count).append('}');
    }
}
