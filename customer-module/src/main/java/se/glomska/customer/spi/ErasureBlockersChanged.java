package se.glomska.customer.spi;

import se.glomska.customer.CustomerId;

/**
 * Something that can block a customer's erasure changed in a module (erasure-rules.md section 3): an order was
 * delivered or invoiced, a dropship order delivered or invoiced, an invoice paid, a contract ended. Every
 * participant publishes it, inside the transaction that made the change, with Spring's
 * {@code ApplicationEventPublisher}; the customer module's erasure requests listen to it through the event
 * publication registry and carry out an approved erasure once nothing blocks it any more (they re-check every
 * blocker under the customer's lock, so an event too many costs a check, never a wrong erasure).
 * <p>
 * One event type for every module: the customer module need not know which modules can block, as it need not
 * know them for the erasure itself ({@link AnonymizationParticipant}). Ids only.
 *
 * @param customerId the customer whose blockers may have changed
 * @param module     the publishing module, e.g. {@code "accounting"}
 * @param cause      what changed, e.g. {@code "INVOICE_PAID"}, {@code "ORDER_DELIVERED"}, {@code "CONTRACT_ENDED"}
 * @param recordId   the record that changed (invoice, order, contract id)
 */
public record ErasureBlockersChanged(CustomerId customerId, String module, String cause, long recordId) {
}
