package se.glomska.sales.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;
import se.glomska.sales.internal.domain.Lines;
import se.glomska.sales.internal.domain.NewOrder;
import se.glomska.sales.internal.domain.Orders;

@Service
@RetriedOnWriteConflict
public class PlaceOrder {

    private final CustomerDirectory customers;
    private final java.time.Clock clock;
    private final Orders orders;

    PlaceOrder(CustomerDirectory customers, Orders orders, java.time.Clock clock) {
        this.clock = clock;
        this.customers = customers;
        this.orders = orders;
    }

    /** Stores the order, open (neither delivered nor invoiced), for an existing, not anonymized customer; answers its id. */
    @Transactional
    public long place(NewOrder order) {
        customers.lockForNewRecord(CustomerId.of(order.customerId()), clock.instant());
        return orders.add(order, Lines.total(order.lines()));
    }
}
