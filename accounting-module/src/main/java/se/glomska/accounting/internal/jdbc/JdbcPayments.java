package se.glomska.accounting.internal.jdbc;

import se.glomska.customer.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import se.glomska.accounting.internal.domain.Payment;
import se.glomska.accounting.internal.domain.PaymentDraft;
import se.glomska.accounting.internal.domain.Payments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The payment ledger on {@code accounting_payment}: INSERT and SELECT only (the database refuses the rest). */
@Repository
class JdbcPayments implements Payments {

    private final JdbcClient jdbc;

    JdbcPayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Payment record(long invoiceId, CustomerId customer, PaymentDraft payment) {
        long customerId = customer.value();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO accounting_payment (invoice_id, customer_id, amount, paid_at, recorded_at)
                VALUES (:invoiceId, :customerId, :amount, :paidAt, :recordedAt)""")
                .param("invoiceId", invoiceId)
                .param("customerId", customerId)
                .param("amount", payment.amount())
                .param("paidAt", payment.paidAt())
                .param("recordedAt", Timestamp.from(Instant.now()))
                .update(key, "id");
        long id = key.getKey().longValue();
        return jdbc.sql("SELECT id, invoice_id, amount, paid_at, recorded_at FROM accounting_payment WHERE id = :id")
                .param("id", id)
                .query(JdbcPayments::payment)
                .single();
    }

    @Override
    public List<Payment> listByInvoice(long invoiceId) {
        return jdbc.sql("""
                SELECT id, invoice_id, amount, paid_at, recorded_at FROM accounting_payment
                 WHERE invoice_id = :invoiceId ORDER BY id""")
                .param("invoiceId", invoiceId)
                .query(JdbcPayments::payment)
                .list();
    }

    @Override
    public Optional<Payment> find(long id) {
        return jdbc.sql("SELECT id, invoice_id, amount, paid_at, recorded_at FROM accounting_payment WHERE id = :id")
                .param("id", id)
                .query(JdbcPayments::payment)
                .optional();
    }

    @Override
    public BigDecimal findPaidAmount(long invoiceId) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM accounting_payment WHERE invoice_id = :invoiceId")
                .param("invoiceId", invoiceId)
                .query(BigDecimal.class)
                .single()
                .setScale(2);
    }

    private static Payment payment(ResultSet rs, int rowNum) throws SQLException {
        return new Payment(rs.getLong("id"), rs.getLong("invoice_id"), rs.getBigDecimal("amount"),
                rs.getObject("paid_at", LocalDate.class), rs.getTimestamp("recorded_at").toInstant());
    }
}
