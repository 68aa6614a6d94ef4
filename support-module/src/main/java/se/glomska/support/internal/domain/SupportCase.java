package se.glomska.support.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

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
}
