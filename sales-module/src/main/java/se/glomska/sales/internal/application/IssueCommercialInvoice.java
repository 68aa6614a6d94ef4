package se.glomska.sales.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;
import se.glomska.sales.SalesConflictException;
import se.glomska.sales.SalesRecordType;
import se.glomska.sales.UnknownSalesRecordException;
import se.glomska.sales.internal.domain.CommercialInvoices;
import se.glomska.sales.internal.domain.Deliveries;
import se.glomska.sales.internal.domain.Delivery;
import se.glomska.sales.internal.domain.NewCommercialInvoice;
import se.glomska.sales.internal.domain.Orders;

@Service
@RetriedOnWriteConflict
public class IssueCommercialInvoice {

    private final CustomerDirectory customers;
    private final java.time.Clock clock;
    private final Orders orders;
    private final Deliveries deliveries;
    private final CommercialInvoices invoices;

    IssueCommercialInvoice(CustomerDirectory customers, Orders orders, Deliveries deliveries, CommercialInvoices invoices, java.time.Clock clock) {
        this.clock = clock;
        this.customers = customers;
        this.orders = orders;
        this.deliveries = deliveries;
        this.invoices = invoices;
    }

    /** Issues the (only) commercial invoice of the delivery; answers its id. */
    @Transactional
    public long issue(long deliveryId, NewCommercialInvoice invoice) {
        Delivery delivery = deliveries.find(deliveryId)
                .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.DELIVERY, deliveryId));
        customers.lockForNewRecord(CustomerId.of(delivery.customerId()), clock.instant());
        orders.lockState(delivery.orderId()); // serializes documents of the same order
        if (invoices.existsForDelivery(deliveryId)) {
            throw SalesConflictException.commercialInvoiceExists(deliveryId);
        }
        return invoices.add(deliveryId, CustomerId.of(delivery.customerId()), invoice);
    }
}
