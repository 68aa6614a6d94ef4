package se.glomska.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The floor of an anonymization: the least SQL a careful engineer would write by hand for the same
 * guarantees as the application's erasure, over plain JDBC, in one transaction at READ COMMITTED
 * (as the application):
 * <ol>
 *   <li>lock the customer row ({@code SELECT ... FOR UPDATE}) and check it exists and is not anonymized
 *       yet, so that no record can be added for it meanwhile (every create locks the row too);</li>
 *   <li>one statement, under the lock: which tables hold rows of the customer (one {@code EXISTS} over
 *       each table's customer index), whether it has a transaction at all (else the action would be
 *       DELETE, not ANONYMIZE), and whether a blocker of section 3 holds (an order not delivered or not
 *       invoiced, a dropship order not delivered or not invoiced, an ongoing contract, an invoice not
 *       fully paid), each an {@code EXISTS} over the index that answers it;</li>
 *   <li>the UPDATE or DELETE of section 4 for each table that holds rows, and only for those;</li>
 *   <li>the customer row;</li>
 *   <li>the erasure log entry (who, when, which customer, which action, how many records of each kind);</li>
 *   <li>commit.</li>
 * </ol>
 * The statements are written from erasure-rules.md, not derived from the modules' declarations.
 * What the floor does not do that the application does: list every blocker with its record (the
 * floor only needs to know that none holds, which is the case it is measured in), and ask each module
 * through its port. Same order as the application (children first, the customer row last).
 */
final class FloorErasure {

    /** The customer row; parameters: the erasure time, the customer id. */
    static final String CUSTOMER_ROW = """
            UPDATE customer SET first_name = 'Xxxx', last_name = 'Xxxx', name = 'Xxxx',
                organization_number = NULL, vat_number = NULL,
                accepts_email_marketing = FALSE, accepts_postal_marketing = FALSE,
                invoice_company_name = 'Xxxx', invoice_attention = NULL, invoice_line1 = NULL, invoice_line2 = NULL,
                invoice_line3 = NULL, invoice_city = NULL, invoice_latitude = 0, invoice_longitude = 0,
                visit_company_name = 'Xxxx', visit_line1 = NULL, visit_line2 = NULL, visit_line3 = NULL,
                visit_city = NULL, visit_latitude = 0, visit_longitude = 0,
                contact_person = 'Xxxx', phone = NULL, mobile = NULL, fax = NULL, email = NULL, website = NULL,
                birth_date = MAKEDATE(YEAR(birth_date), 1),
                anonymized = TRUE, anonymized_at = ?
            WHERE id = ?""";

    /** Step 1: the customer row, locked. */
    static final String LOCK = "SELECT anonymized FROM customer WHERE id = ? FOR UPDATE";

    /**
     * A table of the floor: the module and record type its log line names, and the statement of
     * section 4 (one parameter, the customer id); a {@code null} statement for a table that is only
     * looked at (bookkeeping records, lines, records the spec keeps whole).
     */
    record Target(String table, String module, String recordType, boolean transaction, String statement) {
    }

    /**
     * Step 2, one statement: a flag per {@link #TARGETS table} (holds rows of the customer), then the
     * blocker flag. Parameters: the customer id for each table and each blocker check, and today's date.
     */
    static String inspection() {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (Target target : TARGETS) {
            sql.append("EXISTS (SELECT 1 FROM ").append(target.table()).append(" WHERE customer_id = ?), ");
        }
        return sql.append(BLOCKED).toString();
    }

