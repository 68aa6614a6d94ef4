package se.glomska.customer.internal.domain;

import se.glomska.customer.CustomerId;
import se.glomska.customer.spi.PersonalDataTable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Carries out a module's {@link PersonalDataTable} declaration for one customer: every operation is
 * one set-based statement on the table, never one per row.
 */
public interface PersonalData {

    /**
     * How many rows of a table belong to the customer, and how many of their kept fields a person
     * must check by hand (filled REVIEW columns; one per record of a bookkeeping table); of those, how many
     * free-text fields mention the customer (when searched) and how many are structured values; and the
     * checksum of the table's free text (when asked for; see {@link #checksums}).
     */
    record TableCount(long rows, long reviewItems, long mentions, long structured, long checksum) {
        public TableCount(long rows, long reviewItems) {
            this(rows, reviewItems, 0, 0, 0);
        }

        /** Free-text items that do not mention the customer. */
        public long otherFreeText() {
            return reviewItems - mentions - structured;
        }

        /** The same count with {@code mentions} fields mentioning the customer. */
        public TableCount withMentions(long mentions) {
            return new TableCount(rows, reviewItems, mentions, structured, checksum);
        }
    }

    /**
     * What the index of marks knows about one table of a customer: the fingerprint of the identifiers searched
     * for, the rows and the checksum of the free text it was built from, and how many fields it marked.
     */
    record MarkScan(String table, String identifiers, long rows, long checksum, long mentions) {
        /** Whether the marks still hold for the table as it is now ({@code count} with its checksum). */
        public boolean holdsFor(String fingerprint, TableCount count) {
            return identifiers.equals(fingerprint) && rows == count.rows() && checksum == count.checksum();
        }
    }

    /**
     * The {@link TableCount} of every table, in the order given, in one statement. Tables that hold no
     * customer data count zero. {@code mentions} is the customer's identifiers as a regular expression
     * ({@link CustomerIdentifiers#sqlRegex()}), or {@code null}: then nothing is searched and no field is counted
     * as mentioning the customer. With {@code checksums}, each table with free text answers its checksum.
     */
    List<TableCount> count(List<PersonalDataTable> tables, long customerId, String mentions, boolean checksums);

    default List<TableCount> count(List<PersonalDataTable> tables, long customerId, String mentions) {
        return count(tables, customerId, mentions, false);
    }

    default List<TableCount> count(List<PersonalDataTable> tables, long customerId) {
        return count(tables, customerId, null, false);
    }

    /**
     * The rows and the checksum of each table's free text of the customer, in one statement: the checksum changes
     * with any value searched for the customer's identifiers, and with any row added or deleted. Zero for a table
     * without free text.
     */
    List<TableCount> checksums(List<PersonalDataTable> tables, long customerId);

    /** The index of marks of the customer, by table name. */
    Map<String, MarkScan> markScans(long customerId);

    /** Which of the customers have an index of marks (a decision was shown for them), in one statement. */
    java.util.Set<Long> withMarkScans(java.util.Collection<Long> customerIds);

    /**
     * Searches the tables' free text again and stores, as the index of marks, which fields mention the customer
     * (references only), with the fingerprint of the identifiers and each table's rows and checksum from
     * {@code counts} (read under the same lock). Answers the number of marks per table.
     */
    List<Long> refreshMarks(List<PersonalDataTable> tables, long customerId, String mentions, String fingerprint,
                            List<TableCount> counts);

    /** Deletes the customer's index of marks (at the erasure: the marks then live on in the manual check's states). */
    void forgetMarks(long customerId);

    /** How many filled free-text fields of each table mention the customer, in one statement. */
    List<Long> mentions(List<PersonalDataTable> tables, long customerId, String mentions);

    /**
     * Whether each table, in the order given, holds any row of the customer, in one statement: what an
     * erasure needs to know, cheaper than counting (one index lookup per table).
     */
    List<Boolean> present(List<PersonalDataTable> tables, long customerId);

    /** Which tables hold rows of the customer ({@link #present}), and whether it has an index of marks. */
    record Presence(List<Boolean> tables, boolean marks) {
    }

    /** As {@link #present}, in the same statement whether the customer has an index of marks. */
    Presence presence(List<PersonalDataTable> tables, long customerId);

