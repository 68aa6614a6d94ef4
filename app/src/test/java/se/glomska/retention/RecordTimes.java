package se.glomska.retention;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The retention tests' own view of a customer's last activity, written here by hand and read straight from every
 * module's tables (a test is no module): the latest of the customer's registration and of the time of each of its
 * records (erasure-rules.md section 10, docs/architecture.md "Retention"), one correlated sub-query per table,
 * not the application's union of the modules' declarations. Also spreads generated histories over time.
 */
final class RecordTimes {

    /** Every table holding a record of a customer, with the column that says when the record was made. */
    static final Map<String, String> TIMED = new LinkedHashMap<>();

    static {
        TIMED.put("customer_document", "created_at");
        TIMED.put("sales_quote", "created_at");
        TIMED.put("sales_order", "created_at");
        TIMED.put("sales_delivery", "delivered_at");
        TIMED.put("sales_commercial_invoice", "created_at");
        TIMED.put("sales_dropship_order", "created_at");
        TIMED.put("sales_dropship_purchase", "created_at");
        TIMED.put("sales_inbound_delivery", "received_at");
        TIMED.put("sales_contract", "created_at");
        TIMED.put("crm_activity", "occurs_at");
        TIMED.put("support_case", "created_at");
        TIMED.put("support_case_reply", "posted_at");
        TIMED.put("support_mail", "sent_at");
        TIMED.put("accounting_invoice", "issued_at");
        TIMED.put("accounting_payment", "recorded_at");
        TIMED.put("accounting_payment_reminder", "sent_at");
        // accounting_receipt_customer: the link of a receipt (accounting_receipt.issued_at) to its customer
    }

    /** Bookkeeping records are never updated (ADR 0001's triggers): their times are added, not moved. */
    static final Set<String> WRITTEN_ONCE = Set.of("accounting_invoice", "accounting_payment",
            "accounting_payment_reminder");

    /**
     * Tables with a customer_id that hold no record of activity of their own: a line or a file is part of its
     * head (whose time counts), a branch, a credit report (dated by the agency, not when it was made) and a
     * property carry no time; the rest is the erasure's and retention's own bookkeeping.
     */
    static final Set<String> UNTIMED = Set.of("customer_branch", "credit_report", "credit_report_file",
            "customer_property", "sales_quote_line", "sales_order_line", "sales_dropship_order_line",
            "accounting_invoice_line", "erasure_log", "erasure_review", "erasure_review_action", "review_mark_scan",
            "review_mark", "retention_run_customer", "erasure_request");

    /** The reference, by hand: (id, anonymized, last activity) of every customer, oldest activity first. */
    static final String REFERENCE = """
            SELECT c.id, c.anonymized, GREATEST(c.created_at,
                COALESCE((SELECT MAX(t.created_at) FROM customer_document t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(t.created_at) FROM sales_quote t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(t.created_at) FROM sales_order t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(t.delivered_at) FROM sales_delivery t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(t.created_at) FROM sales_commercial_invoice t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(t.created_at) FROM sales_dropship_order t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(t.created_at) FROM sales_dropship_purchase t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(t.received_at) FROM sales_inbound_delivery t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(t.created_at) FROM sales_contract t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(t.occurs_at) FROM crm_activity t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(t.created_at) FROM support_case t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(t.posted_at) FROM support_case_reply t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(t.sent_at) FROM support_mail t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(t.issued_at) FROM accounting_invoice t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(t.recorded_at) FROM accounting_payment t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(t.sent_at) FROM accounting_payment_reminder t WHERE t.customer_id = c.id), c.created_at),
                COALESCE((SELECT MAX(r.issued_at) FROM accounting_receipt_customer l
                          JOIN accounting_receipt r ON r.id = l.receipt_id WHERE l.customer_id = c.id), c.created_at)
            ) AS last_activity
            FROM customer c WHERE c.id BETWEEN :first AND :last""";

    record Row(long id, boolean anonymized, Instant lastActivity) {
    }

