package se.glomska.sales.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.CustomerRef;
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
import se.glomska.sales.internal.domain.OrderRow;
import se.glomska.sales.internal.domain.Orders;
import se.glomska.sales.internal.domain.Page;
import se.glomska.sales.internal.domain.Purchase;
import se.glomska.sales.internal.domain.Purchases;
import se.glomska.sales.internal.domain.Quote;
import se.glomska.sales.internal.domain.QuoteRow;
import se.glomska.sales.internal.domain.Quotes;

import java.util.Map;

/** Reads sales records by id (404 when unknown) and lists quotes and orders with their customer references. */
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

    public Quote quote(long id) {
        return quotes.find(id).orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.QUOTE, id));
    }

    public Page<QuoteListRow> quotes(Long customerId, Page.Request page) {
        Page<QuoteRow> rows = quotes.list(customerId, page);
        Map<Long, CustomerRef> refs = customers.refs(rows.items().stream().map(QuoteRow::customerId).toList());
        return rows.map(r -> new QuoteListRow(r.id(), refs.get(r.customerId()), r.total(), r.createdAt()));
    }

    public Order order(long id) {
        return orders.find(id).orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.ORDER, id));
    }

    public Page<OrderListRow> orders(Long customerId, Page.Request page) {
        Page<OrderRow> rows = orders.list(customerId, page);
        Map<Long, CustomerRef> refs = customers.refs(rows.items().stream().map(OrderRow::customerId).toList());
        return rows.map(r -> new OrderListRow(r.id(), r.orderNumber(), refs.get(r.customerId()), r.total(),
                r.delivered(), r.invoiced()));
    }

    public Delivery delivery(long id) {
        return deliveries.find(id).orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.DELIVERY, id));
    }

    public CommercialInvoice commercialInvoice(long id) {
        return commercialInvoices.find(id)
                .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.COMMERCIAL_INVOICE, id));
    }

    public DropshipOrder dropshipOrder(long id) {
        return dropshipOrders.find(id).orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.DROPSHIP_ORDER, id));
    }

    public Purchase purchase(long id) {
        return purchases.find(id).orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.DROPSHIP_PURCHASE, id));
    }

    public InboundDelivery inboundDelivery(long id) {
        return inboundDeliveries.find(id)
                .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.INBOUND_DELIVERY, id));
    }

    public ContractView contract(long id) {
        return contracts.find(id)
                .map(c -> ContractView.of(c, calendar.today()))
                .orElseThrow(() -> new UnknownSalesRecordException(SalesRecordType.CONTRACT, id));
    }
}
