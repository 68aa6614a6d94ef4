package se.glomska.customer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.internal.application.EraseCustomer;
import se.glomska.customer.internal.application.RunRetention;
import se.glomska.customer.internal.application.UnknownRetentionRunException;
import se.glomska.customer.internal.domain.PersonalData;
import se.glomska.customer.internal.domain.RetentionRuns;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Retention (GDPR art. 5(1)(e), erasure-rules.md section 10), for the API and the page: the customers with no
 * record since the horizon ({@code glomska.retention.inactive-after}) and what a run would do with each, and
 * the runs, started here or by the schedule. Needs the role DATA_PROTECTION (the security configuration).
 */
@Service
public class Retention {

    private final RunRetention runner;
    private final RetentionRuns runs;
    private final PersonalData personalData;
    private final EraseCustomer erase;
    private final CustomerDirectory directory;

    Retention(RunRetention runner, RetentionRuns runs, PersonalData personalData, EraseCustomer erase,
              CustomerDirectory directory) {
        this.runner = runner;
        this.runs = runs;
        this.personalData = personalData;
        this.erase = erase;
        this.directory = directory;
    }

    /** One page of candidates, oldest activity first, with the horizon they were found by. */
    public record CandidatePage(List<RetentionCandidate> items, int page, int size, long total,
                                Instant inactiveBefore) {
    }

    /**
     * The candidates now: each decided as a run would (the same rules as an erasure by hand, without locks).
     * 409 when retention is not configured.
     */
    @Transactional(readOnly = true)
    public CandidatePage candidates(int page, int size) {
        Instant before = runner.inactiveBefore();
        List<PersonalData.Inactive> inactive = personalData.inactiveSince(before, (long) page * size, size);
        List<Long> ids = inactive.stream().map(PersonalData.Inactive::customerId).toList();
        Map<Long, EraseCustomer.BatchOutcome> outcomes = erase.performBatch(ids, before, RunRetention.ACTOR, true)
                .stream().collect(Collectors.toMap(EraseCustomer.BatchOutcome::customerId, Function.identity()));
        Map<Long, CustomerRef> refs = directory.refs(ids);
        List<RetentionCandidate> items = inactive.stream().map(i -> {
            EraseCustomer.BatchOutcome o = outcomes.get(i.customerId());
            return new RetentionCandidate(i.customerId(), refs.get(i.customerId()), i.lastActivityAt(),
                    o.action() == null ? null : o.action().name(), o.erased(), o.blockers());
        }).toList();
        return new CandidatePage(items, page, size, personalData.countInactiveSince(before), before);
    }

    /** Starts a run (202); 409 while one goes on anywhere or when retention is not configured. */
    public RetentionRun start(boolean dryRun, String startedBy) {
        return runner.start(dryRun, startedBy);
    }

    @Transactional(readOnly = true)
    public RetentionRun run(long id) {
        return runs.find(id).orElseThrow(() -> new UnknownRetentionRunException(id));
    }

    /** One page of runs, newest first. */
    @Transactional(readOnly = true)
    public Page<RetentionRun> runs(int page, int size) {
        return new Page<>(runs.newestFirst((long) page * size, size), page, size, runs.count());
    }

    /** Whether a horizon is configured (the page says so instead of listing). */
    public boolean configured() {
        try {
            runner.inactiveBefore();
            return true;
        } catch (RuntimeException off) {
            return false;
        }
    }
}
