package se.glomska.customer;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run's transitions: batches add up, a run ends once, nothing happens to an ended run. */
class RetentionRunTest {

    private static final Instant T0 = Instant.parse("2026-11-29T02:30:00Z");

    private final RetentionRun started = RetentionRun.start(false, 5, T0.minusSeconds(86_400L * 1096), "schedule", T0)
            .withId(7);

    @Test
    void batchesAddUpAndTheRateIsCustomersPerSecondSoFar() {
        RetentionRun run = started.recordBatch(2, 1, T0.plusSeconds(2)).recordBatch(2, 0, T0.plusSeconds(4));
        assertThat(run.done()).isEqualTo(5);
        assertThat(run.erased()).isEqualTo(4);
        assertThat(run.skipped()).isEqualTo(1);
        assertThat(run.rate()).isEqualTo(1.25);
        assertThat(run.finish(T0.plusSeconds(5)).status()).isEqualTo(RetentionRun.Status.DONE);
    }

    @Test
    void aRunRefusesToFinishTwiceOrToTakeABatchAfterItsEnd() {
        RetentionRun done = started.recordBatch(5, 0, T0.plusSeconds(1)).finish(T0.plusSeconds(1));
        assertThatThrownBy(() -> done.finish(T0.plusSeconds(2))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DONE");
        assertThatThrownBy(() -> done.recordBatch(0, 0, T0.plusSeconds(2))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> done.fail(T0.plusSeconds(2))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRunRefusesMoreCustomersThanItHasAndAnEndBeforeTheLastBatch() {
        assertThatThrownBy(() -> started.recordBatch(4, 2, T0.plusSeconds(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> started.recordBatch(1, 0, T0).finish(T0)).isInstanceOf(IllegalStateException.class);
        RetentionRun failed = started.recordBatch(1, 0, T0.plusSeconds(1)).fail(T0.plusSeconds(2));
        assertThat(failed.status()).isEqualTo(RetentionRun.Status.FAILED);
        assertThat(failed.done()).as("the committed batches stay").isEqualTo(1);
    }
}
