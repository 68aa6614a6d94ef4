package se.glomska.crm.internal.domain;

import java.time.Instant;
import java.util.Optional;

/** A recorded activity or event; {@code customerId} is null when it concerns no customer. */
public record Activity(
        long id,
        Long customerId,
        ActivityKind kind,
        ActivityStatus status,
        String subject,
        String notes,
        String contactPerson,
        String contactEmail,
        String contactPhone,
        Instant occursAt,
        String owner) {

    /**
     * The customer id an answer may show. The link to an anonymized customer stays but shows as
     * Xxxx without a link (erasure-rules.md section 4, CRM), so its id is not shown either.
     */
    public Optional<Long> shownCustomerId(boolean customerAnonymized) {
        return customerAnonymized ? Optional.empty() : Optional.ofNullable(customerId);
    }
}
