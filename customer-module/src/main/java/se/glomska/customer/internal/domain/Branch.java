package se.glomska.customer.internal.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A branch (filial) of the customer. {@code id} is assigned by the server and ignored on input. */
public record Branch(
        Long id,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @Size(max = 40) String phone,
        @Email @Size(max = 254) String email,
        @Size(max = 200) String contactPerson,
        @Size(max = 10000) String notes) {

    public Branch withId(long newId) {
        return new Branch(newId, name, line1, line2, postalCode, city, country, phone, email, contactPerson, notes);
    }
}
