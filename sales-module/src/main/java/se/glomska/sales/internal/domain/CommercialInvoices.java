package se.glomska.sales.internal.domain;

import se.glomska.customer.CustomerId;
import java.util.Optional;

/** The stored commercial invoices. */
public interface CommercialInvoices {

    long add(long deliveryId, CustomerId customerId, NewCommercialInvoice invoice);

    Optional<CommercialInvoice> find(long id);

    boolean existsForDelivery(long deliveryId);
}
