package se.glomska.sales.internal.domain;

import se.glomska.customer.CustomerDirectory.Unnamed;
import se.glomska.customer.Page;
import se.glomska.sales.OrderLine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The stored orders. */
public interface Orders {

    /** Stores the order with the next order number; answers its id. */
    long add(NewOrder order, BigDecimal total);

    Optional<Order> find(long id);

    /** The order's state, locking the order row until the transaction ends. */
    Optional<OrderState> lockState(long id);

    void markDelivered(long id);

    /** Marks the order invoiced by the invoice unless it already is; answers whether it changed. */
    boolean markInvoiced(long id, long invoiceId);

    default List<OrderState> statesOfCustomer(long customerId) {
        return statesOfCustomers(List.of(customerId));
    }

    /** The states of several customers' orders (a retention batch), by id. */
    List<OrderState> statesOfCustomers(java.util.Collection<Long> customerIds);

    /** Newest first; all customers' orders when {@code customerId} is null. */
    Page<Unnamed<OrderLine>> list(Long customerId, Page.Request page);
}
