package se.glomska.crm.internal;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Component;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.Blocker;
import se.glomska.customer.spi.PersonalDataTable;
import se.glomska.customer.spi.PersonalDataTable.Kind;

import java.util.List;

/**
 * CRM's part in erasing a customer: erasure-rules.md section 4, "CRM (crm module): activities and events".
 * Activities and events are transactions/events (section 2), so a customer with any is anonymized, not deleted.
 */
@Component
class CrmParticipant implements AnonymizationParticipant {

    static final String MODULE = "crm";

    @Override
    public List<String> recordTimes() {
        // An activity has no time of recording of its own; when it takes place stands for it.
        return List.of("SELECT customer_id, occurs_at FROM crm_activity");
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<PersonalDataTable> tables() {
        return List.of(
                // "All activities and events linked to the customer"
                PersonalDataTable.of("crm_activity", "activity", Kind.TRANSACTION, "customer_id = :customerId")
                        // "The link to the customer stays but shows as Xxxx, not clickable."
                        .keys("id", "customer_id")
                        // "contactPerson → Xxxx"
                        .placeholder("contact_person")
                        // "contactEmail, contactPhone, subject, notes cleared"
                        .clear("contact_email", "contact_phone", "subject", "notes")
                        // "Kept: kind, dates, owner (the salesperson), status (sales statistics)."
                        .notPersonal("kept for sales statistics", "kind", "occurs_at", "owner", "status"));
    }

    /** "Quotes, CRM activities, support cases and mail history never block." (section 3) */
    @Override
    public List<Blocker> blockers(CustomerId customerId) {
        return List.of();
    }
}
