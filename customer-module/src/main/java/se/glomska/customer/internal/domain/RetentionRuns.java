package se.glomska.customer.internal.domain;

import se.glomska.customer.RetentionRun;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Retention runs and their customers: a run's candidates are fixed when it starts, numbered into batches,
 * and each customer's outcome is stored with its batch's commit, so that a run resumes after a crash from the
 * first batch without outcomes.
 */
public interface RetentionRuns {

    /**
     * Stores {@code run} with every customer not anonymized and inactive before its horizon, oldest first, in
     * batches of {@code batchSize}; answers the run with its id and total.
     */
    RetentionRun create(RetentionRun run, int batchSize);

    /** Stores the run's progress or end; refused (IllegalStateException) when the stored run has ended. */
    void save(RetentionRun run);

    Optional<RetentionRun> find(long id);

    List<RetentionRun> newestFirst(long offset, int limit);

    long count();

    /** The oldest run still RUNNING (one whose instance stopped or died), if any. */
    Optional<RetentionRun> unfinished();

    /** The first batch of the run whose customers have no outcome yet. */
    Optional<Batch> nextBatch(long runId);

    void recordOutcomes(long runId, List<Outcome> outcomes);

    /** The outcomes of a run's customers, in customer id order (for the page and the tests). */
    List<Outcome> outcomes(long runId);

    record Batch(int number, List<Long> customerIds) {
    }

    /** {@code outcome}: DELETE, ANONYMIZE or SKIPPED; {@code reason} why skipped (codes and ids only). */
    record Outcome(long customerId, String outcome, String reason) {
    }

    /** The horizon of a run starting {@code at}. */
    static Instant horizon(Instant at, java.time.Period inactiveAfter) {
        return at.atZone(java.time.ZoneId.of("Europe/Stockholm")).minus(inactiveAfter).toInstant();
    }
}
