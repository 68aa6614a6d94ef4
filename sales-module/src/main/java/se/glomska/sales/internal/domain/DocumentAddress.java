package se.glomska.sales.internal.domain;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An address printed on a quote, order or delivery (invoice or delivery address). */
public record DocumentAddress(
        @Size(max = 200) String name,
        @Size(max = 200) String attention,
        @Size(max = 200) String address,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String city,
        @Size(max = 100) String region,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country) {

    public static final DocumentAddress EMPTY = new DocumentAddress(null, null, null, null, null, null, null);

    public static DocumentAddress orEmpty(DocumentAddress address) {
        return address == null ? EMPTY : address;
    }
}
