package se.glomska.accounting.internal.domain;

import se.glomska.customer.CustomerId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The payment ledger: only appends and reads, a payment is never changed nor deleted. */
public interface Payments {

    Payment record(long invoiceId, CustomerId customerId, PaymentDraft payment);

    List<Payment> listByInvoice(long invoiceId);

    Optional<Payment> find(long id);

    /** The sum of the invoice's payments (zero when none). */
    BigDecimal findPaidAmount(long invoiceId);
}
