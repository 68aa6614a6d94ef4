package se.glomska.sales;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.sales.internal.application.FindSalesRecords;
import se.glomska.customer.Page;


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

    /** The customer's orders, or without {@code customerId} those of all customers. */
    public Page<OrderLine> orders(Long customerId, int page, int size) {
        return find.orders(customerId, new Page.Request(page, size));
    }

    /** The customer's quotes, or without {@code customerId} those of all customers. */
    public Page<QuoteLine> quotes(Long customerId, int page, int size) {
        return find.quotes(customerId, new Page.Request(page, size));
    }
}
