package se.glomska.customer.internal.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Period;

/**
 * Retention (erasure-rules.md section 10), configured under {@code glomska.retention}: off until
 * {@code inactive-after} (an ISO period such as {@code P3Y}) is set; the schedule runs only when
 * {@code enabled}, at {@code schedule} (cron, Europe/Stockholm), proposing (a dry run) or erasing.
 *
 * @param batchSize     customers per batch (one transaction, one statement per table), 1 to 5,000
 * @param lockAtMostFor how long the run's lock outlives an instance that died holding it (kept alive while the
 *                      run goes on); at least 30 seconds
 */
@ConfigurationProperties("glomska.retention")
public record RetentionSettings(Period inactiveAfter, @DefaultValue("false") boolean enabled,
                               @DefaultValue("-") String schedule, @DefaultValue("PROPOSE") Action action,
                               @DefaultValue("500") int batchSize, @DefaultValue("PT1M") Duration lockAtMostFor) {

    /** What the scheduled run does: PROPOSE decides and records (a dry run), ERASE erases. */
    public enum Action { PROPOSE, ERASE }

    public RetentionSettings {
        if (batchSize < 1 || batchSize > 5000) {
            throw new IllegalArgumentException("glomska.retention.batch-size must be between 1 and 5000");
        }
        if (inactiveAfter != null && (inactiveAfter.isNegative() || inactiveAfter.isZero())) {
            throw new IllegalArgumentException("glomska.retention.inactive-after must be a positive period");
        }
        if (lockAtMostFor.compareTo(Duration.ofSeconds(30)) < 0) {
            throw new IllegalArgumentException("glomska.retention.lock-at-most-for must be at least PT30S");
        }
    }

    public boolean configured() {
        return inactiveAfter != null;
    }
}
