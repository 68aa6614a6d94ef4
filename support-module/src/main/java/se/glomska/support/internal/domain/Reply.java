package se.glomska.support.internal.domain;

import java.time.Instant;

/** A reply posted on a support case. */
public record Reply(long id, String text, Instant postedAt) {
}
