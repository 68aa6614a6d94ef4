package se.glomska.customer.spi;

import se.glomska.customer.CustomerId;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The port each bounded context implements to take part in erasing a customer (GDPR art. 17).
 * Adding a module to the system means implementing this interface as a Spring bean, nothing else.
 */
public interface AnonymizationParticipant {

    /** The module's name as shown to the user and in the erasure log, e.g. {@code "sales"}. */
    String module();

    /**
     * Every table the module owns, with every column classified. The erasure, the footprint,
     * the "check manually" list and the personal-data export follow this declaration.
     */
    List<PersonalDataTable> tables();

    /**
     * The reasons, if any, why the customer may not be anonymized now (erasure-rules.md section 3).
     * Called inside the erasure transaction after the customer row is locked. Messages carry ids only.
     */
    List<Blocker> blockers(CustomerId customerId);

    /**
     * The blockers of several customers at once (a retention batch), each customer's in the order of
     * {@link #blockers(CustomerId)}; customers without any may be left out. By default one call per customer: a
     * module with blockers answers a batch in a few statements instead.
     */
    default Map<CustomerId, List<Blocker>> blockers(Collection<CustomerId> customerIds) {
        Map<CustomerId, List<Blocker>> all = new HashMap<>();
        for (CustomerId customerId : customerIds) {
            List<Blocker> blockers = blockers(customerId);
            if (!blockers.isEmpty()) {
                all.put(customerId, blockers);
            }
        }
        return all;
    }

    /**
     * When the module's records of customers were made, for the one-time backfill of every customer's last
     * activity (retention, erasure-rules.md section 10): each a {@code SELECT} of two columns, the customer's id
     * and a record's time, over the module's own tables, written by the module (it knows which column tells
     * when a record was made). From then on every new record writes the last activity itself, through
     * {@code CustomerDirectory.lockForNewRecord}. None by default.
     */
    default List<String> recordTimes() {
        return List.of();
    }
}
