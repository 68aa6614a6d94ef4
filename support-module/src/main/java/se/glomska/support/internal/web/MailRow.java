package se.glomska.support.internal.web;

import se.glomska.customer.CustomerRef;
import se.glomska.support.internal.application.MailView;
import se.glomska.support.internal.domain.DocumentType;
import se.glomska.support.internal.domain.SentMail;

import java.time.Instant;

/** A list row: the customer only as a {@link CustomerRef}, never its id. */
record MailRow(long id, CustomerRef customer, DocumentType documentType, long documentId, String subject,
               Instant sentAt) {

    static MailRow of(MailView view) {
        SentMail m = view.mail();
        return new MailRow(m.id(), view.customer(), m.documentType(), m.documentId(), m.subject(), m.sentAt());
    }
}
