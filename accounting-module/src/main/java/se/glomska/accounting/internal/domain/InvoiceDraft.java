package se.glomska.accounting.internal.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A request to issue an invoice for exactly one sales order or dropship order of the customer.
 */
public record InvoiceDraft(
        @NotNull Long customerId,
        Long orderId,
        Long dropshipOrderId,
        @NotNull @Valid BillTo billTo,
        @NotNull LocalDate dueDate,
        @NotEmpty @Size(max = 1000) List<@NotNull @Valid Line> lines) {

    public InvoiceDraft {
        // A copy that keeps null elements, so that validation names them (lines[0]) rather than the
        // constructor failing on the whole body.
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /** Exactly one of {@code orderId} and {@code dropshipOrderId} names what is invoiced. */
    @AssertTrue(message = "exactly one of orderId and dropshipOrderId is required")
    public boolean isOneOrderReference() {
        return (orderId == null) != (dropshipOrderId == null);
    }
}
