package se.glomska.customer.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the system holds about a customer (GDPR art. 15 and 20), grouped by module and record
 * type; records kept for bookkeeping are marked as such.
 */
public record PersonalDataExport(long customerId, Instant exportedAt, Map<String, Map<String, RecordGroup>> modules) {

    /** The records of one type. */
    public record RecordGroup(boolean keptForBookkeeping, List<Map<String, Object>> records) {
    }
}
