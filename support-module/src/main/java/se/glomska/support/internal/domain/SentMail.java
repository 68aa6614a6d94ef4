package se.glomska.support.internal.domain;

import java.time.Instant;

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
}
