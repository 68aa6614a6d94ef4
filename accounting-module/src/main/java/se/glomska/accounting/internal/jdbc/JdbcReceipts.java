package se.glomska.accounting.internal.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import se.glomska.accounting.internal.domain.IssuedReceipt;
import se.glomska.accounting.internal.domain.Line;
import se.glomska.accounting.internal.domain.Receipt;
import se.glomska.accounting.internal.domain.ReceiptCustomer;
import se.glomska.accounting.internal.domain.ReceiptDraft;
import se.glomska.accounting.internal.domain.Receipts;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * The receipt ledger on {@code accounting_receipt} and {@code accounting_receipt_line} (INSERT and
 * SELECT only; the database refuses the rest), and the receipt's customer link on
 * {@code accounting_receipt_customer}, which only the erasure clears.
 */
@Repository
class JdbcReceipts implements Receipts {

    private final JdbcClient jdbc;

    JdbcReceipts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Receipt append(IssuedReceipt receipt) {
        ReceiptDraft draft = receipt.draft();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO accounting_receipt (paid_at, payment_method, total, issued_at)
                VALUES (:paidAt, :paymentMethod, :total, :issuedAt)""")
                .param("paidAt", Timestamp.from(draft.paidAt()))
                .param("paymentMethod", draft.paymentMethod())
                .param("total", receipt.total())
                .param("issuedAt", Timestamp.from(receipt.issuedAt()))
                .update(key, "id");
        long id = key.getKey().longValue();
        int lineNo = 0;
        for (Line line : draft.lines()) {
            jdbc.sql("""
                    INSERT INTO accounting_receipt_line (receipt_id, line_no, description, quantity, unit_price)
                    VALUES (:receiptId, :lineNo, :description, :quantity, :unitPrice)""")
                    .param("receiptId", id)
                    .param("lineNo", ++lineNo)
                    .param("description", line.description())
                    .param("quantity", line.quantity())
                    .param("unitPrice", line.unitPrice())
                    .update();
        }
        if (draft.customerId() != null) {
            jdbc.sql("""
                    INSERT INTO accounting_receipt_customer (receipt_id, customer_id, customer_name, customer_email)
                    VALUES (:receiptId, :customerId, :name, :email)""")
                    .param("receiptId", id)
                    .param("customerId", draft.customerId())
                    .param("name", draft.customerName())
                    .param("email", draft.customerEmail())
                    .update();
        }
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Receipt> find(long id) {
        return jdbc.sql("SELECT id, paid_at, payment_method, total, issued_at FROM accounting_receipt WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Receipt(rs.getLong("id"), rs.getTimestamp("paid_at").toInstant(),
                        rs.getString("payment_method"), List.of(), rs.getBigDecimal("total"),
                        rs.getTimestamp("issued_at").toInstant()))
                .optional()
                .map(r -> new Receipt(r.id(), r.paidAt(), r.paymentMethod(), linesOf(r.id()), r.total(), r.issuedAt()));
    }

    @Override
    public Optional<ReceiptCustomer> findCustomer(long receiptId) {
        return jdbc.sql("""
                SELECT customer_id, customer_name, customer_email FROM accounting_receipt_customer
                 WHERE receipt_id = :receiptId""")
                .param("receiptId", receiptId)
                .query((rs, n) -> new ReceiptCustomer(rs.getObject("customer_id", Long.class), rs.getString("customer_name"),
                        rs.getString("customer_email")))
                .optional();
    }

    private List<Line> linesOf(long receiptId) {
        return jdbc.sql("""
                SELECT description, quantity, unit_price FROM accounting_receipt_line
                 WHERE receipt_id = :receiptId ORDER BY line_no""")
                .param("receiptId", receiptId)
                .query((rs, n) -> new Line(rs.getString("description"), rs.getBigDecimal("quantity"),
                        rs.getBigDecimal("unit_price")))
                .list();
    }
}
