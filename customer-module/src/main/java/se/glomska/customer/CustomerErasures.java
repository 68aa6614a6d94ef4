package se.glomska.customer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.internal.application.EraseCustomer;
import se.glomska.customer.internal.application.ErasureAttempts;
import se.glomska.customer.internal.application.ErasureLogbook;
import se.glomska.customer.internal.application.InvalidInputException;
import se.glomska.customer.internal.application.ReviewKeptFields;

import java.util.List;

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

    CustomerErasures(EraseCustomer eraseCustomer, ErasureAttempts attempts, ErasureLogbook logbook,
                     ReviewKeptFields review) {
        this.eraseCustomer = eraseCustomer;
        this.attempts = attempts;
        this.logbook = logbook;
        this.review = review;
    }

    /** As many items to check by hand as {@link #decide(CustomerId, int)} lists at most: the whole list. */
    public static final int WHOLE_REVIEW = EraseCustomer.MANUAL_REVIEW_MAX;

    /**
     * The decision with the first {@link EraseCustomer#MANUAL_REVIEW_LIMIT} items to check by hand.
     *
     * @throws UnknownCustomerException when there is no such customer (404)
     */
    @Transactional(readOnly = true)
    public ErasureDecision decide(CustomerId customer) {
        return decide(customer, EraseCustomer.MANUAL_REVIEW_LIMIT);
    }

    /**
     * The decision with at most {@code manualReviewLimit} items to check by hand.
     *
     * @throws UnknownCustomerException when there is no such customer (404)
     */
    @Transactional(readOnly = true)
    public ErasureDecision decide(CustomerId customer, int manualReviewLimit) {
        return eraseCustomer.decide(customer.value(), manualReviewLimit);
    }

    /**
     * The fields to check, with their values, in the decision's order; also after the anonymization.
     *
     * @throws UnknownCustomerException when there is no such customer (404)
     */
    public Page<ReviewEntry> review(CustomerId customer, boolean mentionsOnly, int page, int size) {
        return review.list(customer.value(), mentionsOnly, page, size);
    }

    /** How many fields are left to check (bookkeeping records excepted). */
    public long reviewLeft(CustomerId customer) {
        return review.left(customer.value());
    }

    /**
     * Clears, redacts or marks checked one field; logged without its value.
     *
     * @throws org.springframework.web.ErrorResponseException 404 unknown record or field, 409 a bookkeeping
     *                                                        record or a redaction after the anonymization
     */
    public ReviewEntry act(CustomerId customer, String module, String recordType, long recordId, String field,
                           ReviewAction action, String actor) {
        return review.act(customer.value(), module, recordType, recordId, field, action, actor);
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
    public ErasureResult perform(CustomerId customer, ErasureAction action, boolean acknowledged, String actor) {
        return perform(customer, action, acknowledged, false, actor);
    }

    /** As {@link #perform(CustomerId, ErasureAction, boolean, String)}, redacting the mentions of the customer when asked. */
    public ErasureResult perform(CustomerId customer, ErasureAction action, boolean acknowledged, boolean redactMentions,
                           String actor) {
        if (!acknowledged) {
            throw new InvalidInputException("acknowledged",
                    "must be true: confirm that you have read the information about customer deletion and anonymization");
        }
        if (action == null || action == ErasureAction.NONE) {
            throw new InvalidInputException("action", "must be DELETE or ANONYMIZE");
        }
        // Retried as on the API when MariaDB ends the transaction as a deadlock victim or a lock wait timed out.
        return attempts.perform(customer.value(), action, actor, redactMentions);
    }

    /** The newest entries of the erasure log first. */
    @Transactional(readOnly = true)
    public List<ErasureLogEntry> log(int limit) {
        return logbook.newestFirst(limit);
    }
}
