package se.glomska.benchmark;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the SQL the application sends for one request with MariaDB's general query log (the
 * driver sends parameters inline, so every statement can be run again as it is), replays it over
 * plain JDBC (the floor of a read), and explains it.
 */
final class SqlCapture {

    private final DataSource dataSource;

    SqlCapture(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The SELECT statements that other connections sent while {@code action} ran, in order. */
    List<String> selectsOf(Runnable action) {
        return statementsOf(action).stream()
                .map(Timed::sql)
                .filter(sql -> sql.regionMatches(true, 0, "SELECT", 0, 6))
                .toList();
    }

    /**
     * Where the time of a unit of work went, by statement kind and table ("UPDATE sales_order"): a
     * statement is charged from its start to the start of the next statement of the same connection
     * (its execution, the transfer of its rows and the client's work on them).
     */
    static java.util.Map<String, double[]> profile(List<Timed> statements) {
        java.util.Map<Long, List<Timed>> byThread = new java.util.LinkedHashMap<>();
        statements.forEach(t -> byThread.computeIfAbsent(t.thread(), k -> new ArrayList<>()).add(t));
        java.util.Map<String, double[]> millisAndCount = new java.util.LinkedHashMap<>();
        for (List<Timed> thread : byThread.values()) {
            for (int i = 0; i + 1 < thread.size(); i++) {
                double ms = (thread.get(i + 1).startMicros() - thread.get(i).startMicros()) / 1000.0;
                double[] acc = millisAndCount.computeIfAbsent(kind(thread.get(i).sql()), k -> new double[2]);
                acc[0] += ms;
                acc[1]++;
            }
        }
        return millisAndCount;
    }

    private static final java.util.regex.Pattern TABLE =
            java.util.regex.Pattern.compile("(?is)\\b(?:from|update|into)\\s+([a-z_]+)");

    /** "SELECT COUNT crm_activity", "UPDATE sales_order", "COMMIT", ... */
    static String kind(String sql) {
        String verb = sql.split("\\s+", 2)[0].toUpperCase();
        if (verb.equals("SELECT") && sql.regionMatches(true, 0, "SELECT COUNT(", 0, 13)) {
            verb = "SELECT COUNT";
        }
        java.util.regex.Matcher m = TABLE.matcher(sql);
        return m.find() ? verb + " " + m.group(1) : verb.length() > 40 ? verb.substring(0, 40) : verb;
    }

    /** A statement and when the server started it, in microseconds. */
    record Timed(long thread, long startMicros, String sql) {
    }

    /** Every statement that other connections sent while {@code action} ran, with its start time. */
    List<Timed> statementsOf(Runnable action) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("TRUNCATE mysql.general_log");
            s.execute("SET GLOBAL general_log = 'ON'");
            try {
                action.run();
            } finally {
                s.execute("SET GLOBAL general_log = 'OFF'");
            }
            List<Timed> statements = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT thread_id, UNIX_TIMESTAMP(event_time) * 1000000, CONVERT(argument USING utf8mb4)
                    FROM mysql.general_log
                    WHERE command_type = 'Query' AND thread_id <> CONNECTION_ID() ORDER BY event_time""")) {
                while (rs.next()) {
                    String sql = rs.getString(3).strip();
                    if (!sql.contains("general_log")) {
                        statements.add(new Timed(rs.getLong(1), rs.getBigDecimal(2).longValue(), sql));
                    }
                }
            }
            s.execute("TRUNCATE mysql.general_log");
            return statements;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the statements one after the other and reads every row; answers the milliseconds taken. */
    static double replay(Connection connection, List<String> statements) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** One line of EXPLAIN. */
    record Plan(String table, String type, String key, String rows, String extra) {
        /**
         * A stored table read from end to end: type ALL (table scan) or index (whole index). Derived
         * tables and union results ({@code <derived2>}, {@code <union2,3>}) are the statement's own
         * small intermediate results, read whole by design.
         */
        boolean fullScan() {
            return table != null && !table.startsWith("<") && ("ALL".equals(type) || "index".equals(type));
        }

        @Override
        public String toString() {
            return table + ": " + type + (key == null ? "" : " on " + key) + ", rows≈" + rows
                    + (extra == null || extra.isBlank() ? "" : " (" + extra + ")");
        }
    }

    static List<Plan> explain(Connection connection, String sql) throws SQLException {
        List<Plan> plans = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                plans.add(new Plan(rs.getString("table"), rs.getString("type"), rs.getString("key"),
                        rs.getString("rows"), meta.getColumnCount() >= 10 ? rs.getString("Extra") : null));
            }
        }
        return plans;
    }
}
