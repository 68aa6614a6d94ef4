package se.glomska.support.internal.domain;

import java.time.Instant;

/**
 * A reply about to be stored: it carries its case's customer, so that erasing the customer is one
 * statement per table.
 */
public record PostedReply(long caseId, long customerId, String text, Instant postedAt) {
}
