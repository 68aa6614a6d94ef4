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
import se.glomska.customer.internal.domain.ErasureAction;
import se.glomska.customer.internal.domain.ErasureDecision;
import se.glomska.customer.internal.domain.ErasureLogEntry;
import se.glomska.customer.internal.domain.ErasureResult;

import java.security.Principal;
import java.util.List;

/** Erasure of a customer over HTTP (needs the role DATA_PROTECTION, enforced by the security configuration). */
@RestController
class ErasureController {

    private final EraseCustomer eraseCustomer;
    private final ErasureAttempts attempts;
    private final ErasureLogbook logbook;
    private final ErasureMetrics metrics;

    ErasureController(EraseCustomer eraseCustomer, ErasureAttempts attempts, ErasureLogbook logbook,
                      ErasureMetrics metrics) {
        this.eraseCustomer = eraseCustomer;
        this.attempts = attempts;
        this.logbook = logbook;
        this.metrics = metrics;
    }

    /** The user must confirm having read the information about deletion and anonymization. */
    record ErasureRequest(@NotNull ErasureAction action, Boolean acknowledged) {
    }

    record LogPage(List<ErasureLogEntry> items) {
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

    @PostMapping("/api/customers/{id}/erasure")
    ErasureResult erase(@PathVariable long id, @Valid @RequestBody ErasureRequest request, Principal principal) {
        if (!Boolean.TRUE.equals(request.acknowledged())) {
            throw new InvalidInputException("acknowledged",
                    "must be true: confirm that you have read the information about customer deletion and anonymization");
        }
        if (request.action() == ErasureAction.NONE) {
            throw new InvalidInputException("action", "must be DELETE or ANONYMIZE");
        }
        return metrics.record(request.action(), () -> attempts.perform(id, request.action(), principal.getName()));
    }

    @GetMapping("/api/erasures")
    LogPage log(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return new LogPage(logbook.newestFirst(limit));
    }
}
