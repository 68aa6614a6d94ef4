package se.glomska.sales.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.ApplicationEventPublisher;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;
import se.glomska.customer.spi.ErasureBlockersChanged;
import se.glomska.sales.SalesRecordType;
import se.glomska.sales.UnknownSalesRecordException;
import se.glomska.sales.internal.domain.Deliveries;
import se.glomska.sales.internal.domain.NewDelivery;
import se.glomska.sales.internal.domain.Orders;

@Service
@RetriedOnWriteConflict
public class DeliverOrder {

    private final CustomerDirectory customers;
    private final java.time.Clock clock;
    private final Orders orders;
    private final Deliveries deliveries;
    private final ApplicationEventPublisher events;

    DeliverOrder(CustomerDirectory customers, Orders orders, Deliveries deliveries, java.time.Clock clock,
                  ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
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
        customers.lockForNewRecord(CustomerId.of(customerId), clock.instant());
        orders.lockState(orderId)
                .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.ORDER, orderId))
                .deliver();
        long id = deliveries.add(orderId, CustomerId.of(customerId), delivery);
        orders.markDelivered(orderId);
        // an undelivered order blocks the customer's erasure (erasure-rules.md section 3)
        events.publishEvent(new ErasureBlockersChanged(CustomerId.of(customerId), "sales", "ORDER_DELIVERED", orderId));
        return id;
    }
}
