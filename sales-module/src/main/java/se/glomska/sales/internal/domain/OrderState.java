package se.glomska.sales.internal.domain;

/** The fulfilment state of an order: what decides its status and whether it blocks an erasure. */
public record OrderState(long id, long customerId, boolean delivered, boolean invoiced) {

    public OrderStatus status() {
        return OrderStatus.of(delivered, invoiced);
    }
}
