package se.glomska.customer.internal.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A credit check or rating of the customer; its PDF file is kept apart ({@link Pdf}). */
public record CreditReport(
        Long id,
        @NotBlank @Size(max = 100) String provider,
        @Size(max = 20) String rating,
        @NotNull @PastOrPresent LocalDate reportedAt,
        @Size(max = 10000) String notes,
        @Size(max = 255) String fileName) {

    /** The report's PDF file. */
    public record Pdf(String fileName, byte[] content) {
    }
}
