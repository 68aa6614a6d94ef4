package se.glomska.sales.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.ApplicationEventPublisher;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;
import se.glomska.customer.spi.ErasureBlockersChanged;
import se.glomska.sales.SalesConflictException;
import se.glomska.sales.SalesRecordType;
import se.glomska.sales.UnknownSalesRecordException;
import se.glomska.sales.internal.domain.DropshipOrders;
import se.glomska.sales.internal.domain.InboundDeliveries;
import se.glomska.sales.internal.domain.NewInboundDelivery;
import se.glomska.sales.internal.domain.Purchase;
import se.glomska.sales.internal.domain.Purchases;

@Service
@RetriedOnWriteConflict
public class ReceiveDropshipPurchase {

    private final CustomerDirectory customers;
    private final java.time.Clock clock;
    private final DropshipOrders orders;
    private final Purchases purchases;
    private final InboundDeliveries inboundDeliveries;
    private final ApplicationEventPublisher events;

    ReceiveDropshipPurchase(CustomerDirectory customers, DropshipOrders orders, Purchases purchases,
                            InboundDeliveries inboundDeliveries, java.time.Clock clock,
                  ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.customers = customers;
        this.orders = orders;
        this.purchases = purchases;
        this.inboundDeliveries = inboundDeliveries;
    }

    /** Records the inbound delivery of the whole purchase; answers its id. */
    @Transactional
    public long receive(long purchaseId, NewInboundDelivery delivery) {
        Purchase purchase = purchases.find(purchaseId)
                .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.DROPSHIP_PURCHASE, purchaseId));
        customers.lockForNewRecord(CustomerId.of(purchase.customerId()), clock.instant());
        orders.lockState(purchase.dropshipOrderId());
        if (inboundDeliveries.existsForPurchase(purchaseId)) {
            throw SalesConflictException.alreadyReceived(purchaseId);
        }
        long id = inboundDeliveries.add(purchaseId, CustomerId.of(purchase.customerId()), delivery);
        // the dropship order may now be fully delivered, which can clear a blocker of the customer's erasure
        events.publishEvent(new ErasureBlockersChanged(CustomerId.of(purchase.customerId()), "sales", "DROPSHIP_ORDER_DELIVERED",
                purchase.dropshipOrderId()));
        return id;
    }
}
