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
 *   <li>one multi-row INSERT of the erasure log (one entry per customer) and one of the outcomes (the run's
 *       resume point), then commit.</li>
 * </ol>
 * Like {@link FloorErasure}, it neither names each blocker nor stores the manual check's marks.
 */
final class FloorRetention {

    private FloorRetention() {
    }

    /** Runs the batches over {@code ids} (already in the run's order); answers how many were anonymized. */
    static int run(Connection c, long runId, List<Long> ids, int batchSize, Instant inactiveBefore)
            throws SQLException {
        FloorErasure.prepare(c);
        int anonymized = 0;
        for (int from = 0, batch = 0; from < ids.size(); from += batchSize, batch++) {
            anonymized += batch(c, runId, batch, ids.subList(from, Math.min(ids.size(), from + batchSize)),
                    inactiveBefore);
        }
        c.setAutoCommit(true);
        return anonymized;
    }

    private static String in(int n) {
        return "(" + String.join(",", Collections.nCopies(n, "?")) + ")";
    }

    private static int batch(Connection c, long runId, int batch, List<Long> ids, Instant before) throws SQLException {
        try {
            Instant now = Instant.now();
            List<Long> eligible = new ArrayList<>();
            try (PreparedStatement lock = c.prepareStatement("SELECT id, anonymized = FALSE AND last_activity_at < ?"
                    + " FROM customer WHERE id IN " + in(ids.size()) + " ORDER BY id FOR UPDATE")) {
                lock.setTimestamp(1, Timestamp.from(before));
                for (int i = 0; i < ids.size(); i++) {
                    lock.setLong(i + 2, ids.get(i));
                }
                try (ResultSet rs = lock.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBoolean(2)) {
                            eligible.add(rs.getLong(1));
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

    private static void change(StringBuilder changes, String module, String recordType, long count) {
        if (changes.length() > 1) {
            changes.append(',');
        }
        changes.append("{\"module\":\"").append(module).append("\",\"recordType\":\"").append(recordType)
                .append("\",\"count\":").append(count).append('}');
    }
}
