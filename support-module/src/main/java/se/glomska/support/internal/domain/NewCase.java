package se.glomska.support.internal.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A support case to open for a customer. The sizes are the column lengths of {@code support_case}. */
public record NewCase(
        @NotNull @Positive Long customerId,
        @Size(max = 200) String name,
        @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @Size(max = 200) String subject,
        @Size(max = 4000) String text,
        @Size(max = 4000) String internalComment) {
}
