package se.glomska.customer.internal.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import se.glomska.customer.internal.domain.ErasureRequests;

import java.time.Duration;
import java.util.function.ToDoubleFunction;

/**
 * Gauges of the erasure request register: {@code glomska.erasure.requests} tagged {@code state} = {@code open}
 * (received or waiting), {@code waiting} (approved, blocked) and {@code overdue} (open past the deadline). Read
 * from the database (one indexed count for the three), at most once a second however often they are scraped.
 */
@Component
class ErasureRequestMetrics {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final RegisterErasureRequests register;
    private volatile ErasureRequests.Counts counts;
    private volatile long readAt;

    ErasureRequestMetrics(RegisterErasureRequests register, MeterRegistry registry) {
        this.register = register;
        gauge(registry, "open", ErasureRequests.Counts::open);
        gauge(registry, "waiting", ErasureRequests.Counts::waiting);
        gauge(registry, "overdue", ErasureRequests.Counts::overdue);
    }

    private void gauge(MeterRegistry registry, String state, ToDoubleFunction<ErasureRequests.Counts> value) {
        Gauge.builder("glomska.erasure.requests", this, m -> {
            ErasureRequests.Counts c = m.counts();
            return c == null ? Double.NaN : value.applyAsDouble(c);
        })
                .description("Erasure requests by state: open, waiting for blockers, overdue")
                .tag("state", state)
                .register(registry);
    }

    private ErasureRequests.Counts counts() {
        long now = System.nanoTime();
        ErasureRequests.Counts current = counts;
        if (current == null || now - readAt > FRESH.toNanos()) {
            try {
                current = register.counts();
                counts = current;
                readAt = now;
            } catch (RuntimeException databaseDown) {
                return null; // unknown while the database is unreachable: NaN, not a stale figure
            }
        }
        return current;
    }
}
