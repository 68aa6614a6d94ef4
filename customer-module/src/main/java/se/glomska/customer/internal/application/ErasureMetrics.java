package se.glomska.customer.internal.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import se.glomska.customer.ErasureAction;

import java.util.function.Supplier;

/**
 * Erasures by action and outcome, with their duration: the timer {@code glomska.erasures} tagged
 * {@code action} (DELETE, ANONYMIZE) and {@code outcome} (performed, refused, failed).
 */
@Component
public class ErasureMetrics {

    private final MeterRegistry registry;

    ErasureMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public <T> T record(ErasureAction action, Supplier<T> erasure) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            T result = erasure.get();
            outcome = "performed";
            return result;
        } catch (ErrorResponseException refused) {
            outcome = refused.getStatusCode().is4xxClientError() ? "refused" : "failed";
            throw refused;
        } finally {
            sample.stop(Timer.builder("glomska.erasures")
                    .description("Customer erasures by action and outcome")
                    .tag("action", action.name())
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }
}
