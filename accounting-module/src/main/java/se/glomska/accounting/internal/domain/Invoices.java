package se.glomska.accounting.internal.domain;

import java.util.List;
import java.util.Optional;

/**
 * The invoice ledger. It only appends and reads: an issued invoice is never changed nor deleted
 * (Bokföringslagen). The architecture tests hold this port to it.
 */
public interface Invoices {

    /** Appends the invoice and its lines; answers it with its id. */
    Invoice issue(IssuedInvoice invoice);

    Optional<Invoice> find(long id);

    /**
     * The invoice, holding a lock on it until the transaction ends, so that payments and reminders of one
     * invoice are decided one at a time (the row is locked, not changed).
     */
    Optional<Invoice> findForPayment(long id);

    /** Whether an invoice was already issued for the sales order or dropship order. */
    boolean existsFor(Long orderId, Long dropshipOrderId);

    /** The customer's invoices, newest first. */
    List<InvoiceSummary> listByCustomer(long customerId, int offset, int limit);

    /** The latest invoices of all customers, newest first. */
    List<InvoiceSummary> listLatest(int offset, int limit);

    long countByCustomer(long customerId);

    long countAll();

    /** The customer's invoices whose payments do not cover their total. */
    default List<InvoiceSummary> findUnpaid(long customerId) {
        return findUnpaid(List.of(customerId));
    }

    /** As {@link #findUnpaid(long)} for several customers (a retention batch). */
    List<InvoiceSummary> findUnpaid(java.util.Collection<Long> customerIds);
}
