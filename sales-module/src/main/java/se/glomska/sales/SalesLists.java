package se.glomska.sales;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerRef;
import se.glomska.sales.internal.application.FindSalesRecords;
import se.glomska.customer.Page;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The order and quote lists as the web pages show them, newest first. A row names its customer only
 * by a {@link CustomerRef}: {@code Xxxx} without a link once the customer is anonymized.
 */
@Service
@Transactional(readOnly = true)
public class SalesLists {

    private final FindSalesRecords find;

    SalesLists(FindSalesRecords find) {
        this.find = find;
    }

    /** An order in a list. */
    public record OrderLine(long id, String orderNumber, CustomerRef customer, BigDecimal total, boolean delivered,
                            boolean invoiced) {
    }

    /** A quote in a list. */
    public record QuoteLine(long id, CustomerRef customer, BigDecimal total, Instant createdAt) {
    }

    /** The customer's orders, or without {@code customerId} those of all customers. */
    public Page<OrderLine> orders(Long customerId, int page, int size) {
        var found = find.orders(customerId, new Page.Request(page, size));
        return new Page<>(found.items().stream()
                .map(o -> new OrderLine(o.id(), o.orderNumber(), o.customer(), o.total(), o.delivered(), o.invoiced()))
                .toList(), found.page(), found.size(), found.total());
    }

    /** The customer's quotes, or without {@code customerId} those of all customers. */
    public Page<QuoteLine> quotes(Long customerId, int page, int size) {
        var found = find.quotes(customerId, new Page.Request(page, size));
        return new Page<>(found.items().stream()
                .map(q -> new QuoteLine(q.id(), q.customer(), q.total(), q.createdAt()))
                .toList(), found.page(), found.size(), found.total());
    }
}
