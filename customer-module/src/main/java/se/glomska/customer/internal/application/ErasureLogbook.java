package se.glomska.customer.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.internal.domain.ErasureLog;
import se.glomska.customer.internal.domain.ErasureLogEntry;

import java.util.List;

/** Reads the erasure log (GDPR art. 5(2)); entries are written only by {@link EraseCustomer}. */
@Service
public class ErasureLogbook {

    private final ErasureLog log;

    ErasureLogbook(ErasureLog log) {
        this.log = log;
    }

    @Transactional(readOnly = true)
    public List<ErasureLogEntry> newestFirst(int limit) {
        return log.newestFirst(limit);
    }
}
