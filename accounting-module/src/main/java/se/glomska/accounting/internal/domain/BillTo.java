package se.glomska.accounting.internal.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Whom an invoice is addressed to, as issued. Kept as it was on the invoice for good: the customer's
 * later changes and even an anonymization never reach an issued invoice (Bokföringslagen).
 */
public record BillTo(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 300) String address,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}") String country,
        @Size(max = 30) String organizationNumber,
        @Size(max = 30) String vatNumber,
        @Email @Size(max = 254) String email) {
}
