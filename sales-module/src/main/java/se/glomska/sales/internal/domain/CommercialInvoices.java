package se.glomska.sales.internal.domain;

import java.util.Optional;

/** The stored commercial invoices. */
public interface CommercialInvoices {

    long add(long deliveryId, long customerId, NewCommercialInvoice invoice);

    Optional<CommercialInvoice> find(long id);

    boolean existsForDelivery(long deliveryId);
}
