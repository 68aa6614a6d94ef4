package se.glomska.customer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import se.glomska.customer.spi.Blocker;

import java.util.List;
import java.util.Optional;

/**
 * What the system offers for a customer and why (erasure-rules.md sections 1 to 3): DELETE when no
 * module holds a transaction or event for it, ANONYMIZE when one does, NONE once anonymized; an
 * anonymization is allowed only when nothing blocks it.
 * <p>
 * {@code manualReview} lists the fields to check by hand (sections 5 and 9) up to a limit: those that
 * mention the customer first, then other free text, kept structured values, bookkeeping records (once per
 * record), each in module, table and record order; {@code manualReviewTotal} says how many there are in
 * all (a customer with years of history has tens of thousands, most of them bookkeeping records kept
 * whole) and {@code manualReviewMentioningCustomer} how many of them mention the customer. The footprint
 * says what the offered action does with each record type.
 */
public record ErasureDecision(long customerId, ErasureAction action, boolean allowed, List<Blocker> blockers,
                              List<Footprint> footprint, List<ReviewItem> manualReview,
                              long manualReviewTotal, long manualReviewMentioningCustomer) {

    public ErasureDecision {
        blockers = List.copyOf(blockers);
        footprint = List.copyOf(footprint);
        manualReview = List.copyOf(manualReview);
    }

    /**
     * Decides from what the modules answered.
     *
     * @param anonymized        whether the customer is already anonymized
     * @param hasTransactions   whether any module holds a transaction or event for the customer
     * @param manualReview      the first of the fields to check by hand
     * @param manualReviewTotal how many fields there are to check by hand in all
     * @param manualReviewMentioningCustomer how many of them mention the customer
     */
    public static ErasureDecision decide(long customerId, boolean anonymized, boolean hasTransactions,
                                         List<Blocker> blockers, List<Footprint> footprint,
                                         List<ReviewItem> manualReview, long manualReviewTotal,
                                         long manualReviewMentioningCustomer) {
        if (anonymized) {
            return new ErasureDecision(customerId, ErasureAction.NONE, false, List.of(), footprint, List.of(), 0, 0);
        }
        if (!hasTransactions) {
            return new ErasureDecision(customerId, ErasureAction.DELETE, true, List.of(),
                    footprint.stream().map(Footprint::deleted).toList(), List.of(), 0, 0);
        }
        return new ErasureDecision(customerId, ErasureAction.ANONYMIZE, blockers.isEmpty(), blockers, footprint,
                manualReview, manualReviewTotal, manualReviewMentioningCustomer);
    }

    /** Whether {@link #manualReview} lists only the first of the items to check. */
    @JsonIgnore
    public boolean manualReviewPartial() {
        return manualReview.size() < manualReviewTotal;
    }

    /** Why a request for {@code requested} must be refused now; empty when it may go ahead. */
    public Optional<String> refusal(ErasureAction requested) {
        if (action == ErasureAction.NONE) {
            return Optional.of("Customer " + customerId + " is already anonymized.");
        }
        if (requested != action) {
            return Optional.of("The action offered for customer " + customerId + " is now " + action
                    + ", not " + requested + ".");
        }
        if (!allowed) {
            return Optional.of("Customer " + customerId + " cannot be anonymized yet: " + blockers.size()
                    + " blocker(s).");
        }
        return Optional.empty();
    }
}
