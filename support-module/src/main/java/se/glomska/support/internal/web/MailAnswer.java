package se.glomska.support.internal.web;

import se.glomska.customer.CustomerRef;
import se.glomska.support.internal.application.MailView;
import se.glomska.support.internal.domain.DocumentType;
import se.glomska.support.internal.domain.SentMail;

import java.time.Instant;

/**
 * One mail history entry: the body's fields plus {@code id} and {@code customer}. {@code customerId}
 * is null once the customer is anonymized (it shows as Xxxx).
 */
record MailAnswer(
        long id,
        Long customerId,
        CustomerRef customer,
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

    static MailAnswer of(MailView view) {
        SentMail m = view.mail();
        return new MailAnswer(m.id(), view.shown().customerId(), view.customer(), m.documentType(),
                m.documentId(), m.name(), m.email(), m.phone(), m.subject(), m.text(), m.replies(),
                m.internalComment(), m.sentAt());
    }
}
