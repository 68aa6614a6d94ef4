package se.glomska.customer.internal.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.UnknownCustomerException;
import se.glomska.customer.internal.CustomerParticipant;
import se.glomska.customer.internal.domain.Change;
import se.glomska.customer.internal.domain.Customer;
import se.glomska.customer.internal.domain.Customers;
import se.glomska.customer.internal.domain.ErasureAction;
import se.glomska.customer.internal.domain.ErasureDecision;
import se.glomska.customer.internal.domain.ErasureLog;
import se.glomska.customer.internal.domain.ErasureLogEntry;
import se.glomska.customer.internal.domain.ErasureResult;
import se.glomska.customer.internal.domain.Footprint;
import se.glomska.customer.internal.domain.ManualReviewItem;
import se.glomska.customer.internal.domain.PersonalData;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.Blocker;
import se.glomska.customer.spi.PersonalDataTable;
import se.glomska.customer.spi.PersonalDataTable.Kind;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Erases a customer (GDPR art. 17) across every module in one transaction: decides DELETE, ANONYMIZE
 * or NONE from what every {@link AnonymizationParticipant} holds, refuses what is blocked, carries
 * out every module's declaration and writes the erasure log, all or nothing.
 */
@Service
public class EraseCustomer {

    private static final Logger log = LoggerFactory.getLogger(EraseCustomer.class);

    private final Customers customers;
    private final List<AnonymizationParticipant> participants;
    private final Map<AnonymizationParticipant, List<PersonalDataTable>> tables;
    private final PersonalData personalData;
    private final ErasureLog erasureLog;
    private final Clock clock;

    EraseCustomer(Customers customers, List<AnonymizationParticipant> participants, PersonalData personalData,
                  ErasureLog erasureLog, Clock clock) {
        this.customers = customers;
        // The register's own records go last, so that a deletion removes the customer row after its sub-records.
        this.participants = participants.stream()
                .sorted(Comparator.comparing(p -> p instanceof CustomerParticipant))
                .toList();
        // The declarations are constants: read once, not rebuilt for every erasure.
        this.tables = new IdentityHashMap<>();
        this.participants.forEach(p -> tables.put(p, List.copyOf(p.tables())));
        this.personalData = personalData;
        this.erasureLog = erasureLog;
        this.clock = clock;
    }

    /**
     * At most this many manual-review items in a decision, unless more are asked for; the decision
     * always gives the total. A customer with years of history has tens of thousands of them, which
     * nobody reads in one list, and listing 1,000 made the decision of such a customer miss its 50 ms.
     */
    public static final int MANUAL_REVIEW_LIMIT = 100;

    /** The most manual-review items one decision lists (the whole list of any real customer). */
    public static final int MANUAL_REVIEW_MAX = 1_000_000;

    /** What the system offers for the customer now, and why, with the first manual-review items. */
    @Transactional(readOnly = true)
    public ErasureDecision decide(long customerId) {
        return decide(customerId, MANUAL_REVIEW_LIMIT);
    }