    /**
     * The kept, filled fields that may hold personal data (the REVIEW columns; a bookkeeping record
     * whole), by record id, at most {@code limit}.
     */
    List<ManualReviewItem> review(String module, PersonalDataTable table, long customerId, int limit);

    /**
     * The items of one {@link ManualReviewItem.Group} of a table, by record id, at most {@code limit}: only ids
     * and flags leave the database. With {@code mentions} {@code null}, no free text is in group MENTIONS.
     */
    List<ManualReviewItem> review(String module, PersonalDataTable table, long customerId,
                                  ManualReviewItem.Group group, String mentions, int limit);

    /** As above; with {@code indexed} the marks come from the index of marks, which the caller found to hold. */
    List<ManualReviewItem> review(String module, PersonalDataTable table, long customerId,
                                  ManualReviewItem.Group group, String mentions, int limit, boolean indexed);

    /**
     * Stores, set-based in one statement, a reference to every free-text field of the tables that mentions the
     * customer (erasure-rules.md section 9: references only, no values), in state {@code state} (an existing KEPT or
     * CLEARED state stays, unless {@code state} is REDACTED); a row whose state this sets gets {@code at}. The marks
     * of a table with {@code indexed} true are copied from the index of marks, the others searched.
     */
    void storeMentions(List<String> modules, List<PersonalDataTable> tables, List<Boolean> indexed, long customerId,
                       String mentions, String state, Instant at);

    /**
     * As {@link #storeMentions(List, List, List, long, String, String, Instant)} for a batch of customers, none with
     * an index of marks, in one statement: every free-text field of the tables that mentions its customer, each
     * customer's expression ({@code mentions}, by customer id) joined to its rows as a column.
     */
    void storeMentions(List<String> modules, List<PersonalDataTable> tables, Map<Long, String> mentions, String state,
                       Instant at);

    /** Replaces each occurrence of the customer's identifiers in the table's free text with Xxxx, set-based. */
    long redactMentions(PersonalDataTable table, long customerId, String mentions);

    /** The current value of fields of records of the customer, by record id (absent: no such record). */
    Map<Long, Object> values(PersonalDataTable table, String column, long customerId, List<Long> recordIds);

    /** Writes one field of one record of the customer; answers whether the record exists. */
    boolean write(PersonalDataTable table, String column, CustomerId customerId, long recordId, String value);

    /** Deletes one record of the customer; answers whether it existed. */
    boolean deleteRecord(PersonalDataTable table, CustomerId customerId, long recordId);

    /** Applies the column rules (or deletes the rows) and answers how many rows it touched. */
    long anonymize(PersonalDataTable table, long customerId, Instant erasureTime);

    /** Deletes the customer's rows and answers how many. */
    long delete(PersonalDataTable table, long customerId);

    /**
     * A batch of customers (retention): for each table, how many rows each customer holds, in one statement for
     * every table; customers without rows in a table are absent from its map.
     */
    List<Map<Long, Long>> counts(List<PersonalDataTable> tables, java.util.Collection<Long> customerIds);

    /** As {@link #anonymize(PersonalDataTable, long, Instant)}, one statement for a batch of customers. */
    long anonymize(PersonalDataTable table, java.util.Collection<Long> customerIds, Instant erasureTime);

    /** As {@link #delete(PersonalDataTable, long)}, one statement for a batch of customers. */
    long delete(PersonalDataTable table, java.util.Collection<Long> customerIds);

    /**
     * The customers, not anonymized, whose last activity is before {@code before}, oldest first, from
     * {@code offset}: a range scan of the index on (anonymized, last_activity_at).
     */
    List<Inactive> inactiveSince(Instant before, long offset, int limit);

    /** A customer found inactive, and its last activity. */
    record Inactive(long customerId, Instant lastActivityAt) {
    }

    /** The statement {@link #inactiveSince} runs, for its EXPLAIN (the benchmark shows it). */
    String inactiveSinceSql();

    /** How many customers {@link #inactiveSince} finds. */
    long countInactiveSince(Instant before);

    /**
     * Computes the last activity of every customer that has none yet (after the column was added) from its
     * registration and every module's record times, in one statement. Answers how many customers it wrote.
     */
    long backfillLastActivity(List<String> recordTimes);

    /** The customer's rows, every column, for the personal-data export. */
    List<Map<String, Object>> export(PersonalDataTable table, long customerId);
}
