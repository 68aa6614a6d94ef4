package se.glomska.sales.internal.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** A delivery of an order as the user enters it; one delivery delivers the whole order. */
public record NewDelivery(
        @Size(max = 100) String customerReference,
        @Size(max = 40) String notificationMobile,
        @Valid DocumentAddress invoiceAddress,
        @Valid DocumentAddress deliveryAddress,
        @Size(max = 2000) String publishedComment,
        @Size(max = 2000) String internalComment) {

    public NewDelivery {
        invoiceAddress = DocumentAddress.orEmpty(invoiceAddress);
        deliveryAddress = DocumentAddress.orEmpty(deliveryAddress);
    }
}
