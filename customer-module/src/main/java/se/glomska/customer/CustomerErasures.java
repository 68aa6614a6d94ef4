package se.glomska.customer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.internal.application.EraseCustomer;
import se.glomska.customer.internal.application.ErasureAttempts;
import se.glomska.customer.internal.application.ErasureLogbook;
import se.glomska.customer.internal.application.InvalidInputException;
import se.glomska.customer.internal.application.ReviewKeptFields;
import se.glomska.customer.internal.application.ReviewLabels;
import se.glomska.customer.internal.domain.ReviewStates;
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
    private final ReviewKeptFields review;
    private final ReviewLabels labels;
    private final Map<String, PersonalDataTable> tables = new HashMap<>();

    CustomerErasures(EraseCustomer eraseCustomer, ErasureAttempts attempts, ErasureLogbook logbook,
                     ReviewKeptFields review, ReviewLabels labels, List<AnonymizationParticipant> participants) {
        this.eraseCustomer = eraseCustomer;
        this.attempts = attempts;
        this.logbook = logbook;
        this.review = review;
        this.labels = labels;
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

    /**
     * A kept field that holds a value and may hold personal data: to be checked by hand; {@code label} names
     * it in the request's language, {@code mentionsCustomer} says it contains one of the customer's identifiers.
     */
    public record ReviewItem(String module, String recordType, long recordId, String field, String label,
                             boolean mentionsCustomer) {
    }

    /** Where a field to check stands. */
    public enum ReviewState { OPEN, CLEARED, REDACTED, KEPT }

    /** What the data protection officer does with a field to check. */
    public enum ReviewAction { CLEAR, REDACT, KEEP }

    /** A field to check with its current value (shown on demand) and its state. */
    public record ReviewEntry(String module, String recordType, long recordId, String field, String label,
                              boolean mentionsCustomer, ReviewState state, String value) {
        public boolean bookkeeping() {
            return "*".equals(field);
        }
    }

    /** A page of the fields to check and how many there are in all. */
    public record ReviewPage(List<ReviewEntry> items, long total) {
    }

    /**
     * What the system offers for the customer now, and why: the first items to check by hand (those that
     * mention the customer first), how many there are in all ({@code manualReviewTotal}) and how many of
     * them mention the customer.
     */
    public record Decision(long customerId, Action action, boolean allowed, List<Blocker> blockers,
                           List<Footprint> footprint, List<ReviewItem> manualReview, long manualReviewTotal,
                           long manualReviewMentioningCustomer) {

        /** Whether {@link #manualReview} lists only the first of the items to check. */
        public boolean manualReviewPartial() {
            return manualReview.size() < manualReviewTotal;
        }
    }

    /** How many records of one type an erasure changed or removed. */
    public record Change(String module, String recordType, long count) {
    }

    /** What an erasure did; {@code redactedFields}: kept fields in which the customer's identifiers became Xxxx. */
    public record Outcome(long customerId, Action action, Instant performedAt, List<Change> changes,
                          long redactedFields) {
    }

    /** One line of the erasure log; it holds no personal data. {@code requestId}: the erasure request it answered. */
    public record LogEntry(Long id, long customerId, Action action, String actor, Instant performedAt,
                           List<Change> changes, ErasureRequestId requestId) {
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
                        r.field(), labels.label(r.recordType(), r.field()), r.mentionsCustomer())).toList(),
                d.manualReviewTotal(), d.manualReviewMentioningCustomer());
    }

    /**
     * The fields to check, with their values, in the decision's order; also after the anonymization.
     *
     * @throws UnknownCustomerException when there is no such customer (404)
     */
    public ReviewPage review(long customerId, boolean mentionsOnly, int page, int size) {
        ReviewKeptFields.Page result = review.list(customerId, mentionsOnly, page, size);
        return new ReviewPage(result.items().stream().map(this::entry).toList(), result.total());
    }

    /** How many fields are left to check (bookkeeping records excepted). */
    public long reviewLeft(long customerId) {
        return review.left(customerId);
    }

    /**
     * Clears, redacts or marks checked one field; logged without its value.
     *
     * @throws org.springframework.web.ErrorResponseException 404 unknown record or field, 409 a bookkeeping
     *                                                        record or a redaction after the anonymization
     */
    public ReviewEntry act(long customerId, String module, String recordType, long recordId, String field,
                           ReviewAction action, String actor) {
        return entry(review.act(customerId, module, recordType, recordId, field,
                ReviewStates.Action.valueOf(action.name()), actor));
    }

    private ReviewEntry entry(ReviewKeptFields.Entry e) {
        return new ReviewEntry(e.module(), e.recordType(), e.recordId(), e.field(),
                labels.label(e.recordType(), e.field()), e.mentionsCustomer(), ReviewState.valueOf(e.state().name()),
                e.value());
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
        return perform(customerId, action, acknowledged, false, actor);
    }

    /** As {@link #perform(long, Action, boolean, String)}, redacting the mentions of the customer when asked. */
    public Outcome perform(long customerId, Action action, boolean acknowledged, boolean redactMentions,
                           String actor) {
        if (!acknowledged) {
            throw new InvalidInputException("acknowledged",
                    "must be true: confirm that you have read the information about customer deletion and anonymization");
        }
        if (action == null || action == Action.NONE) {
            throw new InvalidInputException("action", "must be DELETE or ANONYMIZE");
        }
        // Retried as on the API when MariaDB ends the transaction as a deadlock victim or a lock wait timed out.
        ErasureResult result = attempts.perform(customerId, ErasureAction.valueOf(action.name()), actor,
                redactMentions);
        return new Outcome(result.customerId(), action, result.performedAt(), changes(result.changes()),
                result.redactedFields());
    }

    /** The newest entries of the erasure log first. */
    @Transactional(readOnly = true)
    public List<LogEntry> log(int limit) {
        return logbook.newestFirst(limit).stream()
                .map(e -> new LogEntry(e.id(), e.customerId(), Action.valueOf(e.action().name()), e.actor(),
                        e.performedAt(), changes(e.changes()), e.requestId()))
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
