package se.glomska.customer.internal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.customer.internal.application.EraseCustomer;
import se.glomska.customer.internal.application.ErasureAttempts;
import se.glomska.customer.internal.application.ErasureLogbook;
import se.glomska.customer.internal.application.ErasureMetrics;
import se.glomska.customer.internal.application.InvalidInputException;
import se.glomska.customer.ErasureAction;
import se.glomska.customer.ErasureDecision;
import se.glomska.customer.ErasureLogEntry;
import se.glomska.customer.ErasureResult;
import se.glomska.customer.ReviewAction;
import se.glomska.customer.ReviewEntry;
import se.glomska.customer.Page;
import se.glomska.customer.internal.domain.ReviewStates;
import se.glomska.customer.internal.application.ReviewKeptFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.security.Principal;
import java.util.List;

/** Erasure of a customer over HTTP (needs the role DATA_PROTECTION, enforced by the security configuration). */
@RestController
class ErasureController {

    private final EraseCustomer eraseCustomer;
    private final ErasureAttempts attempts;
    private final ErasureLogbook logbook;
    private final ErasureMetrics metrics;
    private final ReviewKeptFields review;

    ErasureController(EraseCustomer eraseCustomer, ErasureAttempts attempts, ErasureLogbook logbook,
                      ErasureMetrics metrics, ReviewKeptFields review) {
        this.eraseCustomer = eraseCustomer;
        this.attempts = attempts;
        this.logbook = logbook;
        this.metrics = metrics;
        this.review = review;
    }

    /**
     * The user must confirm having read the information about deletion and anonymization;
     * {@code redactMentions} redacts every kept field that mentions the customer in the same transaction.
     */
    record ErasureRequest(@NotNull ErasureAction action, Boolean acknowledged, Boolean redactMentions) {
    }

    /** The erasure log, and the log of the manual check's actions (references, never values). */
    record LogPage(List<ErasureLogEntry> items, List<ReviewStates.Logged> manualChecks) {
    }

    /** What to do with one field to check. */
    record ReviewRequest(@NotBlank @Size(max = 50) String module, @NotBlank @Size(max = 50) String recordType,
                        @NotNull Long recordId, @NotBlank @Size(max = 64) String field,
                        @NotNull ReviewAction action) {
    }

    /**
     * The decision with the first {@code manualReviewLimit} manual-review items (default
     * {@link EraseCustomer#MANUAL_REVIEW_LIMIT}) and their total; ask for more to get the whole list.
     */
    @GetMapping("/api/customers/{id}/erasure")
    ErasureDecision decision(@PathVariable long id,
                             @RequestParam(defaultValue = "" + EraseCustomer.MANUAL_REVIEW_LIMIT) @Min(0) @Max(EraseCustomer.MANUAL_REVIEW_MAX)
                             int manualReviewLimit) {
        return eraseCustomer.decide(id, manualReviewLimit);
    }

    /** The fields to check with their values (DATA_PROTECTION only), also after the anonymization. */
    @GetMapping("/api/customers/{id}/erasure/review")
    Page<ReviewEntry> review(@PathVariable long id, @RequestParam(defaultValue = "false") boolean mentionsOnly,
                          @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return review.list(id, mentionsOnly, page, size);
    }

    /** Clears, redacts or marks checked one field; logged without its value. */
    @PostMapping("/api/customers/{id}/erasure/review")
    ReviewEntry act(@PathVariable long id, @Valid @RequestBody ReviewRequest body, Principal principal) {
        return review.act(id, body.module(), body.recordType(), body.recordId(), body.field(), body.action(),
                principal.getName());
    }

    @PostMapping("/api/customers/{id}/erasure")
    ErasureResult erase(@PathVariable long id, @Valid @RequestBody ErasureRequest request, Principal principal) {
        if (!Boolean.TRUE.equals(request.acknowledged())) {
            throw new InvalidInputException("acknowledged",
                    "must be true: confirm that you have read the information about customer deletion and anonymization");
        }
        if (request.action() == ErasureAction.NONE) {
            throw new InvalidInputException("action", "must be DELETE or ANONYMIZE");
        }
        boolean redact = Boolean.TRUE.equals(request.redactMentions());
        return metrics.record(request.action(), () -> attempts.perform(id, request.action(), principal.getName(),
                redact));
    }

    @GetMapping("/api/erasures")
    LogPage log(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return new LogPage(logbook.newestFirst(limit), logbook.manualChecksNewestFirst(limit));
    }
}