    /** Section 3, as one condition; each part is an index lookup that finds nothing for a finished history. */
    static final String BLOCKED = """
            EXISTS (SELECT 1 FROM sales_order WHERE customer_id = ? AND (delivered = FALSE OR invoiced = FALSE))
            OR EXISTS (SELECT 1 FROM sales_dropship_order o WHERE o.customer_id = ? AND (o.invoiced = FALSE
                OR NOT EXISTS (SELECT 1 FROM sales_dropship_purchase p WHERE p.dropship_order_id = o.id)
                OR EXISTS (SELECT 1 FROM sales_dropship_purchase p WHERE p.dropship_order_id = o.id
                    AND NOT EXISTS (SELECT 1 FROM sales_inbound_delivery d WHERE d.purchase_id = p.id))))
            OR EXISTS (SELECT 1 FROM sales_contract WHERE customer_id = ? AND (end_date IS NULL OR end_date >= ?))
            OR EXISTS (SELECT 1 FROM accounting_invoice i WHERE i.customer_id = ? AND i.total >
                (SELECT COALESCE(SUM(p.amount), 0) FROM accounting_payment p
                  WHERE p.customer_id = i.customer_id AND p.invoice_id = i.id))""";

    /** Step 5. */
    static final String LOG = """
            INSERT INTO erasure_log (customer_id, action, actor, performed_at, changes)
            VALUES (?, 'ANONYMIZE', ?, ?, ?)""";

    /** Step 3: the statements of section 4; one parameter: the customer id. */
    static final List<String> STATEMENTS = List.of(
            // sales
            "UPDATE sales_contract SET customer_reference = 'Xxxx', recipient = 'Xxxx', email = NULL WHERE customer_id = ?",
            """
            UPDATE sales_dropship_purchase SET order_reference = NULL, phone = NULL, mobile = NULL,
                published_comment = NULL, customer_name = NULL, delivery_attention = NULL, delivery_address = NULL,
                delivery_postal_code = NULL, delivery_city = NULL
            WHERE customer_id = ?""",
            """
            UPDATE sales_dropship_order SET order_reference = NULL, phone = NULL, mobile = NULL, customer_name = NULL,
                invoice_attention = NULL, invoice_address = NULL, invoice_postal_code = NULL, invoice_city = NULL,
                delivery_attention = NULL, delivery_address = NULL, delivery_postal_code = NULL, delivery_city = NULL
            WHERE customer_id = ?""",
            """
            UPDATE sales_commercial_invoice SET customer = 'Xxxx', name = NULL, address = NULL, postal_code = NULL,
                city = NULL, recipient_organization_number = NULL, recipient_vat_number = NULL, recipient_name = NULL,
                recipient_email = NULL, recipient_phone = NULL
            WHERE customer_id = ?""",
            """
            UPDATE sales_delivery SET customer_reference = NULL, notification_mobile = NULL,
                invoice_name = NULL, invoice_attention = NULL, invoice_address = NULL, invoice_postal_code = NULL,
                invoice_city = NULL, delivery_name = NULL, delivery_attention = NULL, delivery_address = NULL,
                delivery_postal_code = NULL, delivery_city = NULL
            WHERE customer_id = ?""",
            """
            UPDATE sales_order SET customer_reference = NULL, customer_order_reference = NULL, notification_mobile = NULL,
                invoice_name = NULL, invoice_attention = NULL, invoice_address = NULL, invoice_postal_code = NULL,
                invoice_city = NULL, delivery_name = NULL, delivery_attention = NULL, delivery_address = NULL,
                delivery_postal_code = NULL, delivery_city = NULL
            WHERE customer_id = ?""",
            """
            UPDATE sales_quote SET customer_reference = NULL,
                invoice_name = NULL, invoice_attention = NULL, invoice_address = NULL, invoice_postal_code = NULL,
                invoice_city = NULL, delivery_name = NULL, delivery_attention = NULL, delivery_address = NULL,
                delivery_postal_code = NULL, delivery_city = NULL
            WHERE customer_id = ?""",
            // crm
            """
            UPDATE crm_activity SET contact_person = 'Xxxx', contact_email = NULL, contact_phone = NULL, subject = NULL,
                notes = NULL
            WHERE customer_id = ?""",
            // support
            """
            UPDATE support_mail SET name = 'Xxxx', email = NULL, phone = NULL, subject = NULL, text = NULL,
                replies = NULL, internal_comment = NULL
            WHERE customer_id = ?""",
            "UPDATE support_case_reply SET text = NULL WHERE customer_id = ?",
            """
            UPDATE support_case SET name = 'Xxxx', email = NULL, phone = NULL, subject = NULL, text = NULL,
                internal_comment = NULL
            WHERE customer_id = ?""",
            // accounting: invoices, payments and receipts are never touched; the receipt link is emptied (ADR 0005)
            """
            UPDATE accounting_receipt_customer SET customer_id = NULL, customer_name = NULL, customer_email = NULL
            WHERE customer_id = ?""",
            """
            UPDATE accounting_payment_reminder SET recipient_name = NULL, recipient_address = NULL,
                recipient_email = NULL
            WHERE customer_id = ?""",
            // customer: credit reports with their PDFs deleted, branches anonymized
            "DELETE FROM credit_report_file WHERE customer_id = ?",
            "DELETE FROM credit_report WHERE customer_id = ?",
            """
            UPDATE customer_branch SET name = 'Xxxx', line1 = NULL, line2 = NULL, postal_code = NULL, city = NULL,
                country = NULL, phone = NULL, email = NULL, contact_person = NULL, notes = NULL
            WHERE customer_id = ?""");

