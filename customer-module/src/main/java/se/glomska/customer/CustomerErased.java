package se.glomska.customer;

import org.springframework.modulith.events.Externalized;

import java.time.Instant;

/**
 * A customer was erased: deleted ({@code DELETE}) or anonymized ({@code ANONYMIZE}). Published inside the
 * erasure's transaction, through Spring Modulith's event publication registry, after every erasure however it
 * was started (by hand, by an erasure request), so an in-process module that keeps a copy of
 * customer data (a cache, a search index, an integration) can erase its copy too (GDPR art. 19), and a crash
 * right after the erasure loses no notification. A retention batch publishes its erasures together, as one
 * {@link CustomersErased} holding one of these per customer: listen to both. Ids only: the customer id, the action, when and who (a user
 * account name or a system actor such as {@code retention}); never personal data of the customer.
 *
 * <p>
 * Externalized, when {@code spring.rabbitmq.host} is set, to the RabbitMQ topic exchange {@code glomska.customer} with
 * the routing key {@code customer.erased}, as JSON.
 *
 * @param customerId the erased customer's id
 * @param action     {@code DELETE} or {@code ANONYMIZE}
 * @param erasedAt   when the erasure committed (the erasure log's time)
 * @param actor      who erased: the user account, or the system on its behalf
 */
@Externalized("glomska.customer::customer.erased")
public record CustomerErased(long customerId, String action, Instant erasedAt, String actor) {
}