    /** The reference for the customers with ids in [first, last], oldest activity first, then by id. */
    static List<Row> reference(JdbcClient jdbc, long first, long last) {
        return jdbc.sql("SELECT * FROM (" + REFERENCE + ") x ORDER BY last_activity, id")
                .param("first", first).param("last", last)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getBoolean("anonymized"),
                        rs.getTimestamp("last_activity").toInstant()))
                .list();
    }

    /** The tables of the schema that have a customer_id column. */
    static Set<String> tablesWithACustomer(JdbcClient jdbc) {
        return new TreeSet<>(jdbc.sql("SELECT LOWER(table_name) FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND LOWER(column_name) = 'customer_id'")
                .query(String.class).list());
    }

    /**
     * Spreads the times of the customers [first, last] and of their records over about eleven years from
     * {@code from}: each customer gets a base day, each row a random moment within 600 days after it (to the
     * microsecond), so that any module may hold a customer's latest record. The bookkeeping records keep the
     * times the generator gave them (derived from the generator's registration times, 2012 to about 2023).
     */
    static void spread(JdbcClient jdbc, long first, long last, Instant from, Random random) {
        String at = "TIMESTAMP(:from) + INTERVAL (MOD(%s * 7919 + :salt, 3400) * 86400) SECOND"
                + " + INTERVAL FLOOR(RAND(:seed) * 51840000000000) MICROSECOND";
        String whose = " BETWEEN :first AND :last";
        int salt = random.nextInt(1000);
        Timestamp start = Timestamp.from(from);
        jdbc.sql("UPDATE customer SET created_at = " + at.formatted("id") + " WHERE id" + whose)
                .param("from", start).param("salt", salt).param("seed", random.nextInt())
                .param("first", first).param("last", last).update();
        TIMED.forEach((table, column) -> {
            if (!WRITTEN_ONCE.contains(table)) {
                jdbc.sql("UPDATE " + table + " SET " + column + " = " + at.formatted("customer_id")
                                + " WHERE customer_id" + whose)
                        .param("from", start).param("salt", salt).param("seed", random.nextInt())
                        .param("first", first).param("last", last).update();
            }
        });
    }

    /**
     * Every time of the customer and of its records that may change set to {@code at} (its bookkeeping records
     * keep theirs: see {@link #latestBookkeeping}).
     */
    static void setAll(JdbcClient jdbc, long customerId, Instant at) {
        Timestamp t = Timestamp.from(at);
        jdbc.sql("UPDATE customer SET created_at = :t WHERE id = :id").param("t", t).param("id", customerId).update();
        TIMED.forEach((table, column) -> {
            if (!WRITTEN_ONCE.contains(table)) {
                jdbc.sql("UPDATE " + table + " SET " + column + " = :t WHERE customer_id = :id")
                        .param("t", t).param("id", customerId).update();
            }
        });
    }

    /** The latest time of the customer's bookkeeping records, which never change; null without any. */
    static Instant latestBookkeeping(JdbcClient jdbc, long customerId) {
        Timestamp t = jdbc.sql("""
                        SELECT MAX(t) FROM (
                            SELECT issued_at AS t FROM accounting_invoice WHERE customer_id = :id
                            UNION ALL SELECT recorded_at FROM accounting_payment WHERE customer_id = :id
                            UNION ALL SELECT sent_at FROM accounting_payment_reminder WHERE customer_id = :id
                            UNION ALL SELECT r.issued_at FROM accounting_receipt_customer l
                                JOIN accounting_receipt r ON r.id = l.receipt_id WHERE l.customer_id = :id) x""")
                .param("id", customerId).query(Timestamp.class).optional().orElse(null);
        return t == null ? null : t.toInstant();
    }

    /**
     * A record of the customer in {@code table} made at {@code at}: an existing one moved there (the one with the
     * smallest id), or for bookkeeping, which is never updated, a new one added (a payment or a reminder of the
     * customer's first invoice, a receipt).
     */
    static void setOne(JdbcClient jdbc, String table, long customerId, Instant at) {
        int n;
        Timestamp t = Timestamp.from(at);
        if (table.equals("accounting_receipt")) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO accounting_receipt (paid_at, payment_method, total, issued_at)"
                    + " VALUES (:t, 'CARD', 0.00, :t)").param("t", t).update(key, "id");
            n = jdbc.sql("INSERT INTO accounting_receipt_customer (receipt_id, customer_id) VALUES (:r, :id)")
                    .param("r", key.getKey().longValue()).param("id", customerId).update();
        } else if (table.equals("accounting_payment")) {
            n = jdbc.sql("INSERT INTO accounting_payment (invoice_id, customer_id, amount, paid_at, recorded_at)"
                            + " SELECT MIN(id), customer_id, 0.00, DATE(:t), :t FROM accounting_invoice"
                            + " WHERE customer_id = :id GROUP BY customer_id")
                    .param("t", t).param("id", customerId).update();
        } else if (table.equals("accounting_payment_reminder")) {
            n = jdbc.sql("INSERT INTO accounting_payment_reminder (invoice_id, customer_id, fee, sent_at)"
                            + " SELECT MIN(id), customer_id, 0.00, :t FROM accounting_invoice"
                            + " WHERE customer_id = :id GROUP BY customer_id")
                    .param("t", t).param("id", customerId).update();
        } else if (WRITTEN_ONCE.contains(table)) {
            throw new IllegalArgumentException(table + " cannot be given a new record here");
        } else {
            n = jdbc.sql("UPDATE " + table + " SET " + TIMED.get(table) + " = :t WHERE customer_id = :id"
                            + " ORDER BY id LIMIT 1")
                    .param("t", Timestamp.from(at)).param("id", customerId).update();
        }
        if (n != 1) {
            throw new IllegalStateException("customer " + customerId + " has no record in " + table);
        }
    }

    /** Inserts a document of the customer, made at {@code at}. */
    static void document(JdbcClient jdbc, long customerId, Instant at) {
        jdbc.sql("INSERT INTO customer_document (customer_id, file_name, description, content, created_at)"
                        + " VALUES (:id, 'avtal.pdf', 'Avtal', :content, :t)")
                .param("id", customerId).param("content", "%PDF-1.4".getBytes()).param("t", Timestamp.from(at))
                .update();
    }

    private RecordTimes() {
    }
}
