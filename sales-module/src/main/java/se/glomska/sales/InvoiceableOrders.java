package se.glomska.sales;

import se.glomska.customer.CustomerId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import se.glomska.sales.internal.domain.DropshipOrders;
import se.glomska.sales.internal.domain.Orders;

import java.net.URI;

/**
 * What accounting asks sales before it issues an invoice for an order or a dropship order. Call it
 * inside the transaction that issues the invoice, then publish {@link OrderInvoiced} in that same
 * transaction; sales marks the order invoiced when the event arrives.
 */
@Service
public class InvoiceableOrders {

    private final Orders orders;
    private final DropshipOrders dropshipOrders;

    InvoiceableOrders(Orders orders, DropshipOrders dropshipOrders) {
        this.orders = orders;
        this.dropshipOrders = dropshipOrders;
    }

    /**
     * Checks that exactly one of {@code orderId} / {@code dropshipOrderId} is given and names a
     * not-yet-invoiced order of the customer, and locks that order until the transaction ends.
     *
     * @throws UnknownSalesRecordException when the order does not exist or belongs to another customer (404)
     * @throws SalesConflictException      when the order is already invoiced (409)
     * @throws ErrorResponseException      400 when not exactly one of the two ids is given
     */
    @Transactional
    public void checkInvoiceable(CustomerId customer, Long orderId, Long dropshipOrderId) {
        long customerId = customer.value();
        if ((orderId == null) == (dropshipOrderId == null)) {
            throw exactlyOneOrder();
        }
        if (orderId != null) {
            orders.lockState(orderId)
                    .filter(o -> o.customerId() == customerId)
                    .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.ORDER, orderId))
                    .requireNotInvoiced();
        } else {
            dropshipOrders.lockState(dropshipOrderId)
                    .filter(o -> o.customerId() == customerId)
                    .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.DROPSHIP_ORDER, dropshipOrderId))
                    .requireNotInvoiced();
        }
    }

    private static ErrorResponseException exactlyOneOrder() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "An invoice is for exactly one of an order (orderId) or a dropship order (dropshipOrderId).");
        problem.setTitle("Order missing");
        problem.setType(URI.create("urn:glomska:problem:invoice-order"));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
