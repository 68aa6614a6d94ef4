package se.glomska.customer.internal.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.glomska.customer.internal.domain.Customer;
import se.glomska.customer.internal.domain.Customers;
import se.glomska.customer.ErasureAction;
import se.glomska.customer.internal.domain.ErasureLog;
import se.glomska.customer.ErasureLogEntry;
import se.glomska.customer.internal.domain.JournalEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * After a database restore: erases again every journalled erasure that the restored erasure log does not hold
 * (those are the erasures newer than the backup), oldest first, each with its journalled time and actor, so that
 * the erasure log is whole again (docs/residual-copies.md, "After a restore"). Idempotent:
 * <ul>
 *     <li>an erasure the log holds is left alone ({@link Result#IN_LOG});</li>
 *     <li>a customer still there is erased again as journalled ({@link Result#ERASED_AGAIN});</li>
 *     <li>a customer already anonymized is left as it is ({@link Result#ALREADY_ANONYMIZED}), and a customer that
 *     is not there stays deleted ({@link Result#STAYS_DELETED}); either way the log gets the journalled entry;</li>
 *     <li>a customer whose erasure the restored state refuses (a blocker, or another action offered now) is left
 *     and reported ({@link Result#BLOCKED}) for the data protection officer to decide.</li>
 * </ul>
 * Reports ids only.
 */
@Service
public class ReplayErasures {

    private static final Logger log = LoggerFactory.getLogger(ReplayErasures.class);

    /** What the replay did with one journalled erasure. */
    public enum Result { IN_LOG, ERASED_AGAIN, ALREADY_ANONYMIZED, STAYS_DELETED, BLOCKED }

    /** One journalled erasure and what became of it; {@code detail} names ids and counts only. */
    public record Replayed(JournalEntry entry, Result result, String detail) {
    }

    private final EraseCustomer eraseCustomer;
    private final Customers customers;
    private final ErasureLog erasureLog;

    ReplayErasures(EraseCustomer eraseCustomer, Customers customers, ErasureLog erasureLog) {
        this.eraseCustomer = eraseCustomer;
        this.customers = customers;
        this.erasureLog = erasureLog;
    }

    public List<Replayed> replay(List<JournalEntry> journal) {
        Map<String, JournalEntry> distinct = new LinkedHashMap<>();
        journal.stream().sorted(Comparator.comparing(JournalEntry::erasedAt))
                .forEach(e -> distinct.putIfAbsent(e.customerId() + "|" + e.action() + "|" + e.erasedAt(), e));
        List<Replayed> replayed = new ArrayList<>();
        for (JournalEntry entry : distinct.values()) {
            Replayed r = replay(entry);
            replayed.add(r);
            if (r.result() == Result.BLOCKED) {
                log.warn("Journalled erasure of customer {} ({} at {}) not carried out again: {}", entry.customerId(),
                        entry.action(), entry.erasedAt(), r.detail());
            } else if (r.result() != Result.IN_LOG) {
                log.info("Journalled erasure of customer {} ({} at {}): {}", entry.customerId(), entry.action(),
                        entry.erasedAt(), r.result());
            }
        }
        Map<Result, Long> counts = new LinkedHashMap<>();
        for (Result result : Result.values()) {
            counts.put(result, replayed.stream().filter(r -> r.result() == result).count());
        }
        log.info("Erasure journal replayed: {} erasures; {}", replayed.size(), counts);
        return replayed;
    }

    private Replayed replay(JournalEntry entry) {
        if (erasureLog.contains(entry.customerId(), entry.action(), entry.erasedAt())) {
            return new Replayed(entry, Result.IN_LOG, null);
        }
        Optional<Customer> customer = customers.find(entry.customerId());
        if (customer.isEmpty() || (customer.get().anonymized() && entry.action() == ErasureAction.ANONYMIZE)) {
            erasureLog.append(new ErasureLogEntry(null, entry.customerId(), entry.action(), entry.actor(),
                    entry.erasedAt(), List.of()));
            return new Replayed(entry, customer.isEmpty() ? Result.STAYS_DELETED : Result.ALREADY_ANONYMIZED, null);
        }
        try {
            eraseCustomer.perform(entry.customerId(), entry.action(), entry.actor(), false, entry.erasedAt());
            return new Replayed(entry, Result.ERASED_AGAIN, null);
        } catch (ErasureConflictException refused) {
            return new Replayed(entry, Result.BLOCKED, refused.getBody().getDetail());
        }
    }
}
