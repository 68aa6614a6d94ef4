package se.glomska.sales.internal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.sales.internal.application.DeliverOrder;
import se.glomska.sales.internal.application.FindSalesRecords;
import se.glomska.sales.internal.application.IssueCommercialInvoice;
import se.glomska.sales.OrderLine;
import se.glomska.sales.internal.application.PlaceOrder;
import se.glomska.sales.internal.domain.CommercialInvoice;
import se.glomska.sales.internal.domain.Delivery;
import se.glomska.sales.internal.domain.NewCommercialInvoice;
import se.glomska.sales.internal.domain.NewDelivery;
import se.glomska.sales.internal.domain.NewOrder;
import se.glomska.sales.internal.domain.Order;
import se.glomska.customer.Page;

/** Orders, their deliveries and the commercial invoices of deliveries. */
@RestController
class OrderController {

    private final PlaceOrder placeOrder;
    private final DeliverOrder deliverOrder;
    private final IssueCommercialInvoice issueCommercialInvoice;
    private final FindSalesRecords find;

    OrderController(PlaceOrder placeOrder, DeliverOrder deliverOrder, IssueCommercialInvoice issueCommercialInvoice,
                    FindSalesRecords find) {
        this.placeOrder = placeOrder;
        this.deliverOrder = deliverOrder;
        this.issueCommercialInvoice = issueCommercialInvoice;
        this.find = find;
    }

    @PostMapping("/api/orders")
    ResponseEntity<SalesAnswer<Order>> place(@Valid @RequestBody NewOrder order) {
        long id = placeOrder.place(order);
        return Created.at("/api/orders", id, SalesAnswer.of(find.order(id)));
    }

    @GetMapping("/api/orders/{id}")
    SalesAnswer<Order> get(@PathVariable long id) {
        return SalesAnswer.of(find.order(id));
    }

    /** Newest first, of one customer or, without {@code customerId}, of all. */
    @GetMapping("/api/orders")
    Page<OrderLine> list(@RequestParam(required = false) Long customerId,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "" + Page.Request.DEFAULT_SIZE) @Min(1) @Max(200) int size) {
        return find.orders(customerId, new Page.Request(page, size));
    }

    @PostMapping("/api/orders/{id}/deliveries")
    ResponseEntity<SalesAnswer<Delivery>> deliver(@PathVariable long id, @Valid @RequestBody NewDelivery delivery) {
        long deliveryId = deliverOrder.deliver(id, delivery);
        return Created.at("/api/deliveries", deliveryId, SalesAnswer.of(find.delivery(deliveryId)));
    }

    @GetMapping("/api/deliveries/{id}")
    SalesAnswer<Delivery> delivery(@PathVariable long id) {
        return SalesAnswer.of(find.delivery(id));
    }

    @PostMapping("/api/deliveries/{id}/commercial-invoice")
    ResponseEntity<SalesAnswer<CommercialInvoice>> issueCommercialInvoice(@PathVariable long id,
                                                             @Valid @RequestBody NewCommercialInvoice invoice) {
        long invoiceId = issueCommercialInvoice.issue(id, invoice);
        return Created.at("/api/commercial-invoices", invoiceId, SalesAnswer.of(find.commercialInvoice(invoiceId)));
    }

    @GetMapping("/api/commercial-invoices/{id}")
    SalesAnswer<CommercialInvoice> commercialInvoice(@PathVariable long id) {
        return SalesAnswer.of(find.commercialInvoice(id));
    }
}
