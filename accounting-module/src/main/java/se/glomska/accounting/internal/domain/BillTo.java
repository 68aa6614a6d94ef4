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

    /**
     * The bill-to as shown to someone who may not read a restricted invoice (GDPR art. 18): every field
     * that holds a value is {@code Xxxx}, an empty one stays empty. The invoice itself keeps its values.
     */
    public BillTo withheld() {
        return new BillTo(placeholder(name), placeholder(address), placeholder(postalCode), placeholder(city),
                placeholder(country), placeholder(organizationNumber), placeholder(vatNumber), placeholder(email));
    }

    private static String placeholder(String value) {
        return value == null || value.isBlank() ? null : WITHHELD;
    }

    /** What a withheld field shows. */
    public static final String WITHHELD = "Xxxx";
}
