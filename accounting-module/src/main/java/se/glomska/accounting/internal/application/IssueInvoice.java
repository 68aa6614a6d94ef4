package se.glomska.accounting.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.accounting.internal.domain.Amounts;
import se.glomska.accounting.internal.domain.Invoice;
import se.glomska.accounting.internal.domain.InvoiceDraft;
import se.glomska.accounting.internal.domain.InvoiceNumbers;
import se.glomska.accounting.internal.domain.Invoices;
import se.glomska.accounting.internal.domain.IssuedInvoice;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;
import se.glomska.sales.InvoiceableOrders;
import se.glomska.sales.OrderInvoiced;

import java.time.Instant;

/**
 * Issues an invoice for one sales order or dropship order of the customer: sales confirms that the
 * order is the customer's and not yet invoiced, the invoice gets the next number of the series and is
 * appended to the ledger, and sales is told ({@link OrderInvoiced}) so that it marks the order invoiced.
 */
@Service
@RetriedOnWriteConflict
public class IssueInvoice {

    private final CustomerDirectory customers;
    private final java.time.Clock clock;
    private final InvoiceableOrders orders;
    private final Invoices invoices;
    private final InvoiceNumbers numbers;
    private final ApplicationEventPublisher events;

    IssueInvoice(CustomerDirectory customers, InvoiceableOrders orders, Invoices invoices, InvoiceNumbers numbers,
                 ApplicationEventPublisher events, java.time.Clock clock) {
        this.clock = clock;
        this.customers = customers;
        this.orders = orders;
        this.invoices = invoices;
        this.numbers = numbers;
        this.events = events;
    }

    @Transactional
    public Invoice issue(InvoiceDraft draft) {
        if (!Amounts.fits(Amounts.total(draft.lines()))) {
            throw new AmountOutOfRangeException();
        }
        long customerId = draft.customerId();
        Instant issuedAt = clock.instant();
        customers.lockForNewRecord(CustomerId.of(customerId), issuedAt);
        // 404 unknown or another customer's order, 409 already invoiced; locks the order until commit
        orders.checkInvoiceable(CustomerId.of(customerId), draft.orderId(), draft.dropshipOrderId());
        // sales learns of the invoice after commit; the ledger itself never invoices an order twice
        if (invoices.existsFor(draft.orderId(), draft.dropshipOrderId())) {
            throw alreadyInvoiced(draft);
        }
        Invoice invoice;
        try {
            invoice = invoices.issue(IssuedInvoice.of(numbers.issueNext(), issuedAt, draft));
        } catch (DuplicateKeyException concurrentInvoice) {
            if (invoices.existsFor(draft.orderId(), draft.dropshipOrderId())) {
                throw alreadyInvoiced(draft);
            }
            // Not this order's invoice but the number: on a cluster, this transaction's claim of the number was
            // rolled back by the cluster while the transaction went on (ADR 0011). Roll back whole and retry.
            throw new CannotAcquireLockException("the invoice number was taken meanwhile; retrying", concurrentInvoice);
        }
        events.publishEvent(new OrderInvoiced(invoice.id(), draft.orderId(), draft.dropshipOrderId()));
        return invoice;
    }

    private static OrderAlreadyInvoicedException alreadyInvoiced(InvoiceDraft draft) {
        return draft.orderId() != null ? new OrderAlreadyInvoicedException("Order", draft.orderId())
                : new OrderAlreadyInvoicedException("Dropship order", draft.dropshipOrderId());
    }
}