    /**
     * Every table the floor looks at, children before parents as the application writes them; the
     * statement of each is the one in {@link #STATEMENTS} on the same table.
     */
    static final List<Target> TARGETS = targets();

    private static List<Target> targets() {
        String[][] tables = {
                // table, module, record type, transaction (a row means ANONYMIZE, not DELETE)
                {"sales_contract", "sales", "contract", "T"},
                {"sales_dropship_purchase", "sales", "dropshipPurchase", "T"},
                {"sales_dropship_order", "sales", "dropshipOrder", "T"},
                {"sales_commercial_invoice", "sales", "commercialInvoice", "T"},
                {"sales_delivery", "sales", "delivery", "T"},
                {"sales_order", "sales", "order", "T"},
                {"sales_quote", "sales", "quote", "T"},
                {"crm_activity", "crm", "activity", "T"},
                {"support_mail", "support", "mailHistory", "T"},
                {"support_case_reply", "support", "supportCaseReply", "T"},
                {"support_case", "support", "supportCase", "T"},
                {"accounting_receipt_customer", "accounting", "receiptCustomerLink", "T"},
                {"accounting_payment_reminder", "accounting", "paymentReminder", "T"},
                {"credit_report_file", "customer", "creditReportPdf", "O"},
                {"credit_report", "customer", "creditReport", "O"},
                {"customer_branch", "customer", "branch", "O"},
                // looked at only: a bookkeeping record is a transaction too (invoices imply their payments)
                {"accounting_invoice", "accounting", "invoice", "T"}};
        List<Target> all = new java.util.ArrayList<>();
        for (String[] t : tables) {
            String statement = STATEMENTS.stream()
                    .filter(s -> s.matches("(?s)(UPDATE|DELETE FROM)\\s+" + t[0] + "\\s.*")).findFirst().orElse(null);
            all.add(new Target(t[0], t[1], t[2], t[3].equals("T"), statement));
        }
        if (all.stream().filter(t -> t.statement() != null).count() != STATEMENTS.size()) {
            throw new IllegalStateException("every statement of section 4 belongs to one table of the floor");
        }
        return List.copyOf(all);
    }

    private FloorErasure() {
    }

    /**
     * Sets the connection up once for {@link #anonymize}: no auto-commit, READ COMMITTED (as the
     * application's erasure), so that each anonymization costs its statements and one commit only.
     */
    static void prepare(Connection connection) throws SQLException {
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        connection.setAutoCommit(false);
    }

