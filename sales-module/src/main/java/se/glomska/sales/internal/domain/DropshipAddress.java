package se.glomska.sales.internal.domain;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An address on a dropship order or its purchase: the end customer's, without name and region. */
public record DropshipAddress(
        @Size(max = 200) String attention,
        @Size(max = 200) String address,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country) {

    public static final DropshipAddress EMPTY = new DropshipAddress(null, null, null, null, null);

    public static DropshipAddress orEmpty(DropshipAddress address) {
        return address == null ? EMPTY : address;
    }
}
