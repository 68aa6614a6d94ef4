package se.glomska.accounting.internal.application;

import se.glomska.customer.RestrictedRecords;

/**
 * The restriction of bookkeeping records (GDPR art. 17(3)(b) and 18, ADR 0005), in one place for
 * invoices, payments and receipts: a record of an anonymized customer is restricted; a reader with the
 * role {@code BOOKKEEPING} reads it as issued, and that read is appended to the access record; anyone
 * else is shown its customer data withheld.
 */
final class RestrictedReading {

    private RestrictedReading() {
    }

    /**
     * Whether {@code reader} is shown the record as issued. For a restricted record read by a bookkeeper
     * this appends the read to the access record (in the caller's transaction).
     */
    static boolean asIssued(boolean restricted, Reader reader, String recordType, long recordId,
                            RestrictedRecords record) {
        if (!restricted) {
            return true;
        }
        if (!reader.bookkeeping()) {
            return false;
        }
        record.recordRead(reader.name(), recordType, recordId);
        return true;
    }
}
