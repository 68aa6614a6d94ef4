package se.glomska.accounting.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.accounting.internal.domain.Amounts;
import se.glomska.accounting.internal.domain.IssuedReceipt;
import se.glomska.accounting.internal.domain.Receipt;
import se.glomska.accounting.internal.domain.ReceiptDraft;
import se.glomska.accounting.internal.domain.Receipts;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;

import java.time.Instant;

/**
 * Issues a receipt. The receipt itself holds no customer data; the customer it was issued and sent to
 * is linked apart, so that an erasure can remove the link while the receipt stays as issued.
 */
@Service
@RetriedOnWriteConflict
public class IssueReceipt {

    private final CustomerDirectory customers;
    private final java.time.Clock clock;
    private final Receipts receipts;

    IssueReceipt(CustomerDirectory customers, Receipts receipts, java.time.Clock clock) {
        this.clock = clock;
        this.customers = customers;
        this.receipts = receipts;
    }

    @Transactional
    public Receipt issue(ReceiptDraft draft) {
        IssuedReceipt receipt = IssuedReceipt.of(clock.instant(), draft);
        if (!Amounts.fits(receipt.total())) {
            throw new AmountOutOfRangeException();
        }
        if (draft.customerId() != null) {
            customers.lockForNewRecord(CustomerId.of(draft.customerId()), receipt.issuedAt());
        }
        return receipts.append(receipt);
    }
}
