package se.glomska.support.internal.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * An e-mail the system sent to a customer with a quote, order, invoice or document, for the mail
 * history. The sizes are the column lengths of {@code support_mail}.
 */
public record NewMail(
        @NotNull @Positive Long customerId,
        @NotNull DocumentType documentType,
        @NotNull @Positive Long documentId,
        @Size(max = 200) String name,
        @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @Size(max = 200) String subject,
        @Size(max = 4000) String text,
        @Size(max = 4000) String replies,
        @Size(max = 4000) String internalComment,
        @NotNull Instant sentAt) {
}
