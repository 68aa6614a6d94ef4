package se.glomska.customer;

import org.springframework.stereotype.Service;
import se.glomska.customer.ErasureRequestRow.Action;
import se.glomska.customer.ErasureRequestRow.Channel;
import se.glomska.customer.ErasureRequestRow.Status;
import se.glomska.customer.internal.application.CarryOutErasureRequests;
import se.glomska.customer.internal.application.RegisterErasureRequests;

import java.time.LocalDate;

/**
 * The register of erasure requests as the API and the pages use it (role DATA_PROTECTION, decided by the security
 * configuration): register, read, extend, approve (carried out now, or by the system once nothing blocks it),
 * refuse. Every answer is the one read model {@link ErasureRequestRow}.
 */
@Service
public class ErasureRequestRegister {

    private final RegisterErasureRequests register;
    private final CarryOutErasureRequests carryOut;

    ErasureRequestRegister(RegisterErasureRequests register, CarryOutErasureRequests carryOut) {
        this.register = register;
        this.carryOut = carryOut;
    }

    /** @throws UnknownCustomerException no such customer (404) */
    public ErasureRequestRow register(CustomerId customerId, LocalDate receivedAt, Channel channel, String reference) {
        return register.register(customerId, receivedAt, channel, reference);
    }

    /** @throws org.springframework.web.ErrorResponseException 404 unknown request */
    public ErasureRequestRow find(ErasureRequestId id) {
        return register.find(id);
    }

    /**
     * A page of the register, earliest deadline first, and how many rows match in all. {@code status} and
     * {@code overdue} filter when not null; {@code page} from 0, {@code size} 1 to 200.
     */
    public Page<ErasureRequestRow> list(Status status, Boolean overdue, int page, int size) {
        return register.list(status, overdue, new Page.Request(page, size));
    }

    /** @throws org.springframework.web.ErrorResponseException 400 past three months after receipt, 409 not open */
    public ErasureRequestRow extend(ErasureRequestId id, LocalDate until, String reason) {
        return register.extend(id, until, reason);
    }

    /** @throws org.springframework.web.ErrorResponseException 409 once carried out or refused */
    public ErasureRequestRow refuse(ErasureRequestId id, String reason) {
        return register.refuse(id, reason);
    }

    /**
     * Approves the erasure on {@code approver}'s behalf: {@code DONE} when carried out now; when blocked and
     * {@code whenUnblocked}, {@code WAITING} with its blockers and carried out by the system once they cleared.
     *
     * @throws org.springframework.web.ErrorResponseException 400 unacknowledged, 409 blocked without
     *                                                        {@code whenUnblocked}, approved twice, done or refused
     */
    public ErasureRequestRow approve(ErasureRequestId id, Action action, boolean acknowledged, boolean whenUnblocked,
                                     String approver) {
        return carryOut.approve(id, action, acknowledged, whenUnblocked, approver);
    }
}
