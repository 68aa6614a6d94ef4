/**
 * Support: customer support cases with their posted replies, and the mail history (the e-mails the
 * system sent to a customer with quotes, orders, invoices and documents).
 * <p>
 * Owns the tables {@code support_case}, {@code support_case_reply} and {@code support_mail}. Offers no
 * API to other modules; it takes part in erasing a customer through
 * {@link se.glomska.support.internal.SupportParticipant} (erasure-rules.md section 4, Support).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package se.glomska.support;