    /** What the system offers for the customer now, and why, with at most {@code manualReviewLimit} review items. */
    @Transactional(readOnly = true)
    public ErasureDecision decide(long customerId, int manualReviewLimit) {
        Customer customer = customers.find(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        return inspect(customer, true, manualReviewLimit).decision();
    }

    /**
     * Carries out {@code requested} if it is still what the system offers and nothing blocks it.
     * The customer row is locked first and everything is checked again under the lock, so records
     * created meanwhile either are seen here or are refused afterwards. Under the lock, which tables
     * hold rows of the customer is final (a new record waits for the lock), so the tables without
     * any are left alone.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ErasureResult perform(long customerId, ErasureAction requested, String actor) {
        Customer customer = customers.lock(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        Inspection inspection = inspect(customer, false, 0);
        ErasureDecision decision = inspection.decision();
        decision.refusal(requested).ifPresent(reason -> {
            throw new ErasureConflictException(reason, decision);
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Change> changes = requested == ErasureAction.DELETE
                ? delete(customerId, inspection)
                : anonymize(customerId, now, inspection);
        erasureLog.append(new ErasureLogEntry(null, customerId, requested, actor, now, changes));
        log.info("Customer {} erased: {}, {} record types changed", customerId, requested, changes.size());
        return new ErasureResult(customerId, requested, now, changes);
    }

    /** The decision, and the tables that hold rows of the customer (by table name). */
    private record Inspection(ErasureDecision decision, Set<String> tablesWithRows) {
        boolean holdsRows(PersonalDataTable table) {
            return tablesWithRows.contains(table.table());
        }
    }

    /**
     * Looks at every module's tables in one statement and asks every module that holds rows of the
     * customer for its blockers (a blocker is a record, so a module without rows has none). For a
     * decision shown to a person ({@code review}) it counts the rows and the manual-review items and
     * lists the first {@code reviewLimit} items; for carrying one out it only asks which tables hold
     * rows (an index lookup each).
     */
    private Inspection inspect(Customer customer, boolean review, int reviewLimit) {
        long id = customer.id();
        List<AnonymizationParticipant> owners = new ArrayList<>();
        List<PersonalDataTable> all = new ArrayList<>();
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : tables.get(participant)) {
                if (table.holdsCustomerData()) {
                    owners.add(participant);
                    all.add(table);
                }
            }
        }
        List<PersonalData.TableCount> counts = review ? personalData.count(all, id)
                : personalData.present(all, id).stream().map(p -> new PersonalData.TableCount(p ? 1 : 0, 0)).toList();
        List<Footprint> footprint = new ArrayList<>();
        Set<String> tablesWithRows = new HashSet<>();
        Set<AnonymizationParticipant> holding = new HashSet<>();
        boolean hasTransactions = false;
        long reviewTotal = 0;
        for (int i = 0; i < all.size(); i++) {
            PersonalDataTable table = all.get(i);
            long count = counts.get(i).rows();
            if (count > 0) {
                if (review) {
                    footprint.add(new Footprint(owners.get(i).module(), table.recordType(), count));
                }
                tablesWithRows.add(table.table());
                holding.add(owners.get(i));
                hasTransactions |= table.kind() == Kind.TRANSACTION || table.kind() == Kind.BOOKKEEPING;
                reviewTotal += counts.get(i).reviewItems();
            }
        }
        List<Blocker> blockers = new ArrayList<>();
        List<ManualReviewItem> items = new ArrayList<>();
        if (!customer.anonymized()) {
            for (AnonymizationParticipant participant : participants) {
                if (holding.contains(participant)) {
                    blockers.addAll(participant.blockers(id));
                }
            }
            // The list is shown only with ANONYMIZE (a customer without transactions is deleted whole).
            for (int i = 0; i < all.size() && review && hasTransactions && items.size() < reviewLimit; i++) {
                if (counts.get(i).reviewItems() > 0) {
                    items.addAll(personalData.review(owners.get(i).module(), all.get(i), id,
                            reviewLimit - items.size()));
                }
            }
        }
        return new Inspection(ErasureDecision.decide(id, customer.anonymized(), hasTransactions, blockers, footprint,
                items, reviewTotal), tablesWithRows);
    }

    private List<Change> anonymize(long customerId, Instant now, Inspection inspection) {
        List<Change> changes = new ArrayList<>();
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : reversed(tables.get(participant))) {
                if (!inspection.holdsRows(table)) {
                    continue;
                }
                long count = personalData.anonymize(table, customerId, now);
                if (count > 0) {
                    changes.add(new Change(participant.module(), table.recordType(), count));
                }
            }
        }
        return changes;
    }

    /** Children before parents: declarations list parents first. */
    private static List<PersonalDataTable> reversed(List<PersonalDataTable> tables) {
        List<PersonalDataTable> reversed = new ArrayList<>(tables);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private List<Change> delete(long customerId, Inspection inspection) {
        List<Change> changes = new ArrayList<>();
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : reversed(tables.get(participant))) {
                if (!inspection.holdsRows(table)) {
                    continue;
                }
                long count = personalData.delete(table, customerId);
                if (count > 0) {
                    changes.add(new Change(participant.module(), table.recordType(), count));
                }
            }
        }
        return changes;
    }
}
