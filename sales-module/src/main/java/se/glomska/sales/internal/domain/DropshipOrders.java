package se.glomska.sales.internal.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The stored dropship orders. */
public interface DropshipOrders {

    long add(NewDropshipOrder order, BigDecimal total);

    Optional<DropshipOrder> find(long id);

    /** The dropship order's state, locking its row until the transaction ends. */
    Optional<DropshipState> lockState(long id);

    /** Marks the dropship order invoiced by the invoice unless it already is; answers whether it changed. */
    boolean markInvoiced(long id, long invoiceId);

    default List<DropshipState> statesOfCustomer(long customerId) {
        return statesOfCustomers(List.of(customerId));
    }

    /** The states of several customers' dropship orders (a retention batch), by id. */
    List<DropshipState> statesOfCustomers(java.util.Collection<Long> customerIds);
}
