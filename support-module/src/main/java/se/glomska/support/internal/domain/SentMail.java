package se.glomska.support.internal.domain;

import java.time.Instant;
import java.util.Optional;

/** An entry of the mail history. */
public record SentMail(
        long id,
        long customerId,
        DocumentType documentType,
        long documentId,
        String name,
        String email,
        String phone,
        String subject,
        String text,
        String replies,
        String internalComment,
        Instant sentAt) {

    /** The customer id an answer may show: none once the customer is anonymized (shown as Xxxx). */
    public Optional<Long> shownCustomerId(boolean customerAnonymized) {
        return customerAnonymized ? Optional.empty() : Optional.of(customerId);
    }
}
