package se.glomska.accounting.internal.domain;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A payment reminder to send for an unpaid invoice; the fee defaults to zero. */
public record ReminderDraft(
        @NotBlank @Size(max = 200) String recipientName,
        @Size(max = 300) String recipientAddress,
        @Email @Size(max = 254) String recipientEmail,
        @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal fee) {

    public BigDecimal feeOrZero() {
        return fee == null ? BigDecimal.ZERO.setScale(2) : fee;
    }
}
