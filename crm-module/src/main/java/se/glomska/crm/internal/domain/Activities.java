package se.glomska.crm.internal.domain;

import se.glomska.customer.Page;

import java.util.Optional;

/** The stored activities and events. */
public interface Activities {

    /** Stores the activity and answers its id. */
    long add(NewActivity activity);

    Optional<Activity> find(long id);

    /** The customer's activities, or with {@code customerId} null those of all; the latest first. */
    Page<Activity> list(Long customerId, Page.Request request);
}
