package se.glomska.support.internal.domain;

import se.glomska.customer.Page;

import java.util.Optional;

/** The mail history. */
public interface SentMails {

    /** Stores the entry and answers its id. */
    long add(NewMail mail);

    Optional<SentMail> find(long id);

    /** The customer's mail history, or with {@code customerId} null that of all; the latest first. */
    Page<SentMail> list(Long customerId, Page.Request request);
}
