package se.glomska.erasure;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static se.glomska.erasure.ErasureSpec.Expect.BOOKKEEPING;
import static se.glomska.erasure.ErasureSpec.Expect.CLEAR;
import static se.glomska.erasure.ErasureSpec.Expect.ERASURE_TIME;
import static se.glomska.erasure.ErasureSpec.Expect.FALSE;
import static se.glomska.erasure.ErasureSpec.Expect.KEPT;
import static se.glomska.erasure.ErasureSpec.Expect.PLACEHOLDER;
import static se.glomska.erasure.ErasureSpec.Expect.REVIEW;
import static se.glomska.erasure.ErasureSpec.Expect.TRUE;
import static se.glomska.erasure.ErasureSpec.Expect.YEAR_ONLY;
import static se.glomska.erasure.ErasureSpec.Expect.ZERO;

/**
 * The answer key: every table and column of the schema with what {@code shared/spec/erasure-rules.md}
 * sections 4 and 5 prescribe for it, written by hand from the spec and NOT from the modules'
 * {@code AnonymizationParticipant} declarations. The erasure tests take what they expect from here
 * ({@link ErasureChecks#kept}, {@code RandomHistoriesErasureTest}, every marker scan), and
 * {@link SpecAnswerKeyTest} holds the declarations and the schema to it: a column added to the schema
 * must be added here, by hand, reading the spec, or the build fails.
 * <p>
 * Where the spec names no rule for a column (ids, links, dates, amounts, statuses) it is {@link Expect#KEPT}:
 * section 4 changes only what it lists. Quoted comments are the spec's words.
 */
public final class ErasureSpec {

    /** What the spec expects of a column after an anonymization. */
    /**
     * Columns that every write of their row draws anew (the cluster guard's random token, ADR 0011): not personal,
     * kept by the rules, but an erasure writes them like any other transaction, so their value is not compared.
     */
    public static final java.util.Set<String> GUARDS = java.util.Set.of("customer.write_token");

    public enum Expect {
        /** Not personal (ids, links, dates, amounts, statuses, kinds): unchanged. */
        KEPT,
        /** Section 5, "check manually": unchanged, may hold personal data, listed for review. */
        REVIEW,
        /** A bookkeeping record ("never changed, never deleted"): unchanged. */
        BOOKKEEPING,
        /** Becomes {@code Xxxx}. */
        PLACEHOLDER,
        /** Becomes NULL (or goes with the deleted row). */
        CLEAR,
        /** "the same year, -01-01". */
        YEAR_ONLY,
        /** "0.000000". */
        ZERO,
        /** Consent "→ false". */
        FALSE,
        /** "anonymized = true". */
        TRUE,
        /** "anonymizedAt (timestamp)". */
        ERASURE_TIME;

        /** Whether the spec keeps the column's value as it was (so it may still hold the customer's text). */
        public boolean keepsValue() {
            return this == KEPT || this == REVIEW || this == BOOKKEEPING;
        }
    }

    /** What a table is to the spec. */
    public enum TableKind {
        /** The customer's own record or sub-record (section 2: deleted with the customer). */
        OWN,
        /** A transaction or event (section 2: makes the action ANONYMIZE). */
        TRANSACTION,
        /** Invoices, payments, receipts: "never changed, never deleted". */
        BOOKKEEPING,
        /** Holds no customer data. */
        NOT_CUSTOMER_DATA
    }

    /** A table of the answer key; {@code rowsDeleted}: an anonymization deletes the customer's rows. */
    public record Table(String name, TableKind kind, boolean rowsDeleted, Map<String, Expect> columns) {
        public Optional<Expect> column(String column) {
            return Optional.ofNullable(columns.get(column.toLowerCase(Locale.ROOT)));
        }
    }

    private static final Map<String, Table> TABLES = new LinkedHashMap<>();

