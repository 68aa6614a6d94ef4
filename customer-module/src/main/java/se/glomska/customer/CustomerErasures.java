package se.glomska.customer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.internal.application.EraseCustomer;
import se.glomska.customer.internal.application.ErasureAttempts;
import se.glomska.customer.internal.application.ErasureLogbook;
import se.glomska.customer.internal.application.InvalidInputException;
import se.glomska.customer.internal.domain.ErasureAction;
import se.glomska.customer.internal.domain.ErasureDecision;
import se.glomska.customer.internal.domain.ErasureResult;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.PersonalDataTable;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The erasure of a customer (erasure-rules.md sections 1 to 7) as the web pages show and start it:
 * the decision with footprint, blockers and "check manually" list, the erasure itself (only with the
 * user's acknowledgement) and the erasure log. Who may call it is decided by the security
 * configuration (role DATA_PROTECTION).
 */
@Service
public class CustomerErasures {

    private final EraseCustomer eraseCustomer;
    private final ErasureAttempts attempts;
    private final ErasureLogbook logbook;
    private final Map<String, PersonalDataTable> tables = new HashMap<>();

    CustomerErasures(EraseCustomer eraseCustomer, ErasureAttempts attempts, ErasureLogbook logbook,
                     List<AnonymizationParticipant> participants) {
        this.eraseCustomer = eraseCustomer;
        this.attempts = attempts;
        this.logbook = logbook;
        participants.forEach(p -> p.tables().forEach(t -> tables.put(key(p.module(), t.recordType()), t)));
    }

    /** As many items to check by hand as {@link #decide(long, int)} lists at most: the whole list. */
    public static final int WHOLE_REVIEW = EraseCustomer.MANUAL_REVIEW_MAX;

    /** The single action offered for a customer. */
    public enum Action { DELETE, ANONYMIZE, NONE }

    /** What the offered action does with the records of one type. */
    public enum Effect {
        /** Personal data replaced by Xxxx or cleared. */
        ANONYMIZED,
        /** The records are removed. */
        DELETED,
        /** Kept as they are: bookkeeping (Bokföringslagen) or kept for manual review (section 5). */
        KEPT
    }

    /** How many records of one type the customer has, and what the offered action does with them. */
    public record Footprint(String module, String recordType, long count, Effect effect) {
    }

    /** A reason the anonymization is refused, naming the record that causes it (ids only). */
    public record Blocker(String module, String code, String message, String recordType, long recordId) {
    }

    /** A kept field that holds a value and may hold personal data: to be checked by hand. */
    public record ReviewItem(String module, String recordType, long recordId, String field) {
    }

    /**
     * What the system offers for the customer now, and why: the first items to check by hand, and how
     * many there are in all ({@code manualReviewTotal}).
     */
    public record Decision(long customerId, Action action, boolean allowed, List<Blocker> blockers,
                           List<Footprint> footprint, List<ReviewItem> manualReview, long manualReviewTotal) {

        /** Whether {@link #manualReview} lists only the first of the items to check. */
        public boolean manualReviewPartial() {
            return manualReview.size() < manualReviewTotal;
        }
    }

    /** How many records of one type an erasure changed or removed. */
    public record Change(String module, String recordType, long count) {
    }

    /** What an erasure did. */
    public record Outcome(long customerId, Action action, Instant performedAt, List<Change> changes) {
    }

    /** One line of the erasure log; it holds no personal data. */
    public record LogEntry(Long id, long customerId, Action action, String actor, Instant performedAt,
                           List<Change> changes) {
    }

    /**
     * The decision with the first {@link EraseCustomer#MANUAL_REVIEW_LIMIT} items to check by hand.
     *
     * @throws UnknownCustomerException when there is no such customer (404)
     */
    @Transactional(readOnly = true)
    public Decision decide(long customerId) {
        return decide(customerId, EraseCustomer.MANUAL_REVIEW_LIMIT);
    }

    /**
     * The decision with at most {@code manualReviewLimit} items to check by hand.
     *
     * @throws UnknownCustomerException when there is no such customer (404)
     */
    @Transactional(readOnly = true)
    public Decision decide(long customerId, int manualReviewLimit) {
        ErasureDecision d = eraseCustomer.decide(customerId, manualReviewLimit);
        Action action = Action.valueOf(d.action().name());
        return new Decision(d.customerId(), action, d.allowed(),
                d.blockers().stream().map(b -> new Blocker(b.module(), b.code(), b.message(), b.recordType(),
                        b.recordId())).toList(),
                d.footprint().stream().map(f -> new Footprint(f.module(), f.recordType(), f.count(),
                        effect(action, f.module(), f.recordType()))).toList(),
                d.manualReview().stream().map(r -> new ReviewItem(r.module(), r.recordType(), r.recordId(),
                        r.field())).toList(), d.manualReviewTotal());
    }

    /**
     * Carries out {@code action} if it is still the one offered and nothing blocks it, all or nothing.
     *
     * @param acknowledged whether the user confirmed having read the information about customer deletion
     *                     and anonymization; without it nothing happens (400)
     * @throws UnknownCustomerException             when there is no such customer (404)
     * @throws org.springframework.web.ErrorResponseException 409 when the action is not the one offered
     *                                              now, is blocked, or the customer is already anonymized
     */
    public Outcome perform(long customerId, Action action, boolean acknowledged, String actor) {
        if (!acknowledged) {
            throw new InvalidInputException("acknowledged",
                    "must be true: confirm that you have read the information about customer deletion and anonymization");
        }
        if (action == null || action == Action.NONE) {
            throw new InvalidInputException("action", "must be DELETE or ANONYMIZE");
        }
        // Retried as on the API when MariaDB ends the transaction as a deadlock victim or a lock wait timed out.
        ErasureResult result = attempts.perform(customerId, ErasureAction.valueOf(action.name()), actor);
        return new Outcome(result.customerId(), action, result.performedAt(), changes(result.changes()));
    }

    /** The newest entries of the erasure log first. */
    @Transactional(readOnly = true)
    public List<LogEntry> log(int limit) {
        return logbook.newestFirst(limit).stream()
                .map(e -> new LogEntry(e.id(), e.customerId(), Action.valueOf(e.action().name()), e.actor(),
                        e.performedAt(), changes(e.changes())))
                .toList();
    }

    private Effect effect(Action action, String module, String recordType) {
        if (action == Action.DELETE) {
            return Effect.DELETED;
        }
        PersonalDataTable table = tables.get(key(module, recordType));
        if (table == null || table.kind() == PersonalDataTable.Kind.BOOKKEEPING) {
            return Effect.KEPT;
        }
        if (table.onAnonymize() == PersonalDataTable.OnAnonymize.DELETE_ROWS) {
            return Effect.DELETED;
        }
        return table.columns().stream().anyMatch(c -> c.rule().changesValue()) ? Effect.ANONYMIZED : Effect.KEPT;
    }

    private static List<Change> changes(List<se.glomska.customer.internal.domain.Change> changes) {
        return changes.stream().map(c -> new Change(c.module(), c.recordType(), c.count())).toList();
    }

    private static String key(String module, String recordType) {
        return module + "/" + recordType;
    }
}
