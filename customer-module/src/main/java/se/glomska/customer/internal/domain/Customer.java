package se.glomska.customer.internal.domain;

import java.time.Instant;
import java.util.List;

/**
 * A customer or prospect of the register. Once anonymized it keeps only what erasure-rules.md
 * section 5 keeps, its tabs are gone and it can no longer be edited.
 */
public record Customer(long id, String customerNumber, CustomerDetails details, boolean anonymized,
                       Instant anonymizedAt) {

    /** The tabs of the customer card, in the order they are shown. */
    public static final List<String> TABS = List.of("branches", "creditReports", "documents", "properties",
            "quotes", "orders", "invoices", "activities", "cases");

    public String displayName() {
        return details.displayName();
    }

    /** The tabs shown on the card: none once anonymized, so their data cannot be opened. */
    public List<String> tabs() {
        return anonymized ? List.of() : TABS;
    }
}
