package se.glomska.customer.internal.domain;

import se.glomska.customer.CustomerId;
import se.glomska.customer.ErasureRequestId;
import se.glomska.customer.ErasureRequestRow;
import se.glomska.customer.ErasureRequestRow.Action;
import se.glomska.customer.ErasureRequestRow.Channel;
import se.glomska.customer.ErasureRequestRow.Status;
import se.glomska.customer.spi.Blocker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An erasure request (GDPR art. 17) and its deadline (art. 12(3)), with its transitions: each refuses what the
 * law or the register does not allow ({@link RuleBroken}): approved once, extended only while open and at most
 * three months after receipt, never refused after it was carried out.
 */
public record ErasureRequest(ErasureRequestId id, CustomerId customerId, LocalDate receivedAt, Channel channel,
                             String reference, LocalDate dueAt, LocalDate extendedUntil, String extensionReason,
                             Status status, Action action, String approvedBy, Instant approvedAt,
                             List<Blocker> blockers, String refusalReason, Instant completedAt, Instant createdAt) {

    /** An extension reaches at most this many months after receipt (one month plus two more). */
    public static final int MAX_MONTHS = 3;

    public ErasureRequest {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        blockers = blockers == null ? List.of() : List.copyOf(blockers);
    }

    /** A new request, due one calendar month after receipt (31 January: the last day of February). */
    public static ErasureRequest received(CustomerId customerId, LocalDate receivedAt, Channel channel,
                                          String reference, Instant now) {
        return new ErasureRequest(null, customerId, receivedAt, channel, reference, dueDate(receivedAt), null, null,
                Status.RECEIVED, null, null, null, List.of(), null, null, now);
    }

    /** Received plus one calendar month, clamped to the month's last day. */
    public static LocalDate dueDate(LocalDate receivedAt) {
        return receivedAt.plusMonths(1);
    }

    /** The latest date an extension may reach: received plus three calendar months. */
    public LocalDate latestExtension() {
        return receivedAt.plusMonths(MAX_MONTHS);
    }

    public LocalDate deadline() {
        return extendedUntil != null ? extendedUntil : dueAt;
    }

    public boolean open() {
        return status == Status.RECEIVED || status == Status.WAITING;
    }

    /** Open and past its deadline on {@code today}. */
    public boolean overdue(LocalDate today) {
        return open() && today.isAfter(deadline());
    }

    public ErasureRequest withId(ErasureRequestId newId) {
        return new ErasureRequest(newId, customerId, receivedAt, channel, reference, dueAt, extendedUntil,
                extensionReason, status, action, approvedBy, approvedAt, blockers, refusalReason, completedAt, createdAt);
    }

    /** Extends the deadline with a reason, up to three months after receipt. */
    public ErasureRequest extend(LocalDate until, String reason) {
        requireOpen("extended");
        if (until.isAfter(latestExtension())) {
            throw RuleBroken.invalid("until", "at most " + latestExtension()
                    + " (received " + receivedAt + " plus " + MAX_MONTHS + " months, GDPR art. 12(3))");
        }
        if (!until.isAfter(dueAt)) {
            throw RuleBroken.invalid("until", "must be after the due date " + dueAt);
        }
        return new ErasureRequest(id, customerId, receivedAt, channel, reference, dueAt, until, reason, status, action,
                approvedBy, approvedAt, blockers, refusalReason, completedAt, createdAt);
    }

    /** Approves the erasure; a request is approved once. */
    public ErasureRequest approve(Action approved, String approver, Instant at) {
        Objects.requireNonNull(approved, "action");
        if (status == Status.WAITING) {
            throw RuleBroken.conflict("Erasure request " + id + " is already approved and waits for its blockers.");
        }
        requireOpen("approved");
        return new ErasureRequest(id, customerId, receivedAt, channel, reference, dueAt, extendedUntil,
                extensionReason, status, approved, approver, at, blockers, refusalReason, completedAt, createdAt);
    }

    /** Approved, but blocked: waits for {@code current} to clear. */
    public ErasureRequest waitFor(List<Blocker> current) {
        if (action == null) {
            throw RuleBroken.conflict("Erasure request " + id + " is not approved.");
        }
        requireOpen("kept waiting");
        return new ErasureRequest(id, customerId, receivedAt, channel, reference, dueAt, extendedUntil,
                extensionReason, Status.WAITING, action, approvedBy, approvedAt, current, refusalReason, completedAt,
                createdAt);
    }

    /** The customer was erased. */
    public ErasureRequest done(Instant at) {
        requireOpen("carried out");
        return new ErasureRequest(id, customerId, receivedAt, channel, reference, dueAt, extendedUntil,
                extensionReason, Status.DONE, action, approvedBy, approvedAt, List.of(), refusalReason, at, createdAt);
    }

    /** Refused with a reason (art. 17(3)); not after it was carried out or refused. */
    public ErasureRequest refuse(String reason, Instant at) {
        requireOpen("refused");
        return new ErasureRequest(id, customerId, receivedAt, channel, reference, dueAt, extendedUntil,
                extensionReason, Status.REFUSED, action, approvedBy, approvedAt, List.of(), reason, at, createdAt);
    }

    public ErasureRequestRow row(LocalDate today) {
        return new ErasureRequestRow(id, customerId, receivedAt, channel, reference, dueAt, extendedUntil,
                extensionReason, status, overdue(today), blockers, approvedBy, completedAt, action, refusalReason);
    }

    private void requireOpen(String what) {
        if (!open()) {
            throw RuleBroken.conflict("Erasure request " + id + " is " + status + " and cannot be " + what + ".");
        }
    }

    /** A transition the request does not allow: a conflict with its state, or an invalid value of a field. */
    public static final class RuleBroken extends RuntimeException {

        private final String field;

        private RuleBroken(String field, String message) {
            super(message);
            this.field = field;
        }

        static RuleBroken conflict(String message) {
            return new RuleBroken(null, message);
        }

        static RuleBroken invalid(String field, String message) {
            return new RuleBroken(field, message);
        }

        /** The invalid field; {@code null} for a conflict with the request's state. */
        public String field() {
            return field;
        }

        public boolean conflict() {
            return field == null;
        }
    }
}
