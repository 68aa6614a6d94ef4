package se.glomska.sales.internal.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The commercial invoice (customs document) of a delivery as the user enters it. */
public record NewCommercialInvoice(
        @Size(max = 200) String customer,
        @Size(max = 200) String name,
        @Size(max = 200) String address,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @Size(max = 20) String recipientOrganizationNumber,
        @Size(max = 20) String recipientVatNumber,
        @Size(max = 200) String recipientName,
        @Email @Size(max = 254) String recipientEmail,
        @Size(max = 40) String recipientPhone) {
}
