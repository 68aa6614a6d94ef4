package se.glomska.customer.internal;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Component;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.Blocker;
import se.glomska.customer.spi.PersonalDataTable;

import java.util.List;

import static se.glomska.customer.spi.PersonalDataTable.Kind.OWN;

/**
 * The customer register's own part of an erasure: erasure-rules.md section 4 "Customer", read
 * field by field. Its records are the customer's own: they never make the action ANONYMIZE.
 * Tables are declared parents first; deletion runs in reverse.
 */
@Component
public class CustomerParticipant implements AnonymizationParticipant {

    static final String SAME_CUSTOMER = "customer_id = :customerId";

    private static final List<PersonalDataTable> TABLES = List.of(
            PersonalDataTable.of("customer", "customer", OWN, "id = :customerId")
                    .keys("id")
                    .notPersonal("server-assigned number", "customer_number")
                    .notPersonal("kind of customer", "kind", "relation", "created_at")
                    .notPersonal("a random number written by each new record and each erasure: the guard against a "
                            + "new record racing an erasure on a cluster", "write_token")
                    .notPersonal("when the customer last had a record made (retention)", "last_activity_at")
                    // General
                    .placeholder("first_name", "last_name", "name")
                    .clear("organization_number", "vat_number")
                    .setFalse("accepts_email_marketing", "accepts_postal_marketing")
                    // Invoice address
                    .placeholder("invoice_company_name")
                    .clear("invoice_attention", "invoice_line1", "invoice_line2", "invoice_line3", "invoice_city")
                    .zero("invoice_latitude", "invoice_longitude")
                    // Visit address
                    .placeholder("visit_company_name")
                    .clear("visit_line1", "visit_line2", "visit_line3", "visit_city")
                    .zero("visit_latitude", "visit_longitude")
                    // Contact
                    .placeholder("contact_person")
                    .clear("phone", "mobile", "fax", "email", "website")
                    .yearOnly("birth_date")
                    // The customer gets anonymized = true and anonymizedAt
                    .setTrue("anonymized")
                    .erasureTime("anonymized_at")
                    // Section 5: not anonymized, shown to the user as "check manually"
                    .reviewValues("gender", "invoice_postal_code", "visit_postal_code", "customer_group", "country",
                            "delivery_country", "region", "invoice_region", "invoice_country", "visit_region",
                            "visit_country")
                    .review("info", "internal_info"),
            // Branches: every branch's name -> Xxxx; every other field of the branch cleared
            PersonalDataTable.of("customer_branch", "branch", OWN, SAME_CUSTOMER)
                    .keys("id", "customer_id")
                    .placeholder("name")
                    .clear("line1", "line2", "postal_code", "city", "country", "phone", "email", "contact_person",
                            "notes"),
            // Credit check / rating: every credit report, with its PDF files, is deleted
            PersonalDataTable.of("credit_report", "creditReport", OWN, SAME_CUSTOMER)
                    .deletedOnAnonymize()
                    .keys("id", "customer_id")
                    .clear("provider", "rating", "reported_at", "notes", "file_name"),
            PersonalDataTable.of("credit_report_file", "creditReportPdf", OWN, SAME_CUSTOMER)
                    .deletedOnAnonymize()
                    .keys("id", "customer_id")
                    .clear("content"),
            // Section 5: documents on the Documents tab and customer properties are kept, for manual review
            PersonalDataTable.of("customer_document", "document", OWN, SAME_CUSTOMER)
                    .deletedWhenCleared()
                    .keys("id", "customer_id")
                    .review("file_name", "description", "content")
                    .notPersonal("upload time", "created_at"),
            PersonalDataTable.of("customer_property", "property", OWN, SAME_CUSTOMER)
                    .deletedWhenCleared()
                    .keys("id", "customer_id")
                    .review("property_key", "property_value"),
            // The erasure log holds ids, actions, counts and the operator's user name: no personal data of customers
            PersonalDataTable.notCustomerData("erasure_log", "erasureLog")
                    .keys("id", "customer_id", "request_id")
                    .notPersonal("erasure log entry: ids, action, counts, operator", "action", "actor",
                            "performed_at", "changes"),
            // The register of erasure requests (section 10): the customer id and the request's case number elsewhere,
            // dates, states and the officer's legal grounds; kept after the erasure as the proof that it was answered
            PersonalDataTable.notCustomerData("erasure_request", "erasureRequest")
                    .keys("id", "customer_id")
                    .notPersonal("erasure request: the case number elsewhere, not personal data", "reference")
                    .notPersonal("erasure request: channel, dates and state", "received_at", "channel", "due_at",
                            "extended_until", "status", "action", "approved_at", "completed_at", "created_at")
                    .notPersonal("erasure request: the operator who approved it", "approved_by")
                    .notPersonal("erasure request: blockers by module, code and record id", "blockers")
                    .notPersonal("erasure request: the legal ground (art. 12(3), 17(3)), no facts about the person",
                            "extension_reason", "refusal_reason"),
            // The access record of restricted bookkeeping records: who read which record when, never a value
            PersonalDataTable.notCustomerData("restricted_access", "restrictedAccess")
                    .keys("id", "record_id")
                    .notPersonal("access record entry: reader, time, record type", "actor", "accessed_at",
                            "record_type"),
            // The manual check's states and marks, and its log: references to fields, never their values
            PersonalDataTable.notCustomerData("erasure_review", "manualCheckState")
                    .keys("customer_id", "module", "record_type", "record_id", "field")
                    .notPersonal("a reference's state and mark, no value", "mentions_customer", "state", "changed_at"),
            PersonalDataTable.notCustomerData("erasure_review_action", "manualCheckLog")
                    .keys("id", "customer_id", "module", "record_type", "record_id", "field")
                    .notPersonal("manual check log entry: reference, action, operator", "actor", "performed_at",
                            "action"),
            // The index of marks before the erasure: references to fields, checksums, never a value; deleted at
            // the erasure
            PersonalDataTable.notCustomerData("review_mark_scan", "markIndexScan")
                    .keys("customer_id", "table_name")
                    .notPersonal("a checksum of the table's free text and a fingerprint of the identifiers, no value;"
                            + " deleted at the erasure", "identifiers", "rows_read", "checksum", "mentions"),
            PersonalDataTable.notCustomerData("review_mark", "markIndex")
                    .keys("customer_id", "table_name", "record_id", "field"),
            // Retention runs (erasure-rules.md section 10): counts and times, and per customer id its outcome
            PersonalDataTable.notCustomerData("retention_run", "retentionRun")
                    .keys("id")
                    .notPersonal("a run's kind, state, counts, horizon, times and who started it", "dry_run",
                            "status", "started_by", "inactive_before", "total", "done", "erased", "skipped",
                            "started_at", "updated_at", "finished_at"),
            PersonalDataTable.notCustomerData("retention_run_customer", "retentionRunCustomer")
                    .keys("run_id", "customer_id")
                    .notPersonal("a customer id's batch and outcome, blockers by code and record id", "batch",
                            "outcome", "reason"));

    @Override
    public List<String> recordTimes() {
        // The registration itself counts too (created_at, taken by the backfill), and an uploaded document.
        return List.of("SELECT customer_id, created_at FROM customer_document");
    }

    @Override
    public String module() {
        return "customer";
    }

    @Override
    public List<PersonalDataTable> tables() {
        return TABLES;
    }

    @Override
    public List<Blocker> blockers(CustomerId customerId) {
        return List.of();
    }
}
