package se.glomska.accounting.internal.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A receipt to issue. The customer (id, name, e-mail the receipt was sent to) is optional; it is kept
 * apart from the receipt itself so that an erasure removes it while the receipt stays as issued.
 */
public record ReceiptDraft(
        Long customerId,
        @Size(max = 200) String customerName,
        @Email @Size(max = 254) String customerEmail,
        @NotNull Instant paidAt,
        @NotBlank @Size(max = 30) String paymentMethod,
        @NotEmpty @Size(max = 1000) List<@NotNull @Valid Line> lines) {

    public ReceiptDraft {
        // A copy that keeps null elements, so that validation names them (lines[0]) rather than the
        // constructor failing on the whole body.
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /** A customer name or e-mail needs the customer it belongs to. */
    @AssertTrue(message = "customerName and customerEmail need a customerId")
    public boolean isCustomerDetailsLinked() {
        return customerId != null || (customerName == null && customerEmail == null);
    }
}
