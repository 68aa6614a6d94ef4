package se.glomska.support.internal.domain;

import se.glomska.customer.Page;

import java.time.Instant;
import java.util.Optional;

/** The stored support cases and their replies. */
public interface SupportCases {

    /** Stores the case and answers its id. */
    long open(NewCase supportCase, Instant createdAt);

    /** Stores the reply and answers its id. */
    long add(PostedReply reply);

    /** The case with its replies. */
    Optional<SupportCase> find(long id);

    /** The customer's cases, or with {@code customerId} null those of all; the latest first, without replies. */
    Page<SupportCase> list(Long customerId, Page.Request request);
}
