/**
 * CRM: the sales team's activities and events (calls, meetings, e-mails, tasks, events), each
 * optionally linked to a customer.
 * <p>
 * Owns the table {@code crm_activity}. Offers no API to other modules; it takes part in erasing a
 * customer through {@link se.glomska.crm.internal.CrmParticipant} (erasure-rules.md section 4, CRM).
 */
@org.springframework.modulith.ApplicationModule(displayName = "CRM")
package se.glomska.crm;
