package se.glomska.support.internal;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Component;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.Blocker;
import se.glomska.customer.spi.PersonalDataTable;
import se.glomska.customer.spi.PersonalDataTable.Kind;

import java.util.List;

/**
 * Support's part in erasing a customer: erasure-rules.md section 4, "Support (support module)".
 * Cases (with their replies) and mail history are transactions/events (section 2), so a customer with
 * any is anonymized, not deleted.
 */
@Component
class SupportParticipant implements AnonymizationParticipant {

    static final String MODULE = "support";
    private static final String SCOPE = "customer_id = :customerId";

    @Override
    public List<String> recordTimes() {
        return List.of("SELECT customer_id, created_at FROM support_case",
                "SELECT customer_id, posted_at FROM support_case_reply",
                "SELECT customer_id, sent_at FROM support_mail");
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<PersonalDataTable> tables() {
        return List.of(
                // "Cases: name → Xxxx · email, phone, subject, text, ..., internalComment cleared."
                PersonalDataTable.of("support_case", "supportCase", Kind.TRANSACTION, SCOPE)
                        .keys("id", "customer_id")
                        .placeholder("name")
                        .clear("email", "phone", "subject", "text", "internal_comment")
                        .notPersonal("when the case was opened", "created_at"),
                // "... every posted reply's text ... cleared."
                PersonalDataTable.of("support_case_reply", "supportCaseReply", Kind.TRANSACTION, SCOPE)
                        .keys("id", "case_id", "customer_id")
                        .clear("text")
                        .notPersonal("when the reply was posted", "posted_at"),
                // "Mail history: name → Xxxx · email, phone, subject, text, replies, internalComment cleared."
                PersonalDataTable.of("support_mail", "mailHistory", Kind.TRANSACTION, SCOPE)
                        .keys("id", "customer_id")
                        .placeholder("name")
                        .clear("email", "phone", "subject", "text", "replies", "internal_comment")
                        // "Kept: document type and reference, sent time."
                        .notPersonal("kept: document type and reference, sent time", "document_type", "document_id", "sent_at"));
    }

    /** "Quotes, CRM activities, support cases and mail history never block." (section 3) */
    @Override
    public List<Blocker> blockers(CustomerId customerId) {
        return List.of();
    }
}
