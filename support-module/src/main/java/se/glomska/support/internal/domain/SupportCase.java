package se.glomska.support.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A support case with its replies, the earliest first. */
public record SupportCase(
        long id,
        long customerId,
        String name,
        String email,
        String phone,
        String subject,
        String text,
        String internalComment,
        Instant createdAt,
        List<Reply> replies) {

    public SupportCase {
        replies = List.copyOf(replies);
    }

    /** A reply to this case belongs to the case's customer. */
    public PostedReply reply(NewReply reply, Instant postedAt) {
        return new PostedReply(id, customerId, reply.text(), Objects.requireNonNull(postedAt, "postedAt"));
    }

    /** The customer id an answer may show: none once the customer is anonymized (shown as Xxxx). */
    public Optional<Long> shownCustomerId(boolean customerAnonymized) {
        return customerAnonymized ? Optional.empty() : Optional.of(customerId);
    }
}
