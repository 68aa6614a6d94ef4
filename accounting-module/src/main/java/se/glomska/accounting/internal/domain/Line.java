package se.glomska.accounting.internal.domain;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** One line of an invoice or a receipt, as issued: {@code quantity * unitPrice}, exact. */
public record Line(
        @NotBlank @Size(max = 500) String description,
        @NotNull @Positive @Digits(integer = 16, fraction = 3) BigDecimal quantity,
        @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal unitPrice) {

    /** The exact, unrounded amount of the line. */
    public BigDecimal exactAmount() {
        return quantity.multiply(unitPrice);
    }
}
