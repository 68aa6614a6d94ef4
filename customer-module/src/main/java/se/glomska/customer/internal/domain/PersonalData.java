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

    /** How many of the table's rows belong to the customer. */
    long count(PersonalDataTable table, long customerId);

    /** The kept, filled fields that may hold personal data (the REVIEW columns). */
    List<ManualReviewItem> review(String module, PersonalDataTable table, long customerId);

    /** Applies the column rules (or deletes the rows) and answers how many rows it touched. */
    long anonymize(PersonalDataTable table, long customerId, Instant erasureTime);

    /** Deletes the customer's rows and answers how many. */
    long delete(PersonalDataTable table, long customerId);

    /** The customer's rows, every column, for the personal-data export. */
    List<Map<String, Object>> export(PersonalDataTable table, long customerId);
}
