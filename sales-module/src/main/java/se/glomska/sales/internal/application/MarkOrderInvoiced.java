package se.glomska.sales.internal.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import se.glomska.customer.CustomerId;
import se.glomska.customer.spi.ErasureBlockersChanged;
import se.glomska.sales.OrderInvoiced;
import se.glomska.sales.internal.domain.DropshipOrders;
import se.glomska.sales.internal.domain.Orders;

/** When accounting has invoiced an order or a dropship order, sales marks it invoiced (idempotent). */
@Service
public class MarkOrderInvoiced {

    private static final Logger log = LoggerFactory.getLogger(MarkOrderInvoiced.class);

    private final Orders orders;
    private final DropshipOrders dropshipOrders;
    private final ApplicationEventPublisher events;

    MarkOrderInvoiced(Orders orders, DropshipOrders dropshipOrders, ApplicationEventPublisher events) {
        this.events = events;
        this.orders = orders;
        this.dropshipOrders = dropshipOrders;
    }

    @ApplicationModuleListener
    public void on(OrderInvoiced event) {
        if (event.orderId() != null) {
            boolean changed = orders.markInvoiced(event.orderId(), event.invoiceId());
            log.debug("Order {} invoiced by invoice {} (changed: {})", event.orderId(), event.invoiceId(), changed);
            if (changed) {
                orders.find(event.orderId()).ifPresent(order -> events.publishEvent(new ErasureBlockersChanged(
                        CustomerId.of(order.customerId()), "sales", "ORDER_INVOICED", event.orderId())));
            }
        } else {
            boolean changed = dropshipOrders.markInvoiced(event.dropshipOrderId(), event.invoiceId());
            log.debug("Dropship order {} invoiced by invoice {} (changed: {})", event.dropshipOrderId(), event.invoiceId(), changed);
            if (changed) {
                dropshipOrders.find(event.dropshipOrderId()).ifPresent(order -> events.publishEvent(
                        new ErasureBlockersChanged(CustomerId.of(order.customerId()), "sales", "DROPSHIP_ORDER_INVOICED",
                                event.dropshipOrderId())));
            }
        }
    }
}
