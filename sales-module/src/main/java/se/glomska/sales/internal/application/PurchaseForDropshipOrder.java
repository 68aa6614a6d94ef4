package se.glomska.sales.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;
import se.glomska.sales.SalesRecordType;
import se.glomska.sales.UnknownSalesRecordException;
import se.glomska.sales.internal.domain.DropshipOrders;
import se.glomska.sales.internal.domain.NewPurchase;
import se.glomska.sales.internal.domain.Purchases;

@Service
@RetriedOnWriteConflict
public class PurchaseForDropshipOrder {

    private final CustomerDirectory customers;
    private final java.time.Clock clock;
    private final DropshipOrders orders;
    private final Purchases purchases;

    PurchaseForDropshipOrder(CustomerDirectory customers, DropshipOrders orders, Purchases purchases, java.time.Clock clock) {
        this.clock = clock;
        this.customers = customers;
        this.orders = orders;
        this.purchases = purchases;
    }

    /** Orders goods from a supplier for the dropship order; answers the purchase's id. */
    @Transactional
    public long purchase(long dropshipOrderId, NewPurchase purchase) {
        long customerId = orders.find(dropshipOrderId)
                .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.DROPSHIP_ORDER, dropshipOrderId))
                .customerId();
        customers.lockForNewRecord(CustomerId.of(customerId), clock.instant());
        orders.lockState(dropshipOrderId);
        return purchases.add(dropshipOrderId, CustomerId.of(customerId), purchase);
    }
}
