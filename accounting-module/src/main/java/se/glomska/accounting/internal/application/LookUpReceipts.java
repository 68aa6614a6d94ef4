package se.glomska.accounting.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.accounting.internal.domain.Receipt;
import se.glomska.accounting.internal.domain.ReceiptCustomer;
import se.glomska.accounting.internal.domain.Receipts;

import java.util.Optional;

/** Shows a receipt with its customer link, if it still has one. */
@Service
public class LookUpReceipts {

    private final Receipts receipts;

    LookUpReceipts(Receipts receipts) {
        this.receipts = receipts;
    }

    /** A receipt and the customer linked to it (empty when none was given or the erasure removed it). */
    public record ReceiptWithCustomer(Receipt receipt, Optional<ReceiptCustomer> customer) {
    }

    @Transactional(readOnly = true)
    public ReceiptWithCustomer receipt(long receiptId) {
        Receipt receipt = receipts.find(receiptId).orElseThrow(() -> new UnknownReceiptException(receiptId));
        return new ReceiptWithCustomer(receipt, receipts.findCustomer(receiptId));
    }
}
