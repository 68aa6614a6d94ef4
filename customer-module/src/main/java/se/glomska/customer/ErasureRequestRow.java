package se.glomska.customer;

import se.glomska.customer.spi.Blocker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One erasure request as the register shows it, the same for the API ({@code /api/erasure-requests}) and the page
 * ({@code /gdpr/requests}): ids, dates, the state, what it waits for. No personal data: the customer id and the
 * request's case number elsewhere ({@code reference}) only; the reasons are legal grounds, not facts about the person.
 *
 * @param dueAt    {@code receivedAt} plus one calendar month (art. 12(3)); 31 January gives 28 or 29 February
 * @param overdue  still open after its deadline ({@code extendedUntil} when extended, else {@code dueAt})
 * @param blockers while {@code WAITING}: what the erasure waits for, as last checked under the customer's lock
 * @param action   the approved action, once approved
 */
public record ErasureRequestRow(ErasureRequestId id, CustomerId customerId, LocalDate receivedAt, Channel channel,
                                String reference, LocalDate dueAt, LocalDate extendedUntil, String extensionReason,
                                Status status, boolean overdue, List<Blocker> blockers, String approvedBy,
                                Instant completedAt, Action action, String refusalReason) {

    /** How the request reached the controller. */
    public enum Channel { EMAIL, LETTER, PHONE, IN_PERSON, WEB }

    /**
     * {@code RECEIVED}: registered, not yet approved; {@code WAITING}: approved, waits for its blockers to clear;
     * {@code DONE}: the customer was erased; {@code REFUSED}: refused with a reason (art. 17(3)).
     */
    public enum Status { RECEIVED, WAITING, DONE, REFUSED }

    /** The erasure approved for the request. */
    public enum Action { DELETE, ANONYMIZE }

    /** The deadline in force: the extension when there is one, else the due date. */
    public LocalDate deadline() {
        return extendedUntil != null ? extendedUntil : dueAt;
    }

    /** Whether it can still be extended, approved or refused. */
    public boolean open() {
        return status == Status.RECEIVED || status == Status.WAITING;
    }
}
