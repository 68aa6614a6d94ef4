package se.glomska.sales.internal.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A quote as the user enters it. */
public record NewQuote(
        @NotNull Long customerId,
        @Size(max = 100) String customerReference,
        @Valid DocumentAddress invoiceAddress,
        @Valid DocumentAddress deliveryAddress,
        @Size(max = 2000) String publishedComment,
        @Size(max = 2000) String terms,
        @Size(max = 2000) String internalComment,
        @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid Line> lines) {

    public NewQuote {
        invoiceAddress = DocumentAddress.orEmpty(invoiceAddress);
        deliveryAddress = DocumentAddress.orEmpty(deliveryAddress);
    }

    @AssertTrue(message = "the total of the lines is too large")
    public boolean isTotalWithinLimit() {
        return Lines.totalWithinLimit(lines);
    }
}
