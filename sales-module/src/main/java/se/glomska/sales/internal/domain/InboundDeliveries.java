package se.glomska.sales.internal.domain;

import se.glomska.customer.CustomerId;
import java.util.Optional;

/** The stored inbound deliveries of dropship purchases. */
public interface InboundDeliveries {

    long add(long purchaseId, CustomerId customerId, NewInboundDelivery delivery);

    Optional<InboundDelivery> find(long id);

    boolean existsForPurchase(long purchaseId);
}
