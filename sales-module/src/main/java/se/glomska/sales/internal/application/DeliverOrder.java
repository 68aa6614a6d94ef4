package se.glomska.sales.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerDirectory;
import se.glomska.sales.SalesConflictException;
import se.glomska.sales.SalesRecordType;
import se.glomska.sales.UnknownSalesRecordException;
import se.glomska.sales.internal.domain.Deliveries;
import se.glomska.sales.internal.domain.NewDelivery;
import se.glomska.sales.internal.domain.OrderState;
import se.glomska.sales.internal.domain.Orders;

@Service
public class DeliverOrder {

    private final CustomerDirectory customers;
    private final java.time.Clock clock;
    private final Orders orders;
    private final Deliveries deliveries;

    DeliverOrder(CustomerDirectory customers, Orders orders, Deliveries deliveries, java.time.Clock clock) {
        this.clock = clock;
        this.customers = customers;
        this.orders = orders;
        this.deliveries = deliveries;
    }

    /** Records the delivery of the whole order and marks the order delivered; answers the delivery's id. */
    @Transactional
    public long deliver(long orderId, NewDelivery delivery) {
        long customerId = orders.find(orderId)
                .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.ORDER, orderId))
                .customerId();
        customers.lockForNewRecord(customerId, clock.instant());
        OrderState order = orders.lockState(orderId)
                .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.ORDER, orderId));
        if (order.delivered()) {
            throw SalesConflictException.alreadyDelivered(orderId);
        }
        long id = deliveries.add(orderId, customerId, delivery);
        orders.markDelivered(orderId);
        return id;
    }
}
