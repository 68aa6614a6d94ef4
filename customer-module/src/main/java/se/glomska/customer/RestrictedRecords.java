package se.glomska.customer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.internal.domain.RestrictedRead;
import se.glomska.customer.internal.domain.RestrictedReadLog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The access record of restricted bookkeeping records (GDPR art. 18, erasure-rules.md section 8):
 * invoices, payments and receipts of an anonymized customer are kept as issued because the Bookkeeping
 * Act requires it, and each time someone reads one as issued, who, when and which record is appended
 * here; never a value. The record is append-only (the database refuses changes and deletions) and is
 * read by the data protection officer ({@code GET /api/restricted-access}).
 */
@Service
public class RestrictedRecords {

    /** The role that may read restricted bookkeeping records as issued. */
    public static final String BOOKKEEPING_ROLE = "BOOKKEEPING";

    private final RestrictedReadLog log;
    private final Clock clock;

    RestrictedRecords(RestrictedReadLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** One read of a restricted record: who, when, which record; no value. */
    public record Access(String actor, Instant at, String recordType, long recordId) {
    }

    /** Appends a read of the restricted record {@code recordType}/{@code recordId} by {@code actor}. */
    @Transactional
    public void recordRead(String actor, String recordType, long recordId) {
        log.append(new RestrictedRead(actor, clock.instant(), recordType, recordId));
    }

    /** The latest reads first. */
    @Transactional(readOnly = true)
    public List<Access> newestFirst(int limit) {
        return log.newestFirst(limit).stream()
                .map(r -> new Access(r.actor(), r.at(), r.recordType(), r.recordId()))
                .toList();
    }
}
