package se.glomska.accounting.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment reminder sent for an invoice. Not a bookkeeping record: its recipient details are cleared
 * when the customer is anonymized (erasure-rules.md section 4), so they may be {@code null}.
 */
public record PaymentReminder(long id, long invoiceId, long customerId, String recipientName,
                              String recipientAddress, String recipientEmail, BigDecimal fee, Instant sentAt) {
}
