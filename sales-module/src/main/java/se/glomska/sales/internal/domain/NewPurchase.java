package se.glomska.sales.internal.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A purchase from a supplier for a dropship order, as the user enters it. */
public record NewPurchase(
        @NotBlank @Size(max = 200) String supplierName,
        @Size(max = 100) String orderReference,
        @Size(max = 40) String phone,
        @Size(max = 40) String mobile,
        @Size(max = 2000) String publishedComment,
        @Size(max = 200) String customerName,
        @Valid DropshipAddress deliveryAddress,
        @Size(max = 2000) String terms,
        @Size(max = 2000) String internalComment) {

    public NewPurchase {
        deliveryAddress = DropshipAddress.orEmpty(deliveryAddress);
    }
}
