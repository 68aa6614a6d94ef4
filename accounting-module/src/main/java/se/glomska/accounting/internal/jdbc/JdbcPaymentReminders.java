package se.glomska.accounting.internal.jdbc;

import se.glomska.customer.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import se.glomska.accounting.internal.domain.PaymentReminder;
import se.glomska.accounting.internal.domain.PaymentReminders;
import se.glomska.accounting.internal.domain.ReminderDraft;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Payment reminders on {@code accounting_payment_reminder}. The erasure clears their recipient columns
 * (declared in the participant); this adapter only adds and reads.
 */
@Repository
class JdbcPaymentReminders implements PaymentReminders {

    private final JdbcClient jdbc;

    JdbcPaymentReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PaymentReminder add(long invoiceId, CustomerId customer, ReminderDraft reminder, Instant sentAt) {
        long customerId = customer.value();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO accounting_payment_reminder (invoice_id, customer_id, recipient_name, recipient_address,
                    recipient_email, fee, sent_at)
                VALUES (:invoiceId, :customerId, :name, :address, :email, :fee, :sentAt)""")
                .param("invoiceId", invoiceId)
                .param("customerId", customerId)
                .param("name", reminder.recipientName())
                .param("address", reminder.recipientAddress())
                .param("email", reminder.recipientEmail())
                .param("fee", reminder.feeOrZero())
                .param("sentAt", Timestamp.from(sentAt))
                .update(key, "id");
        return find(key.getKey().longValue()).orElseThrow();
    }

    @Override
    public Optional<PaymentReminder> find(long id) {
        return jdbc.sql("""
                SELECT id, invoice_id, customer_id, recipient_name, recipient_address, recipient_email, fee, sent_at
                  FROM accounting_payment_reminder WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new PaymentReminder(rs.getLong("id"), rs.getLong("invoice_id"),
                        rs.getLong("customer_id"), rs.getString("recipient_name"),
                        rs.getString("recipient_address"), rs.getString("recipient_email"),
                        rs.getBigDecimal("fee"), rs.getTimestamp("sent_at").toInstant()))
                .optional();
    }
}
