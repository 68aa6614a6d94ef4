package se.glomska.benchmark;

import se.glomska.erasure.ErasureSpec;
import se.glomska.erasure.ErasureSpec.Expect;
import se.glomska.erasure.ErasureSpec.TableKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The floor of an erasure decision (benchmark case 2), written from what the decision must answer,
 * not replayed from the statements the application sent. The answer: whether the customer is
 * anonymized; how many records of each kind it has and whether any is a transaction (DELETE or
 * ANONYMIZE); every blocker of section 3 with its record; the number of manual-review items (the
 * filled section-5 fields, one per bookkeeping record) and the first 100 of them. In one read-only
 * transaction (one consistent view, as the application's), over the indexes that answer each part:
 * <ol>
 *   <li>the customer row by its primary key;</li>
 *   <li>one statement: per table, the rows of the customer (its customer index) and the filled
 *       section-5 fields among them (the rows themselves must be read for that);</li>
 *   <li>one statement: the blocking records (orders by (customer, delivered, invoiced), dropship orders
 *       with their purchases and inbound deliveries, ongoing contracts, invoices whose payments, summed
 *       over (customer, invoice, amount), fall short of (customer, total));</li>
 *   <li>the first 100 review items, table by table, only from tables that have any.</li>
 * </ol>
 * Tables and section-5 fields come from the answer key {@link ErasureSpec} (the spec), not from the
 * modules' declarations.
 */
final class FloorDecision {

    private static final int REVIEW_LIMIT = 100;
    private static final String RECEIPT_OF_CUSTOMER =
            "IN (SELECT receipt_id FROM accounting_receipt_customer WHERE customer_id = ?)";

    private static final String BLOCKERS = """
            SELECT 'order', id FROM sales_order WHERE customer_id = ? AND (delivered = FALSE OR invoiced = FALSE)
            UNION ALL
            SELECT 'dropshipOrder', o.id FROM sales_dropship_order o WHERE o.customer_id = ? AND (o.invoiced = FALSE
                OR NOT EXISTS (SELECT 1 FROM sales_dropship_purchase p WHERE p.dropship_order_id = o.id)
                OR EXISTS (SELECT 1 FROM sales_dropship_purchase p WHERE p.dropship_order_id = o.id
                    AND NOT EXISTS (SELECT 1 FROM sales_inbound_delivery d WHERE d.purchase_id = p.id)))
            UNION ALL
            SELECT 'contract', id FROM sales_contract WHERE customer_id = ? AND (end_date IS NULL OR end_date >= ?)
            UNION ALL
            SELECT 'invoice', i.id FROM accounting_invoice i WHERE i.customer_id = ? AND i.total >
                (SELECT COALESCE(SUM(p.amount), 0) FROM accounting_payment p
                  WHERE p.customer_id = i.customer_id AND p.invoice_id = i.id)""";

    private static final List<ErasureSpec.Table> TABLES = ErasureSpec.tables().values().stream()
            .filter(t -> t.kind() != TableKind.NOT_CUSTOMER_DATA).toList();

    /** What the decision found: rows, whether any is a transaction, blockers, review total and first items. */
    record Answer(boolean anonymized, long rows, boolean transactions, int blockers, long reviewTotal, int items) {
    }

    private FloorDecision() {
    }

    static Answer decide(Connection connection, long customerId) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        try {
            boolean anonymized;
            try (PreparedStatement s = connection.prepareStatement("SELECT anonymized FROM customer WHERE id = ?")) {
                s.setLong(1, customerId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("unknown customer " + customerId);
                    }
                    anonymized = rs.getBoolean(1);
                }
            }
            long rows = 0;
            long reviewTotal = 0;
            boolean transactions = false;
            long[] review = new long[TABLES.size()];
            try (PreparedStatement s = connection.prepareStatement(counts())) {
                for (int i = 1; i <= TABLES.size(); i++) {
                    s.setLong(i, customerId);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int t = rs.getInt(1);
                        long n = rs.getLong(2);
                        rows += n;
                        transactions |= n > 0 && TABLES.get(t).kind() != TableKind.OWN;
                        review[t] = rs.getLong(3);
                        reviewTotal += review[t];
                    }
                }
            }
            int blockers = 0;
            if (!anonymized) {
                try (PreparedStatement s = connection.prepareStatement(BLOCKERS)) {
                    s.setLong(1, customerId);
                    s.setLong(2, customerId);
                    s.setLong(3, customerId);
                    s.setDate(4, java.sql.Date.valueOf(java.time.LocalDate.now()));
                    s.setLong(5, customerId);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            blockers++;
                        }
                    }
                }
            }
            int items = 0;
            for (int t = 0; t < TABLES.size() && transactions && !anonymized && items < REVIEW_LIMIT; t++) {
                if (review[t] > 0 && !linesOfABookkeepingRecord(TABLES.get(t))) {
                    items += items(connection, TABLES.get(t), customerId, REVIEW_LIMIT - items);
                }
            }
            connection.commit();
            return new Answer(anonymized, rows, transactions, blockers, reviewTotal, items);
        } finally {
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
        }
    }

    /** {@code SELECT <table>, COUNT(*), <filled section-5 fields> ... UNION ALL ...}: one parameter per table. */
    static String counts() {
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < TABLES.size(); i++) {
            ErasureSpec.Table table = TABLES.get(i);
            List<String> reviewed = reviewed(table);
            String items = linesOfABookkeepingRecord(table) ? "0"
                    : table.kind() == TableKind.BOOKKEEPING ? "COUNT(*)"
                    : reviewed.isEmpty() ? "0"
                    : "COALESCE(SUM(" + String.join(" + ", reviewed.stream().map(FloorDecision::filled).toList()) + "), 0)";
            selects.add("SELECT " + i + ", COUNT(*), " + items + " FROM " + table.name() + " WHERE " + scope(table));
        }
        return String.join(" UNION ALL ", selects);
    }

    private static int items(Connection connection, ErasureSpec.Table table, long customerId, int limit)
            throws SQLException {
        List<String> reviewed = reviewed(table);
        String sql = table.kind() == TableKind.BOOKKEEPING
                ? "SELECT id FROM " + table.name() + " WHERE " + scope(table) + " ORDER BY id LIMIT ?"
                : "SELECT id, " + String.join(", ", reviewed.stream().map(FloorDecision::filled).toList()) + " FROM "
                + table.name() + " WHERE " + scope(table) + " AND ("
                + String.join(" OR ", reviewed.stream().map(FloorDecision::filled).toList()) + ") ORDER BY id LIMIT ?";
        int items = 0;
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, customerId);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next() && items < limit) {
                    if (table.kind() == TableKind.BOOKKEEPING) {
                        items++;
                        continue;
                    }
                    for (int c = 0; c < reviewed.size() && items < limit; c++) {
                        items += rs.getBoolean(c + 2) ? 1 : 0;
                    }
                }
            }
        }
        return items;
    }

    /** A bookkeeping record is checked once, as a whole (section 9): its lines add no item of their own. */
    private static boolean linesOfABookkeepingRecord(ErasureSpec.Table table) {
        return table.kind() == TableKind.BOOKKEEPING && table.name().endsWith("_line");
    }

    private static String scope(ErasureSpec.Table table) {
        return switch (table.name()) {
            case "customer" -> "id = ?";
            case "accounting_receipt" -> "id " + RECEIPT_OF_CUSTOMER;
            case "accounting_receipt_line" -> "receipt_id " + RECEIPT_OF_CUSTOMER;
            default -> "customer_id = ?";
        };
    }

    private static List<String> reviewed(ErasureSpec.Table table) {
        return table.columns().entrySet().stream().filter(e -> e.getValue() == Expect.REVIEW)
                .map(Map.Entry::getKey).toList();
    }

    /**
     * A kept field holds something to check: not NULL and not only white space (MariaDB's
     * {@code [[:space:]]} is Unicode-aware). Values starting with a visible ASCII character are decided
     * without the regular expression, which is the costly part.
     */
    private static String filled(String column) {
        return "(" + column + " IS NOT NULL AND (CHARSET(" + column + ") = 'binary' OR ORD(" + column
                + ") BETWEEN 33 AND 126 OR " + column + " NOT REGEXP '^[[:space:]]*$'))";
    }
}
