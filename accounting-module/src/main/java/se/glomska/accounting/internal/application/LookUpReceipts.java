package se.glomska.accounting.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.accounting.internal.domain.BillTo;
import se.glomska.accounting.internal.domain.Receipt;
import se.glomska.accounting.internal.domain.ReceiptCustomer;
import se.glomska.accounting.internal.domain.Receipts;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RestrictedRecords;

import java.util.Optional;

/**
 * Shows a receipt with its customer link, if it still has one. A receipt issued to a customer who has
 * since been anonymized is restricted (see {@link RestrictedReading}).
 */
@Service
public class LookUpReceipts {

    private final Receipts receipts;
    private final CustomerDirectory customers;
    private final RestrictedRecords restricted;

    LookUpReceipts(Receipts receipts, CustomerDirectory customers, RestrictedRecords restricted) {
        this.receipts = receipts;
        this.customers = customers;
        this.restricted = restricted;
    }

    /**
     * A receipt and the customer linked to it (empty when none was given or the erasure removed it), and
     * whether it is restricted.
     */
    public record ReceiptWithCustomer(Receipt receipt, Optional<ReceiptCustomer> customer, boolean restricted) {
    }

    /**
     * The receipt as {@code reader} is shown it; a bookkeeper's read of a restricted receipt is recorded,
     * anyone else sees whatever customer data is left on it as {@code Xxxx}.
     *
     * @throws UnknownRecordException for an unknown id (404)
     */
    @Transactional
    public ReceiptWithCustomer receipt(long receiptId, Reader reader) {
        Receipt receipt = receipts.find(receiptId).orElseThrow(() -> new UnknownRecordException(UnknownRecordException.RecordType.RECEIPT, receiptId));
        Optional<ReceiptCustomer> link = receipts.findCustomer(receiptId);
        boolean isRestricted = link.map(c -> c.erased() || customers.shown(c.customerId()).anonymized())
                .orElse(false);
        boolean asIssued = RestrictedReading.asIssued(isRestricted, reader, "receipt", receiptId, restricted);
        Optional<ReceiptCustomer> shown = link
                .filter(c -> !isRestricted || c.name() != null || c.email() != null)
                .map(c -> !isRestricted ? c
                        : asIssued ? new ReceiptCustomer(null, c.name(), c.email())
                        : new ReceiptCustomer(null, withheld(c.name()), withheld(c.email())));
        return new ReceiptWithCustomer(receipt, shown, isRestricted);
    }

    private static String withheld(String value) {
        return value == null ? null : BillTo.WITHHELD;
    }
}
