package se.glomska.customer.internal.domain;

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
     * must check by hand (filled REVIEW columns; one per record of a bookkeeping table).
     */
    record TableCount(long rows, long reviewItems) {
    }

    /**
     * The {@link TableCount} of every table, in the order given, in one statement. Tables that hold no
     * customer data count zero.
     */
    List<TableCount> count(List<PersonalDataTable> tables, long customerId);

    /**
     * Whether each table, in the order given, holds any row of the customer, in one statement: what an
     * erasure needs to know, cheaper than counting (one index lookup per table).
     */
    List<Boolean> present(List<PersonalDataTable> tables, long customerId);

    /**
     * The kept, filled fields that may hold personal data (the REVIEW columns; a bookkeeping record
     * whole), by record id, at most {@code limit}.
     */
    List<ManualReviewItem> review(String module, PersonalDataTable table, long customerId, int limit);

    /** Applies the column rules (or deletes the rows) and answers how many rows it touched. */
    long anonymize(PersonalDataTable table, long customerId, Instant erasureTime);

    /** Deletes the customer's rows and answers how many. */
    long delete(PersonalDataTable table, long customerId);

    /** The customer's rows, every column, for the personal-data export. */
    List<Map<String, Object>> export(PersonalDataTable table, long customerId);
}
