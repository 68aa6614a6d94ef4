package se.glomska.sales.internal.domain;

import java.util.Optional;

/** The stored inbound deliveries of dropship purchases. */
public interface InboundDeliveries {

    long add(long purchaseId, long customerId, NewInboundDelivery delivery);

    Optional<InboundDelivery> find(long id);

    boolean existsForPurchase(long purchaseId);
}
