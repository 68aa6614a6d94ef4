package se.glomska.customer.internal.domain;

/**
 * A kept field that holds a value and may hold personal data: the user checks it by hand (sections 5 and 9).
 * {@code group} orders the list: fields that mention the customer first, then other free text, then kept
 * structured values, then bookkeeping records (kept whole, {@code field} {@code "*"}).
 */
public record ManualReviewItem(String module, String recordType, long recordId, String field, Group group) {

    /** Where an item stands in the list, in this order. */
    public enum Group {
        /** Free text that contains one of the customer's identifiers. */
        MENTIONS,
        /** Other free text. */
        FREE_TEXT,
        /** A kept structured value: country, region, postal code, gender, customer group. */
        STRUCTURED,
        /** A bookkeeping record, kept whole as issued. */
        RECORD
    }

    public ManualReviewItem(String module, String recordType, long recordId, String field) {
        this(module, recordType, recordId, field, Group.FREE_TEXT);
    }

    public boolean mentionsCustomer() {
        return group == Group.MENTIONS;
    }

    public ManualReviewItem in(Group newGroup) {
        return new ManualReviewItem(module, recordType, recordId, field, newGroup);
    }

    /** The item's reference: module, record type, record id and field. */
    public String reference() {
        return module + "/" + recordType + "/" + recordId + "/" + field;
    }
}
