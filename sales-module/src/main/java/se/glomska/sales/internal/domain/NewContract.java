package se.glomska.sales.internal.domain;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A contract as the user enters it; no end date means open-ended. */
public record NewContract(
        @NotNull Long customerId,
        @Size(max = 100) String customerReference,
        @Size(max = 200) String recipient,
        @Email @Size(max = 254) String email,
        @Size(max = 2000) String description,
        @NotNull LocalDate startDate,
        LocalDate endDate) {

    @AssertTrue(message = "must not end before it starts")
    public boolean isPeriodValid() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }
}
