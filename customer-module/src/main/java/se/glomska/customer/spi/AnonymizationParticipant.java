package se.glomska.customer.spi;

import se.glomska.customer.CustomerId;

import java.util.List;

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
}
