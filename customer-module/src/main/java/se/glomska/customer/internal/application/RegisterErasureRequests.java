package se.glomska.customer.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerId;
import se.glomska.customer.ErasureRequestId;
import se.glomska.customer.ErasureRequestRow;
import se.glomska.customer.ErasureRequestRow.Channel;
import se.glomska.customer.ErasureRequestRow.Status;
import se.glomska.customer.UnknownCustomerException;
import se.glomska.customer.internal.domain.Customers;
import se.glomska.customer.internal.domain.ErasureRequest;
import se.glomska.customer.internal.domain.ErasureRequests;
import se.glomska.customer.Page;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;

/**
 * The register of erasure requests (GDPR art. 12(3), 17): registers a request with its due date, extends its
 * deadline with a reason, refuses it with a reason, and reads the register earliest deadline first. Dates are
 * Swedish calendar days.
 */
@Service
public class RegisterErasureRequests {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final ErasureRequests requests;
    private final Customers customers;
    private final Clock clock;

    RegisterErasureRequests(ErasureRequests requests, Customers customers, Clock clock) {
        this.requests = requests;
        this.customers = customers;
        this.clock = clock;
    }

    /** Today in Sweden: a request is overdue the day after its deadline. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SWEDEN));
    }

    /**
     * Registers a request for an existing customer (also an anonymized one: the request is answered at once).
     *
     * @throws UnknownCustomerException no such customer (404)
     */
    @Transactional
    public ErasureRequestRow register(CustomerId customerId, LocalDate receivedAt, Channel channel, String reference) {
        if (customers.find(customerId.value()).isEmpty()) {
            throw new UnknownCustomerException(customerId.value());
        }
        if (receivedAt.isAfter(today())) {
            throw new InvalidInputException("receivedAt", "must not be in the future");
        }
        ErasureRequest request = ErasureRequest.received(customerId, receivedAt, channel, reference, now());
        return request.withId(requests.add(request)).row(today());
    }

    @Transactional(readOnly = true)
    public ErasureRequestRow find(ErasureRequestId id) {
        return load(id).row(today());
    }

    @Transactional(readOnly = true)
    public Page<ErasureRequestRow> list(Status status, Boolean overdue, Page.Request page) {
        LocalDate today = today();
        Page<ErasureRequest> found = requests.list(status, overdue, today, page);
        return found.map(r -> r.row(today));
    }

    /** Extends the deadline, at most to three months after receipt (else 400). */
    @Transactional
    public ErasureRequestRow extend(ErasureRequestId id, LocalDate until, String reason) {
        return change(id, r -> r.extend(until, reason));
    }

    /** Refuses the request with a reason (art. 17(3)); 409 once it was carried out or refused. */
    @Transactional
    public ErasureRequestRow refuse(ErasureRequestId id, String reason) {
        Instant now = now();
        return change(id, r -> r.refuse(reason, now));
    }

    @Transactional(readOnly = true)
    public ErasureRequests.Counts counts() {
        return requests.counts(today());
    }

    private ErasureRequestRow change(ErasureRequestId id, UnaryOperator<ErasureRequest> transition) {
        ErasureRequest request = requests.lock(id).orElseThrow(() -> new UnknownRecordException("erasureRequest", id.value()));
        ErasureRequest changed;
        try {
            changed = transition.apply(request);
        } catch (ErasureRequest.RuleBroken broken) {
            throw ErasureRequestConflictException.of(broken);
        }
        requests.update(changed);
        return changed.row(today());
    }

    private ErasureRequest load(ErasureRequestId id) {
        return requests.find(id).orElseThrow(() -> new UnknownRecordException("erasureRequest", id.value()));
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