    static {
        // ---- Section 4 "Customer (customer module)" and section 5 "Customer"
        table("customer", TableKind.OWN, false)
                .kept("id", "customer_number", "kind", "relation", "created_at", "last_activity_at")
                // Not in the spec: a random number, the cluster's guard against a record racing an erasure
                .kept("write_token")
                // General: firstName → Xxxx · lastName → Xxxx · name → Xxxx · organizationNumber cleared ·
                // vatNumber cleared · acceptsEmailMarketing → false · acceptsPostalMarketing → false
                .with(PLACEHOLDER, "first_name", "last_name", "name")
                .with(CLEAR, "organization_number", "vat_number")
                .with(FALSE, "accepts_email_marketing", "accepts_postal_marketing")
                // Invoice address: companyName → Xxxx · attention cleared · line1, line2, line3 cleared ·
                // city cleared · latitude, longitude → 0.000000
                .with(PLACEHOLDER, "invoice_company_name")
                .with(CLEAR, "invoice_attention", "invoice_line1", "invoice_line2", "invoice_line3", "invoice_city")
                .with(ZERO, "invoice_latitude", "invoice_longitude")
                // Visit address: companyName → Xxxx · line1, line2, line3 cleared · city cleared · lat/long → 0
                .with(PLACEHOLDER, "visit_company_name")
                .with(CLEAR, "visit_line1", "visit_line2", "visit_line3", "visit_city")
                .with(ZERO, "visit_latitude", "visit_longitude")
                // Contact: contactPerson → Xxxx · phone, mobile, fax, email, website cleared · birthDate → year
                .with(PLACEHOLDER, "contact_person")
                .with(CLEAR, "phone", "mobile", "fax", "email", "website")
                .with(YEAR_ONLY, "birth_date")
                // "The customer gets anonymized = true and anonymizedAt (timestamp)."
                .with(TRUE, "anonymized")
                .with(ERASURE_TIME, "anonymized_at")
                // Section 5: gender, invoiceAddress.postalCode, visitAddress.postalCode, customerGroup, country,
                // deliveryCountry, region and every address's region and country, info, internalInfo
                .with(REVIEW, "gender", "invoice_postal_code", "visit_postal_code", "customer_group", "country",
                        "delivery_country", "region", "invoice_region", "invoice_country", "visit_region",
                        "visit_country", "info", "internal_info");
        // "Branches: every branch's name → Xxxx; every other field of the branch cleared."
        table("customer_branch", TableKind.OWN, false)
                .kept("id", "customer_id")
                .with(PLACEHOLDER, "name")
                .with(CLEAR, "line1", "line2", "postal_code", "city", "country", "phone", "email", "contact_person",
                        "notes");
        // "Credit check / rating: every credit report, with its PDF files, is deleted."
        table("credit_report", TableKind.OWN, true)
                .kept("id", "customer_id")
                .with(CLEAR, "provider", "rating", "reported_at", "notes", "file_name");
        table("credit_report_file", TableKind.OWN, true)
                .kept("id", "customer_id")
                .with(CLEAR, "content");
        // Section 5: "documents on the Documents tab, and customer properties"
        table("customer_document", TableKind.OWN, false)
                .kept("id", "customer_id", "created_at")
                .with(REVIEW, "file_name", "description", "content");
        table("customer_property", TableKind.OWN, false)
                .kept("id", "customer_id")
                .with(REVIEW, "property_key", "property_value");
        // Section 6: "the log itself holds no personal data"
        table("erasure_log", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("id", "customer_id", "action", "actor", "performed_at", "changes", "request_id");
        // Section 10: the register of erasure requests: the customer id and the case number elsewhere, dates,
        // states, the approving operator, blockers by code and record id, the legal grounds; no personal data.
        table("erasure_request", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("id", "customer_id", "received_at", "channel", "reference", "due_at", "extended_until",
                        "extension_reason", "status", "action", "approved_by", "approved_at", "blockers",
                        "refusal_reason", "completed_at", "created_at");
        // Section 8: who read a restricted bookkeeping record, when, which record; never a value.
        table("restricted_access", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("id", "actor", "accessed_at", "record_type", "record_id");
        // Section 9: the manual check's marks and states, and its log: references and actions, never a value.
        table("erasure_review", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("customer_id", "module", "record_type", "record_id", "field", "mentions_customer", "state",
                        "changed_at");
        table("erasure_review_action", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("id", "customer_id", "actor", "performed_at", "module", "record_type", "record_id", "field",
                        "action");
        // The index of marks before the erasure (docs/benchmarks.md): references, checksums, a fingerprint of the
        // identifiers; deleted at the erasure.
        table("review_mark_scan", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("customer_id", "table_name", "identifiers", "rows_read", "checksum", "mentions");
        table("review_mark", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("customer_id", "table_name", "record_id", "field");
        // Section 10: retention runs and the outcome per customer id: counts, codes and ids, never a value.
        table("retention_run", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("id", "dry_run", "status", "started_by", "inactive_before", "total", "done", "erased", "skipped",
                        "started_at", "updated_at", "finished_at");
        table("retention_run_customer", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("run_id", "customer_id", "batch", "outcome", "reason");

        // ---- Section 4 "CRM": contactPerson → Xxxx · contactEmail, contactPhone, subject, notes cleared.
        // Kept: kind, dates, owner (the salesperson), status.
        table("crm_activity", TableKind.TRANSACTION, false)
                .kept("id", "customer_id", "kind", "occurs_at", "owner", "status")
                .with(PLACEHOLDER, "contact_person")
                .with(CLEAR, "contact_email", "contact_phone", "subject", "notes");

        // ---- Section 4 "Support"
        // Cases: name → Xxxx · email, phone, subject, text, every posted reply's text, internalComment cleared.
        table("support_case", TableKind.TRANSACTION, false)
                .kept("id", "customer_id", "created_at")
                .with(PLACEHOLDER, "name")
                .with(CLEAR, "email", "phone", "subject", "text", "internal_comment");
        table("support_case_reply", TableKind.TRANSACTION, false)
                .kept("id", "case_id", "customer_id", "posted_at")
                .with(CLEAR, "text");
        // Mail history: name → Xxxx · email, phone, subject, text, replies, internalComment cleared.
        // Kept: document type and reference, sent time.
        table("support_mail", TableKind.TRANSACTION, false)
                .kept("id", "customer_id", "document_type", "document_id", "sent_at")
                .with(PLACEHOLDER, "name")
                .with(CLEAR, "email", "phone", "subject", "text", "replies", "internal_comment");

        // ---- Section 4 "Sales" and section 5 "Quote and order", "Delivery", "Dropship order", "Purchase"
        // quote | cleared: customerReference; in both addresses name, attention, address, postalCode, city
        //       | kept: region, country, publishedComment, terms, internalComment, lines, amounts
        table("sales_quote", TableKind.TRANSACTION, false)
                .kept("id", "customer_id", "total", "created_at")
                .with(CLEAR, "customer_reference")
                .with(CLEAR, documentAddress("invoice"))
                .with(CLEAR, documentAddress("delivery"))
                .with(REVIEW, "invoice_region", "invoice_country", "delivery_region", "delivery_country",
                        "published_comment", "terms", "internal_comment");
        lines("sales_quote_line", "quote_id");
        // order | cleared: customerReference, customerOrderReference, notificationMobile; both addresses
        //       | kept: region, country, publishedComment, terms, internalComment, lines, status
        table("sales_order", TableKind.TRANSACTION, false)
                .kept("id", "customer_id", "invoice_id", "order_number", "delivered", "invoiced", "total", "created_at")
                .with(CLEAR, "customer_reference", "customer_order_reference", "notification_mobile")
                .with(CLEAR, documentAddress("invoice"))
                .with(CLEAR, documentAddress("delivery"))
                .with(REVIEW, "invoice_region", "invoice_country", "delivery_region", "delivery_country",
                        "published_comment", "terms", "internal_comment");
        lines("sales_order_line", "order_id");
        // delivery | cleared: customerReference, notificationMobile; both addresses
        //          | kept: region, country, publishedComment, internalComment
        table("sales_delivery", TableKind.TRANSACTION, false)
                .kept("id", "order_id", "customer_id", "delivered_at")
                .with(CLEAR, "customer_reference", "notification_mobile")
                .with(CLEAR, documentAddress("invoice"))
                .with(CLEAR, documentAddress("delivery"))
                .with(REVIEW, "invoice_region", "invoice_country", "delivery_region", "delivery_country",
                        "published_comment", "internal_comment");
        // commercial invoice | customer → Xxxx; cleared: name, address, postalCode, city,
        //   recipientOrganizationNumber, recipientVatNumber, recipientName, recipientEmail, recipientPhone | kept: country
        table("sales_commercial_invoice", TableKind.TRANSACTION, false)
                .kept("id", "delivery_id", "customer_id", "country", "created_at")
                .with(PLACEHOLDER, "customer")
                .with(CLEAR, "name", "address", "postal_code", "city", "recipient_organization_number",
                        "recipient_vat_number", "recipient_name", "recipient_email", "recipient_phone");
        // dropship order | cleared: orderReference, phone, mobile, customerName; in both addresses attention,
        //   address, postalCode, city | kept: country (both addresses), internalComment
        table("sales_dropship_order", TableKind.TRANSACTION, false)
                .kept("id", "customer_id", "invoice_id", "invoiced", "total", "created_at")
                .with(CLEAR, "order_reference", "phone", "mobile", "customer_name")
                .with(CLEAR, "invoice_attention", "invoice_address", "invoice_postal_code", "invoice_city")
                .with(CLEAR, "delivery_attention", "delivery_address", "delivery_postal_code", "delivery_city")
                .with(REVIEW, "invoice_country", "delivery_country", "internal_comment");
        lines("sales_dropship_order_line", "dropship_order_id");
        // purchase linked to a dropship order | cleared: orderReference, phone, mobile, publishedComment,
        //   customerName; in the delivery address attention, address, postalCode, city
        //   | kept: country, terms, internalComment, supplier
        table("sales_dropship_purchase", TableKind.TRANSACTION, false)
                .kept("id", "dropship_order_id", "customer_id", "supplier_name", "created_at")
                .with(CLEAR, "order_reference", "phone", "mobile", "published_comment", "customer_name")
                .with(CLEAR, "delivery_attention", "delivery_address", "delivery_postal_code", "delivery_city")
                .with(REVIEW, "delivery_country", "terms", "internal_comment");
        // inbound delivery of such a purchase | nothing | kept: country, terms, internalComment
        table("sales_inbound_delivery", TableKind.TRANSACTION, false)
                .kept("id", "purchase_id", "customer_id", "received_at")
                .with(REVIEW, "country", "terms", "internal_comment");
        // contract | customerReference → Xxxx, recipient → Xxxx, email cleared | kept: dates, description
        // (the description is kept free text: listed for review like the free texts of section 5)
        table("sales_contract", TableKind.TRANSACTION, false)
                .kept("id", "customer_id", "start_date", "end_date", "created_at")
                .with(PLACEHOLDER, "customer_reference", "recipient")
                .with(CLEAR, "email")
                .with(REVIEW, "description");

        // ---- Section 4 "Accounting"
        // invoice: never changed, never deleted (the invoice keeps the customer's details as issued)
        table("accounting_invoice", TableKind.BOOKKEEPING, false)
                .kept("id", "customer_id", "order_id", "dropship_order_id")
                .with(BOOKKEEPING, "invoice_number", "bill_to_name", "bill_to_address", "bill_to_postal_code",
                        "bill_to_city", "bill_to_country", "bill_to_organization_number", "bill_to_vat_number",
                        "bill_to_email", "due_date", "issued_at", "total");
        table("accounting_invoice_line", TableKind.BOOKKEEPING, false)
                .kept("id", "invoice_id", "customer_id")
                .with(BOOKKEEPING, "line_no", "description", "quantity", "unit_price");
        // payment: never changed, never deleted (bookkeeping record)
        table("accounting_payment", TableKind.BOOKKEEPING, false)
                .kept("id", "invoice_id", "customer_id")
                .with(BOOKKEEPING, "amount", "paid_at", "recorded_at");
        // payment reminder: the customer information on it (recipientName, recipientAddress, recipientEmail)
        // is removed
        table("accounting_payment_reminder", TableKind.TRANSACTION, false)
                .kept("id", "invoice_id", "customer_id", "fee", "sent_at")
                .with(CLEAR, "recipient_name", "recipient_address", "recipient_email");
        // receipt: the receipt itself is never changed, never deleted; the customer information linked to it
        // (customer link, name, e-mail it was sent to) is removed
        table("accounting_receipt", TableKind.BOOKKEEPING, false)
                .kept("id")
                .with(BOOKKEEPING, "paid_at", "payment_method", "total", "issued_at");
        table("accounting_receipt_line", TableKind.BOOKKEEPING, false)
                .kept("id", "receipt_id")
                .with(BOOKKEEPING, "line_no", "description", "quantity", "unit_price");
        // "the customer information linked to it (customer link, name, e-mail it was sent to) is removed": the link
        // is emptied, and the emptied row stays so that the receipt is known to be restricted (section 8, ADR 0005)
        table("accounting_receipt_customer", TableKind.TRANSACTION, false)
                .kept("id", "receipt_id")
                .with(CLEAR, "customer_id", "customer_name", "customer_email");
        table("accounting_invoice_number_series", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("id", "next_number");

        // ---- The platform's tables (not in the spec): events between modules carry ids only; schema history
        table("event_publication", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("id", "listener_id", "event_type", "serialized_event", "publication_date", "completion_date",
                        "status", "completion_attempts", "last_resubmission_date");
        // ShedLock's lock of scheduled work (ADR 0008): a job's name, until when, since when, which host
        table("shedlock", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("name", "lock_until", "locked_at", "locked_by");
        // Spring Session JDBC (ADR 0012): an employee's page login, deleted at logout or 30 minutes after its last use
        table("spring_session", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("primary_id", "session_id", "creation_time", "last_access_time", "max_inactive_interval",
                        "expiry_time", "principal_name");
        table("spring_session_attributes", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("session_primary_id", "attribute_name", "attribute_bytes");
        table("databasechangelog", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("id", "author", "filename", "dateexecuted", "orderexecuted", "exectype", "md5sum",
                        "description", "comments", "tag", "liquibase", "contexts", "labels", "deployment_id");
        table("databasechangeloglock", TableKind.NOT_CUSTOMER_DATA, false)
                .kept("id", "locked", "lockgranted", "lockedby");
    }

    private ErasureSpec() {
    }

    /** Every table of the answer key, by lower-case name. */
    public static Map<String, Table> tables() {
        return java.util.Collections.unmodifiableMap(TABLES);
    }

    public static Optional<Table> table(String name) {
        return Optional.ofNullable(TABLES.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The spec's rule for a column; empty for a column the answer key does not know. */
    public static Optional<Expect> rule(String table, String column) {
        return table(table).flatMap(t -> t.column(column));
    }

    // ---- building the key

    private static Builder table(String name, TableKind kind, boolean rowsDeleted) {
        Map<String, Expect> columns = new LinkedHashMap<>();
        TABLES.put(name, new Table(name, kind, rowsDeleted, java.util.Collections.unmodifiableMap(columns)));
        return new Builder(name, columns);
    }

    /** Quote, order and delivery lines: "lines, amounts" kept; the line's text is free text (section 5). */
    private static void lines(String name, String owner) {
        table(name, TableKind.TRANSACTION, false)
                .kept("id", owner, "customer_id", "position", "quantity", "unit_price")
                .with(REVIEW, "description");
    }

    /** "in both addresses name, attention, address, postalCode, city" (region and country are kept). */
    private static String[] documentAddress(String prefix) {
        return new String[]{prefix + "_name", prefix + "_attention", prefix + "_address", prefix + "_postal_code",
                prefix + "_city"};
    }

    private record Builder(String table, Map<String, Expect> columns) {
        Builder kept(String... names) {
            return with(KEPT, names);
        }

        Builder with(Expect expect, String... names) {
            for (String name : names) {
                if (columns.put(name, expect) != null) {
                    throw new IllegalStateException(table + "." + name + " is in the answer key twice");
                }
            }
            return this;
        }
    }
}
