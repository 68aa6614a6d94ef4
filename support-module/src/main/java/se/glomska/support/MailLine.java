package se.glomska.support;

import se.glomska.customer.CustomerRef;
import se.glomska.support.internal.domain.DocumentType;

import java.time.Instant;

/**
 * A sent mail in the mail history list: the customer only as a {@link CustomerRef} ({@code Xxxx}
 * without a link once the customer is anonymized), never its id.
 */
public record MailLine(long id, CustomerRef customer, DocumentType documentType, long documentId, String subject,
                       Instant sentAt) {
}
