package se.glomska.sales.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerDirectory;
import se.glomska.sales.SalesRecordType;
import se.glomska.sales.UnknownSalesRecordException;
import se.glomska.sales.internal.domain.CommercialInvoice;
import se.glomska.sales.internal.domain.CommercialInvoices;
import se.glomska.sales.internal.domain.Contracts;
import se.glomska.sales.internal.domain.Deliveries;
import se.glomska.sales.internal.domain.Delivery;
import se.glomska.sales.internal.domain.DropshipOrder;
import se.glomska.sales.internal.domain.DropshipOrders;
import se.glomska.sales.internal.domain.InboundDeliveries;
import se.glomska.sales.internal.domain.InboundDelivery;
import se.glomska.sales.internal.domain.Order;
import se.glomska.sales.internal.domain.Orders;
import se.glomska.customer.Page;
import se.glomska.sales.OrderLine;
import se.glomska.sales.QuoteLine;
import se.glomska.sales.internal.domain.Purchase;
import se.glomska.sales.internal.domain.Purchases;
import se.glomska.sales.internal.domain.Quote;
import se.glomska.sales.internal.domain.Quotes;


/**
 * Reads sales records by id (404 when unknown), each with its customer as the customer register shows it,
 * and lists quotes and orders with their customer references (404 when filtered by an unknown or
 * anonymized customer).
 */
@Service
@Transactional(readOnly = true)
public class FindSalesRecords {

    private final CustomerDirectory customers;
    private final Quotes quotes;
    private final Orders orders;
    private final Deliveries deliveries;
    private final CommercialInvoices commercialInvoices;
    private final DropshipOrders dropshipOrders;
    private final Purchases purchases;
    private final InboundDeliveries inboundDeliveries;
    private final Contracts contracts;
    private final SalesCalendar calendar;

    FindSalesRecords(CustomerDirectory customers, Quotes quotes, Orders orders, Deliveries deliveries,
                     CommercialInvoices commercialInvoices, DropshipOrders dropshipOrders, Purchases purchases,
                     InboundDeliveries inboundDeliveries, Contracts contracts, SalesCalendar calendar) {
        this.customers = customers;
        this.quotes = quotes;
        this.orders = orders;
        this.deliveries = deliveries;
        this.commercialInvoices = commercialInvoices;
        this.dropshipOrders = dropshipOrders;
        this.purchases = purchases;
        this.inboundDeliveries = inboundDeliveries;
        this.contracts = contracts;
        this.calendar = calendar;
    }

    public ShownRecord<Quote> quote(long id) {
        Quote quote = quotes.find(id).orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.QUOTE, id));
        return shown(quote, quote.customerId());
    }

    public Page<QuoteLine> quotes(Long customerId, Page.Request page) {
        return customers.named(quotes.list(customers.listFilter(customerId), page));
    }

    public ShownRecord<Order> order(long id) {
        Order order = orders.find(id).orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.ORDER, id));
        return shown(order, order.customerId());
    }

    public Page<OrderLine> orders(Long customerId, Page.Request page) {
        return customers.named(orders.list(customers.listFilter(customerId), page));
    }

    public ShownRecord<Delivery> delivery(long id) {
        Delivery delivery = deliveries.find(id)
                .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.DELIVERY, id));
        return shown(delivery, delivery.customerId());
    }

    public ShownRecord<CommercialInvoice> commercialInvoice(long id) {
        CommercialInvoice invoice = commercialInvoices.find(id)
                .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.COMMERCIAL_INVOICE, id));
        return shown(invoice, invoice.customerId());
    }

    public ShownRecord<DropshipOrder> dropshipOrder(long id) {
        DropshipOrder order = dropshipOrders.find(id)
                .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.DROPSHIP_ORDER, id));
        return shown(order, order.customerId());
    }

    public ShownRecord<Purchase> purchase(long id) {
        Purchase purchase = purchases.find(id)
                .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.DROPSHIP_PURCHASE, id));
        return shown(purchase, purchase.customerId());
    }

    public ShownRecord<InboundDelivery> inboundDelivery(long id) {
        InboundDelivery delivery = inboundDeliveries.find(id)
                .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.INBOUND_DELIVERY, id));
        return shown(delivery, delivery.customerId());
    }

    public ShownRecord<ContractView> contract(long id) {
        ContractView contract = contracts.find(id)
                .map(c -> ContractView.of(c, calendar.today()))
                .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.CONTRACT, id));
        return shown(contract, contract.customerId());
    }

    private <T> ShownRecord<T> shown(T record, long customerId) {
        return new ShownRecord<>(record, customers.shown(customerId));
    }
}