    /**
     * Anonymizes the customer in one transaction on a {@link #prepare prepared} connection, with the
     * guarantees of the application's erasure (see the class comment); answers the rows changed (the
     * customer row and every row updated or deleted). With {@code nanos} (one slot per entry of
     * {@link #statementsInOrder}), records how long each step took; a table without rows costs nothing.
     */
    static long anonymize(Connection connection, long customerId, Instant now, long[] nanos) throws SQLException {
        long rows = 0;
        try {
            long t = System.nanoTime();
            try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                lock.setLong(1, customerId);
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next() || rs.getBoolean(1)) {
                        throw new IllegalStateException("customer " + customerId + " is unknown or anonymized");
                    }
                }
            }
            record(nanos, 0, t);
            t = System.nanoTime();
            boolean[] present = new boolean[TARGETS.size()];
            boolean transaction = false;
            try (PreparedStatement inspect = connection.prepareStatement(inspection())) {
                int p = 1;
                for (int i = 0; i < TARGETS.size(); i++) {
                    inspect.setLong(p++, customerId);
                }
                inspect.setLong(p++, customerId);
                inspect.setLong(p++, customerId);
                inspect.setLong(p++, customerId);
                inspect.setDate(p++, java.sql.Date.valueOf(java.time.LocalDate.now()));
                inspect.setLong(p, customerId);
                try (ResultSet rs = inspect.executeQuery()) {
                    rs.next();
                    for (int i = 0; i < TARGETS.size(); i++) {
                        present[i] = rs.getBoolean(i + 1);
                        transaction |= present[i] && TARGETS.get(i).transaction();
                    }
                    if (rs.getBoolean(TARGETS.size() + 1)) {
                        throw new IllegalStateException("customer " + customerId + " is blocked");
                    }
                }
            }
            if (!transaction) {
                throw new IllegalStateException("customer " + customerId + " has no transaction: DELETE, not ANONYMIZE");
            }
            record(nanos, 1, t);
            StringBuilder changes = new StringBuilder("[");
            for (int i = 0; i < TARGETS.size(); i++) {
                Target target = TARGETS.get(i);
                if (!present[i] || target.statement() == null) {
                    continue;
                }
                t = System.nanoTime();
                int n;
                try (PreparedStatement statement = connection.prepareStatement(target.statement())) {
                    statement.setLong(1, customerId);
                    n = statement.executeUpdate();
                }
                record(nanos, 2 + i, t);
                rows += n;
                if (n > 0) {
                    change(changes, target.module(), target.recordType(), n);
                }
            }
            t = System.nanoTime();
            try (PreparedStatement statement = connection.prepareStatement(CUSTOMER_ROW)) {
                statement.setTimestamp(1, Timestamp.from(now));
                statement.setLong(2, customerId);
                rows += statement.executeUpdate();
            }
            change(changes, "customer", "customer", 1);
            record(nanos, 2 + TARGETS.size(), t);
            t = System.nanoTime();
            try (PreparedStatement log = connection.prepareStatement(LOG)) {
                log.setLong(1, customerId);
                log.setString(2, "floor");
                log.setTimestamp(3, Timestamp.from(now));
                log.setString(4, changes.append(']').toString());
                log.executeUpdate();
            }
            record(nanos, 3 + TARGETS.size(), t);
            t = System.nanoTime();
            connection.commit();
            record(nanos, 4 + TARGETS.size(), t);
            return rows;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
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

    /** The steps in the order of {@link #anonymize} (the slots of its {@code nanos}), the last one the commit. */
    static List<String> statementsInOrder() {
        List<String> all = new java.util.ArrayList<>();
        all.add(LOCK);
        all.add(inspection());
        for (Target target : TARGETS) {
            all.add(target.statement() == null ? "-- " + target.table() + ": looked at only" : target.statement());
        }
        all.add(CUSTOMER_ROW);
        all.add(LOG);
        all.add("COMMIT");
        return all;
    }

    private static void record(long[] nanos, int i, long start) {
        if (nanos != null) {
            nanos[i] += System.nanoTime() - start;
        }
    }
}
