package se.glomska.sales.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;
import se.glomska.sales.internal.domain.DropshipOrders;
import se.glomska.sales.internal.domain.Lines;
import se.glomska.sales.internal.domain.NewDropshipOrder;

@Service
@RetriedOnWriteConflict
public class PlaceDropshipOrder {

    private final CustomerDirectory customers;
    private final java.time.Clock clock;
    private final DropshipOrders orders;

    PlaceDropshipOrder(CustomerDirectory customers, DropshipOrders orders, java.time.Clock clock) {
        this.clock = clock;
        this.customers = customers;
        this.orders = orders;
    }

    @Transactional
    public long place(NewDropshipOrder order) {
        customers.lockForNewRecord(CustomerId.of(order.customerId()), clock.instant());
        return orders.add(order, Lines.total(order.lines()));
    }
}
