package se.glomska.customer.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.internal.domain.ErasureLog;
import se.glomska.customer.ErasureLogEntry;
import se.glomska.customer.internal.domain.ReviewStates;

import java.util.List;

/** Reads the erasure log (GDPR art. 5(2)); entries are written only by {@link EraseCustomer}. */
@Service
public class ErasureLogbook {

    private final ErasureLog log;
    private final ReviewStates reviewStates;

    ErasureLogbook(ErasureLog log, ReviewStates reviewStates) {
        this.log = log;
        this.reviewStates = reviewStates;
    }

    /** The manual check's actions, newest first: actor, record, field, action; never a value. */
    @Transactional(readOnly = true)
    public List<ReviewStates.Logged> manualChecksNewestFirst(int limit) {
        return reviewStates.newestFirst(limit);
    }

    @Transactional(readOnly = true)
    public List<ErasureLogEntry> newestFirst(int limit) {
        return log.newestFirst(limit);
    }
}
