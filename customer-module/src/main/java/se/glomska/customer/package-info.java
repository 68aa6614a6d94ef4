/**
 * The customer register: customers and prospects (persons and companies), their addresses, contact
 * information, branches, credit reports with their PDF files, documents and properties, and the
 * erasure of a customer (GDPR art. 17), which this module orchestrates across every module through
 * the {@link se.glomska.customer.spi.AnonymizationParticipant} port without depending on any of them.
 * <p>
 * Owns the tables {@code customer}, {@code customer_branch}, {@code credit_report},
 * {@code credit_report_file}, {@code customer_document}, {@code customer_property} and
 * {@code erasure_log} and {@code restricted_access} (who read restricted bookkeeping records). Its API for
 * other modules is {@link se.glomska.customer.CustomerDirectory} (list filters and how a record shows its
 * customer) and {@link se.glomska.customer.RestrictedRecords} (the access record).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer register")
package se.glomska.customer;
