package se.glomska.customer.internal.domain;

import se.glomska.customer.Page;
import se.glomska.customer.CustomerId;
import se.glomska.customer.ErasureRequestId;
import se.glomska.customer.ErasureRequestRow.Status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stored erasure requests. */
public interface ErasureRequests {

    ErasureRequestId add(ErasureRequest request);

    Optional<ErasureRequest> find(ErasureRequestId id);

    /** The request, its row locked until the transaction ends. */
    Optional<ErasureRequest> lock(ErasureRequestId id);

    void update(ErasureRequest request);

    /** The approved requests of the customer that wait for its blockers to clear. */
    List<ErasureRequestId> waiting(CustomerId customerId);

    /** Marks every open request of the customer done (it was erased); answers the lowest such id, if any. */
    Optional<ErasureRequestId> completeOpen(CustomerId customerId, Instant at);

    /** The register, earliest deadline first; {@code status} and {@code overdue} filter when not null. */
    Page<ErasureRequest> list(Status status, Boolean overdue, LocalDate today, Page.Request page);

    /** How many are open (RECEIVED or WAITING), waiting, and open past their deadline on {@code today}. */
    Counts counts(LocalDate today);

    record Counts(long open, long waiting, long overdue) {
    }
}
