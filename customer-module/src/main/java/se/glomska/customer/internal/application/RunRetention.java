package se.glomska.customer.internal.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.glomska.customer.RetentionRun;
import se.glomska.customer.internal.domain.RetentionRuns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Carries out retention runs (erasure-rules.md section 10), one at a time across every instance: a run holds
 * ShedLock's lock {@code retention-run} in the shared {@code shedlock} table from its start to its end, kept
 * alive while it goes on, so a second start anywhere finds it taken (409), and an instance that dies leaves it
 * to expire after {@code glomska.retention.lock-at-most-for}. A run works in batches, each one transaction
 * ({@link EraseCustomer#performBatch}); the outcomes commit with the batch, so a run that stopped (a crash, a
 * shutdown) is resumed from its first batch without outcomes by whichever instance next takes the lock.
 * Progress as Micrometer meters: gauges {@code glomska.retention.run.total/done/erased/skipped/rate} of this
 * instance's latest run, the counter {@code glomska.retention.customers} (tag {@code outcome}) and the timer
 * {@code glomska.retention.batches}.
 */
@Service
public class RunRetention implements DisposableBean {

    /** The erasure log's actor of every erasure a run makes. */
    public static final String ACTOR = "retention";

    static final String LOCK = "retention-run";

    private static final Logger log = LoggerFactory.getLogger(RunRetention.class);
    private static final int ATTEMPTS = 3;

    private final RetentionRuns runs;
    private final EraseCustomer erase;
    private final RetentionSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final LockProvider locks;
    private final ScheduledExecutorService keepAlive;
    private final ExecutorService worker;
    private final MeterRegistry registry;
    private final AtomicReference<RetentionRun> latest = new AtomicReference<>();
    private final Timer batches;
    private volatile boolean stopping;

    RunRetention(RetentionRuns runs, EraseCustomer erase, RetentionSettings settings, Clock clock,
                 PlatformTransactionManager transactions, LockProvider lockProvider, MeterRegistry registry) {
        this.runs = runs;
        this.erase = erase;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.keepAlive = Executors.newSingleThreadScheduledExecutor(daemon("retention-lock"));
        this.locks = lockProvider instanceof ExtensibleLockProvider extensible
                ? new KeepAliveLockProvider(extensible, keepAlive) : lockProvider;
        this.worker = Executors.newSingleThreadExecutor(daemon("retention-run"));
        this.registry = registry;
        this.batches = Timer.builder("glomska.retention.batches").description("Retention batches, each one transaction")
                .register(registry);
        gauge("total", RetentionRun::total);
        gauge("done", RetentionRun::done);
        gauge("erased", RetentionRun::erased);
        gauge("skipped", RetentionRun::skipped);
        gauge("rate", RetentionRun::rate);
    }

    /** The horizon now: customers with no record since are candidates. */
    public Instant inactiveBefore() {
        if (!settings.configured()) {
            throw RetentionConflictException.off();
        }
        return RetentionRuns.horizon(clock.instant(), settings.inactiveAfter()).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Starts a run over the customers inactive now and answers it (RUNNING); its batches go on in the
     * background. 409 while a run goes on anywhere, also one that an instance left unfinished, which is then
     * resumed here.
     */
    public RetentionRun start(boolean dryRun, String startedBy) {
        Instant before = inactiveBefore();
        SimpleLock lock = lock().orElseThrow(() -> RetentionConflictException.running(
                runs.unfinished().map(RetentionRun::id).orElse(null)));
        boolean handedOver = false;
        try {
            Optional<RetentionRun> unfinished = runs.unfinished();
            if (unfinished.isPresent()) {
                submit(unfinished.get(), lock);
                handedOver = true;
                throw RetentionConflictException.running(unfinished.get().id());
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            RetentionRun run = transaction.execute(status -> runs.create(
                    RetentionRun.start(dryRun, 0, before, startedBy, now), settings.batchSize()));
            log.info("Retention run {} started by {}: {} customers inactive, dry run {}", run.id(), startedBy,
                    run.total(), dryRun);
            latest.set(run);
            submit(run, lock);
            handedOver = true;
            return run;
        } finally {
            if (!handedOver) {
                lock.unlock();
            }
        }
    }

    /** Resumes a run that an instance left unfinished, unless a run goes on somewhere. Answers whether it did. */
    public boolean resumeUnfinished() {
        if (runs.unfinished().isEmpty()) {
            return false;
        }
        Optional<SimpleLock> lock = lock();
        if (lock.isEmpty()) {
            return false;
        }
        Optional<RetentionRun> unfinished = runs.unfinished();
        if (unfinished.isEmpty()) {
            lock.get().unlock();
            return false;
        }
        log.info("Retention run {} resumed at {} of {}", unfinished.get().id(), unfinished.get().done(),
                unfinished.get().total());
        submit(unfinished.get(), lock.get());
        return true;
    }

    private Optional<SimpleLock> lock() {
        return locks.lock(new LockConfiguration(ClockProvider.now(), LOCK, settings.lockAtMostFor(), Duration.ZERO));
    }

    private void submit(RetentionRun run, SimpleLock lock) {
        try {
            worker.execute(() -> {
                try {
                    execute(run);
                } catch (RuntimeException e) {
                    log.error("Retention run {} stopped: {}", run.id(), e.getClass().getSimpleName());
                } finally {
                    lock.unlock();
                }
            });
        } catch (RuntimeException rejected) {
            lock.unlock();
            throw rejected;
        }
    }

    /** Runs the batches without outcomes, one transaction each, then ends the run. */
    RetentionRun execute(RetentionRun start) {
        RetentionRun run = start;
        latest.set(run);
        while (!stopping) {
            Optional<RetentionRuns.Batch> batch = runs.nextBatch(run.id());
            if (batch.isEmpty()) {
                RetentionRun done = run.finish(now());
                transaction.executeWithoutResult(status -> runs.save(done));
                latest.set(done);
                log.info("Retention run {} done: {} erased, {} skipped", done.id(), done.erased(), done.skipped());
                return done;
            }
            try {
                run = batch(run, batch.get());
            } catch (RuntimeException e) {
                RetentionRun failed = run.fail(now());
                transaction.executeWithoutResult(status -> runs.save(failed));
                latest.set(failed);
                log.error("Retention run {} failed in batch {}: {}", run.id(), batch.get().number(),
                        e.getClass().getSimpleName());
                return failed;
            }
            latest.set(run);
        }
        log.info("Retention run {} paused at {} of {}: the application stops", run.id(), run.done(), run.total());
        return run;
    }

    /** One batch, all or nothing, tried again after a deadlock or lock wait timeout. */
    private RetentionRun batch(RetentionRun run, RetentionRuns.Batch batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return batches.record(() -> transaction.execute(status -> {
                    List<EraseCustomer.BatchOutcome> outcomes = erase.performBatch(batch.customerIds(),
                            run.inactiveBefore(), ACTOR, run.dryRun());
                    runs.recordOutcomes(run.id(), outcomes.stream().map(o -> new RetentionRuns.Outcome(
                            o.customerId(), o.erased() ? o.action().name() : "SKIPPED", o.skippedBecause())).toList());
                    int erased = (int) outcomes.stream().filter(EraseCustomer.BatchOutcome::erased).count();
                    RetentionRun next = run.recordBatch(erased, outcomes.size() - erased, now());
                    runs.save(next);
                    count("erased", run.dryRun(), erased);
                    count("skipped", run.dryRun(), outcomes.size() - erased);
                    return next;
                }));
            } catch (TransientDataAccessException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.warn("Retention run {} batch {} rolled back ({}), attempt {} of {}", run.id(), batch.number(),
                        e.getClass().getSimpleName(), attempt + 1, ATTEMPTS);
                // A pause that grows and differs per instance, so that the new records the batch collided with (on
                // a cluster: a certification conflict with another node) commit before the batch locks again
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(50, 250) * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void count(String outcome, boolean dryRun, int n) {
        Counter.builder("glomska.retention.customers").description("Customers a retention run erased or skipped")
                .tag("outcome", outcome).tag("dryRun", String.valueOf(dryRun)).register(registry).increment(n);
    }

    private void gauge(String name, java.util.function.ToDoubleFunction<RetentionRun> value) {
        Gauge.builder("glomska.retention.run." + name, latest, r -> r.get() == null ? 0 : value.applyAsDouble(r.get()))
                .description("The latest retention run of this instance: " + name)
                .register(registry);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether a run is going on on this instance (tests). */
    public boolean busyHere() {
        RetentionRun run = latest.get();
        return run != null && run.running();
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        worker.shutdown();
        worker.awaitTermination(30, TimeUnit.SECONDS);
        keepAlive.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
