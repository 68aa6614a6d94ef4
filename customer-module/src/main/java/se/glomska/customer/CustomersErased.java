package se.glomska.customer;

import java.util.List;

/**
 * The customers a retention batch erased, together: one event for up to a batch's worth (500 by default) of
 * erasures, each as the {@link CustomerErased} a single erasure publishes. Published inside the batch's transaction
 * through Spring Modulith's event publication registry, like {@link CustomerErased}: the registry stores one row per
 * event and listener and completes it after the listener ran, so a batch of 500 erasures costs one row per listener
 * instead of 500 (docs/benchmarks.md, case 7; ADR 0013). A module that keeps a copy of customer data listens to both
 * events.
 *
 * <p>
 * Externalized, when {@code spring.rabbitmq.host} is set, as one message per erasure, exactly as
 * {@link CustomerErased}: a consumer of the exchange cannot tell a batch's erasures from single ones.
 *
 * @param erasures the batch's erasures, in customer id order
 */
public record CustomersErased(List<CustomerErased> erasures) {

    public CustomersErased {
        erasures = List.copyOf(erasures);
    }
}
