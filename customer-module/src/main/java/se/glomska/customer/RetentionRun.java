package se.glomska.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A retention run (erasure-rules.md section 10, GDPR art. 5(1)(e)): the customers found inactive when it
 * started, erased batch by batch (or, dry, only decided), with its progress. The one read model of a run: the
 * API answers it and the page shows it. Its transitions refuse what cannot happen: a batch or an end after
 * the run ended, more customers done than it has.
 *
 * @param rate customers done per second so far (the last committed batch's time since the start)
 */
public record RetentionRun(Long id, Status status, boolean dryRun, int total, int done, int erased, int skipped,
                           Instant startedAt, Instant updatedAt, Instant finishedAt, Instant inactiveBefore,
                           String startedBy, double rate) {

    public enum Status { RUNNING, DONE, FAILED }

    public RetentionRun {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(inactiveBefore, "inactiveBefore");
        Objects.requireNonNull(startedBy, "startedBy");
        if (total < 0 || done < 0 || erased < 0 || skipped < 0 || done != erased + skipped || done > total) {
            throw new IllegalArgumentException("run " + id + ": done " + done + " = erased " + erased
                    + " + skipped " + skipped + " of " + total);
        }
        if ((status == Status.RUNNING) != (finishedAt == null)) {
            throw new IllegalArgumentException("run " + id + ": " + status + " with finishedAt " + finishedAt);
        }
        updatedAt = updatedAt == null ? startedAt : updatedAt;
        long micros = Duration.between(startedAt, updatedAt).toNanos() / 1000;
        rate = micros <= 0 ? 0 : done * 1_000_000.0 / micros;
    }

    /** A new run over {@code total} customers found inactive before {@code inactiveBefore}. */
    public static RetentionRun start(boolean dryRun, int total, Instant inactiveBefore, String startedBy,
                                     Instant at) {
        return new RetentionRun(null, Status.RUNNING, dryRun, total, 0, 0, 0, at, at, null, inactiveBefore,
                startedBy, 0);
    }

    /** The run as stored, with its id. */
    public RetentionRun withId(long newId) {
        return new RetentionRun(newId, status, dryRun, total, done, erased, skipped, startedAt, updatedAt,
                finishedAt, inactiveBefore, startedBy, 0);
    }

    /** A committed batch: {@code erasedNow} customers erased (or, dry, to be), {@code skippedNow} skipped. */
    public RetentionRun recordBatch(int erasedNow, int skippedNow, Instant at) {
        requireRunning("record a batch");
        if (erasedNow < 0 || skippedNow < 0 || done + erasedNow + skippedNow > total) {
            throw new IllegalStateException("Run " + id + " has " + (total - done) + " customers left, not "
                    + (erasedNow + skippedNow));
        }
        return new RetentionRun(id, status, dryRun, total, done + erasedNow + skippedNow, erased + erasedNow,
                skipped + skippedNow, startedAt, at, null, inactiveBefore, startedBy, 0);
    }

    /** Every batch is done. */
    public RetentionRun finish(Instant at) {
        requireRunning("finish");
        if (done != total) {
            throw new IllegalStateException("Run " + id + " has " + (total - done) + " customers left");
        }
        return new RetentionRun(id, Status.DONE, dryRun, total, done, erased, skipped, startedAt, at, at,
                inactiveBefore, startedBy, 0);
    }

    /** A batch failed for good (its changes rolled back); the committed batches stay. */
    public RetentionRun fail(Instant at) {
        requireRunning("fail");
        return new RetentionRun(id, Status.FAILED, dryRun, total, done, erased, skipped, startedAt, updatedAt, at,
                inactiveBefore, startedBy, 0);
    }

    public boolean running() {
        return status == Status.RUNNING;
    }

    private void requireRunning(String what) {
        if (status != Status.RUNNING) {
            throw new IllegalStateException("Run " + id + " is " + status + ": cannot " + what);
        }
    }
}
