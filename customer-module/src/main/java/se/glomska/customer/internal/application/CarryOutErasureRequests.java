package se.glomska.customer.internal.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import se.glomska.customer.CustomerId;
import se.glomska.customer.ErasureRequestId;
import se.glomska.customer.ErasureRequestRow;
import se.glomska.customer.ErasureRequestRow.Action;
import se.glomska.customer.ErasureRequestRow.Status;
import se.glomska.customer.ErasureAction;
import se.glomska.customer.internal.domain.ErasureRequest;
import se.glomska.customer.internal.domain.ErasureRequests;
import se.glomska.customer.spi.ErasureBlockersChanged;

/**
 * Approves an erasure request and carries it out: at once when nothing blocks it, else, with
 * {@code whenUnblocked}, as soon as the last blocker cleared, on the approver's behalf, without anyone coming back
 * (erasure-rules.md section 10). Each module announces a change that can clear a blocker with
 * {@link ErasureBlockersChanged}; this listener gets it through the event publication registry (a crash between
 * that change and the erasure loses nothing: the publication is resubmitted) and re-checks everything under the
 * customer's lock through {@link EraseCustomer}, exactly as an erasure by hand. A blocker that appeared meanwhile
 * keeps the request waiting, listing it; two events for one request erase once (the request's row is locked and
 * it is no longer {@code WAITING} for the second).
 */
@Service
public class CarryOutErasureRequests {

    private static final Logger log = LoggerFactory.getLogger(CarryOutErasureRequests.class);

    private final ErasureRequests requests;
    private final EraseCustomer eraseCustomer;
    private final ErasureAttempts attempts;
    private final RegisterErasureRequests register;
    private final TransactionTemplate transaction;

    CarryOutErasureRequests(ErasureRequests requests, EraseCustomer eraseCustomer, ErasureAttempts attempts,
                            RegisterErasureRequests register, PlatformTransactionManager transactions) {
        this.requests = requests;
        this.eraseCustomer = eraseCustomer;
        this.attempts = attempts;
        this.register = register;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * Approves the request with {@code action}: carried out now when allowed ({@code DONE}); when blocked, with
     * {@code whenUnblocked} {@code WAITING} with its blockers, without it 409 and nothing changes.
     *
     * @throws org.springframework.web.ErrorResponseException 400 without acknowledgement, 404 unknown request,
     *                                                        409 approved before, done, refused, or refused erasure
     */
    public ErasureRequestRow approve(ErasureRequestId id, Action action, boolean acknowledged, boolean whenUnblocked,
                                     String approver) {
        if (!acknowledged) {
            throw new InvalidInputException("acknowledged",
                    "must be true: confirm that you have read the information about customer deletion and anonymization");
        }
        if (action == null) {
            throw new InvalidInputException("action", "must be DELETE or ANONYMIZE");
        }
        long customerId = requests.find(id).orElseThrow(() -> new UnknownRecordException("erasureRequest", id.value()))
                .customerId().value();
        return attempts.retrying(customerId, () -> transaction.execute(status -> {
            ErasureRequest request = requests.lock(id)
                    .orElseThrow(() -> new UnknownRecordException("erasureRequest", id.value()));
            ErasureRequest approved;
            try {
                approved = request.approve(action, approver, register.now());
            } catch (ErasureRequest.RuleBroken broken) {
                throw ErasureRequestConflictException.of(broken);
            }
            requests.update(approved);
            EraseCustomer.Attempt attempt = eraseCustomer.attempt(customerId, ErasureAction.valueOf(action.name()),
                    approver, false, id);
            if (attempt.refusal() == null) {
                log.info("Erasure request {} approved and carried out", id);
            } else if (attempt.blocked() && whenUnblocked) {
                requests.update(approved.waitFor(attempt.decision().blockers()));
                log.info("Erasure request {} approved, waits for {} blocker(s)", id, attempt.decision().blockers().size());
            } else {
                // rolls the approval back: nothing changes
                throw new ErasureConflictException(attempt.refusal(), attempt.decision());
            }
            return requests.find(id).orElseThrow().row(register.today());
        }));
    }

    /**
     * Something that can block the customer's erasure changed: every request of the customer that waits is tried
     * again, each in a transaction of its own (retried as an erasure on a deadlock). Not in a transaction itself.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(ErasureBlockersChanged event) {
        for (ErasureRequestId id : requests.waiting(event.customerId())) {
            attempts.retrying(event.customerId().value(), () -> transaction.execute(status -> carryOut(id)));
        }
    }

    /** Under the request's lock, then the customer's: carried out when nothing blocks it any more. */
    private Status carryOut(ErasureRequestId id) {
        ErasureRequest request = requests.lock(id).orElse(null);
        if (request == null || request.status() != Status.WAITING) {
            return request == null ? null : request.status();
        }
        EraseCustomer.Attempt attempt = eraseCustomer.attempt(request.customerId().value(),
                ErasureAction.valueOf(request.action().name()), request.approvedBy(), false, id);
        if (attempt.refusal() == null) {
            log.info("Erasure request {} carried out: its last blocker cleared", id);
            return Status.DONE;
        }
        if (attempt.blocked()) {
            requests.update(request.waitFor(attempt.decision().blockers()));
            log.debug("Erasure request {} still waits for {} blocker(s)", id, attempt.decision().blockers().size());
        } else {
            log.warn("Erasure request {} waits: the erasure approved is refused now ({})", id,
                    attempt.decision().action());
        }
        return Status.WAITING;
    }
}
