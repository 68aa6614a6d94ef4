package se.glomska.sales.internal.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A dropship order (delivered straight from the supplier to the end customer) as the user enters it. */
public record NewDropshipOrder(
        @NotNull Long customerId,
        @Size(max = 100) String orderReference,
        @Size(max = 40) String phone,
        @Size(max = 40) String mobile,
        @Size(max = 200) String customerName,
        @Valid DropshipAddress invoiceAddress,
        @Valid DropshipAddress deliveryAddress,
        @Size(max = 2000) String internalComment,
        @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid Line> lines) {

    public NewDropshipOrder {
        invoiceAddress = DropshipAddress.orEmpty(invoiceAddress);
        deliveryAddress = DropshipAddress.orEmpty(deliveryAddress);
    }

    @AssertTrue(message = "the total of the lines is too large")
    public boolean isTotalWithinLimit() {
        return Lines.totalWithinLimit(lines);
    }
}
