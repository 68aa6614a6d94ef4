package se.glomska.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The floor of an anonymization: the UPDATE and DELETE statements of erasure-rules.md section 4,
 * written by hand (not derived from the modules' declarations), run over plain JDBC in one
 * transaction. No lock, no decision, no blocker check, no erasure log: only the work on the data,
 * which is the fastest the database can do it. Same order as the application (children first,
 * the customer row last) and the same isolation level (READ COMMITTED).
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

    /** Every other statement; one parameter: the customer id. */
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
     * Anonymizes the customer in one transaction on a {@link #prepare prepared} connection; answers
     * the rows touched. With {@code nanos} (one slot per statement, the customer row and the commit
     * last), records how long each statement took.
     */
    static long anonymize(Connection connection, long customerId, Instant now, long[] nanos) throws SQLException {
        long rows = 0;
        int i = 0;
        try {
            for (String sql : STATEMENTS) {
                long t = System.nanoTime();
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setLong(1, customerId);
                    rows += statement.executeUpdate();
                }
                record(nanos, i++, t);
            }
            long t = System.nanoTime();
            try (PreparedStatement statement = connection.prepareStatement(CUSTOMER_ROW)) {
                statement.setTimestamp(1, Timestamp.from(now));
                statement.setLong(2, customerId);
                rows += statement.executeUpdate();
            }
            record(nanos, i++, t);
            t = System.nanoTime();
            connection.commit();
            record(nanos, i, t);
            return rows;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** The statements in the order of {@link #anonymize}, the last one the commit. */
    static List<String> statementsInOrder() {
        List<String> all = new java.util.ArrayList<>(STATEMENTS);
        all.add(CUSTOMER_ROW);
        all.add("COMMIT");
        return all;
    }

    private static void record(long[] nanos, int i, long start) {
        if (nanos != null) {
            nanos[i] += System.nanoTime() - start;
        }
    }
}
