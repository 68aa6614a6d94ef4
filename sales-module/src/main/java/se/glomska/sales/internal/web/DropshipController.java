package se.glomska.sales.internal.web;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.sales.internal.application.FindSalesRecords;
import se.glomska.sales.internal.application.PlaceDropshipOrder;
import se.glomska.sales.internal.application.PurchaseForDropshipOrder;
import se.glomska.sales.internal.application.ReceiveDropshipPurchase;
import se.glomska.sales.internal.domain.DropshipOrder;
import se.glomska.sales.internal.domain.InboundDelivery;
import se.glomska.sales.internal.domain.NewDropshipOrder;
import se.glomska.sales.internal.domain.NewInboundDelivery;
import se.glomska.sales.internal.domain.NewPurchase;
import se.glomska.sales.internal.domain.Purchase;

/** Dropship orders, the purchases from suppliers linked to them, and the inbound deliveries of those purchases. */
@RestController
class DropshipController {

    private final PlaceDropshipOrder placeDropshipOrder;
    private final PurchaseForDropshipOrder purchaseForDropshipOrder;
    private final ReceiveDropshipPurchase receiveDropshipPurchase;
    private final FindSalesRecords find;

    DropshipController(PlaceDropshipOrder placeDropshipOrder, PurchaseForDropshipOrder purchaseForDropshipOrder,
                       ReceiveDropshipPurchase receiveDropshipPurchase, FindSalesRecords find) {
        this.placeDropshipOrder = placeDropshipOrder;
        this.purchaseForDropshipOrder = purchaseForDropshipOrder;
        this.receiveDropshipPurchase = receiveDropshipPurchase;
        this.find = find;
    }

    @PostMapping("/api/dropship-orders")
    ResponseEntity<SalesAnswer<DropshipOrder>> place(@Valid @RequestBody NewDropshipOrder order) {
        long id = placeDropshipOrder.place(order);
        return Created.at("/api/dropship-orders", id, SalesAnswer.of(find.dropshipOrder(id)));
    }

    @GetMapping("/api/dropship-orders/{id}")
    SalesAnswer<DropshipOrder> get(@PathVariable long id) {
        return SalesAnswer.of(find.dropshipOrder(id));
    }

    @PostMapping("/api/dropship-orders/{id}/purchases")
    ResponseEntity<SalesAnswer<Purchase>> purchase(@PathVariable long id, @Valid @RequestBody NewPurchase purchase) {
        long purchaseId = purchaseForDropshipOrder.purchase(id, purchase);
        return Created.at("/api/dropship-purchases", purchaseId, SalesAnswer.of(find.purchase(purchaseId)));
    }

    @GetMapping("/api/dropship-purchases/{id}")
    SalesAnswer<Purchase> purchase(@PathVariable long id) {
        return SalesAnswer.of(find.purchase(id));
    }

    @PostMapping("/api/dropship-purchases/{id}/inbound-deliveries")
    ResponseEntity<SalesAnswer<InboundDelivery>> receive(@PathVariable long id, @Valid @RequestBody NewInboundDelivery delivery) {
        long deliveryId = receiveDropshipPurchase.receive(id, delivery);
        return Created.at("/api/inbound-deliveries", deliveryId, SalesAnswer.of(find.inboundDelivery(deliveryId)));
    }

    @GetMapping("/api/inbound-deliveries/{id}")
    SalesAnswer<InboundDelivery> inboundDelivery(@PathVariable long id) {
        return SalesAnswer.of(find.inboundDelivery(id));
    }
}
