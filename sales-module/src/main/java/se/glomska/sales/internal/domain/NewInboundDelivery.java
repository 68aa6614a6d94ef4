package se.glomska.sales.internal.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** The inbound delivery of a dropship purchase as the user enters it: the whole purchase is received. */
public record NewInboundDelivery(
        @NotNull Instant receivedAt,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @Size(max = 2000) String terms,
        @Size(max = 2000) String internalComment) {
}
