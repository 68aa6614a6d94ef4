package se.glomska.sales.internal.domain;

import se.glomska.sales.SalesConflictException;
import se.glomska.sales.SalesRecordType;

/** The fulfilment state of an order: what decides its status and whether it blocks an erasure. */
public record OrderState(long id, long customerId, boolean delivered, boolean invoiced) {

    /**
     * The order delivered: an order is delivered whole, once.
     *
     * @throws SalesConflictException 409 for an order already delivered
     */
    public OrderState deliver() {
        if (delivered) {
            throw SalesConflictException.alreadyDelivered(id);
        }
        return new OrderState(id, customerId, true, invoiced);
    }

    /**
     * Refuses a second invoice: an order is invoiced once.
     *
     * @throws SalesConflictException 409 for an order already invoiced
     */
    public OrderState requireNotInvoiced() {
        if (invoiced) {
            throw SalesConflictException.alreadyInvoiced(SalesRecordType.ORDER, id);
        }
        return this;
    }

    public OrderStatus status() {
        return OrderStatus.of(delivered, invoiced);
    }
}
