package se.glomska.accounting.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.customer.kit.KitContext;
import se.glomska.customer.kit.ParticipantKit;
import se.glomska.customer.spi.AnonymizationParticipant;

import java.util.List;
import java.util.Map;

import static se.glomska.customer.kit.KitRows.insert;

/**
 * Accounting's participant held by the participant kit against accounting.sql on a real MariaDB: invoices, payments
 * and receipts are bookkeeping records the database refuses to change, the receipt's customer link goes with an
 * anonymization. The history's invoice is paid in part only: it blocks.
 */
class AccountingParticipantKitTest extends ParticipantKit {

    @Override
    protected List<String> changelogs() {
        return List.of("db/changelog/accounting.sql");
    }

    @Override
    protected AnonymizationParticipant participant(JdbcClient jdbc) {
        return KitContext.participant(jdbc, AccountingParticipant.class,
                new String[] {"se.glomska.accounting.internal.jdbc"});
    }

    @Override
    protected boolean historyBlocks() {
        return true;
    }

    @Override
    protected void recordHistory(JdbcClient jdbc, long c, String m) {
        long invoice = insert(jdbc, "accounting_invoice", m, Map.of("invoice_number", c, "customer_id", c,
                "order_id", c, "bill_to_country", "SE", "due_date", "2025-04-30", "issued_at", "2025-03-31 12:00:00",
                "total", 125));
        insert(jdbc, "accounting_invoice_line", m, Map.of("invoice_id", invoice, "customer_id", c, "line_no", 1,
                "quantity", 1, "unit_price", 125));
        insert(jdbc, "accounting_payment", m, Map.of("invoice_id", invoice, "customer_id", c, "amount", 25,
                "paid_at", "2025-04-10", "recorded_at", "2025-04-10 09:00:00"));
        insert(jdbc, "accounting_payment_reminder", m, Map.of("invoice_id", invoice, "customer_id", c, "fee", 60,
                "sent_at", "2025-05-05 08:00:00"));
        long receipt = insert(jdbc, "accounting_receipt", m, Map.of("paid_at", "2025-03-01 10:00:00",
                "payment_method", "CARD", "total", 99, "issued_at", "2025-03-01 10:00:00"));
        insert(jdbc, "accounting_receipt_line", m, Map.of("receipt_id", receipt, "line_no", 1, "quantity", 1,
                "unit_price", 99));
        insert(jdbc, "accounting_receipt_customer", m, Map.of("receipt_id", receipt, "customer_id", c));
    }
}
