package se.glomska.customer.internal.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** How the customer is reached. */
public record Contact(
        @Size(max = 200) String contactPerson,
        @Size(max = 40) String phone,
        @Size(max = 40) String mobile,
        @Size(max = 40) String fax,
        @Email @Size(max = 254) String email,
        @Size(max = 254) String website,
        @PastOrPresent LocalDate birthDate) {
}
