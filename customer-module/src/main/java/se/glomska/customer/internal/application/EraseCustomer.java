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
import java.util.List;

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
        this.personalData = personalData;
        this.erasureLog = erasureLog;
        this.clock = clock;
    }

    /** What the system offers for the customer now, and why. */
    @Transactional(readOnly = true)
    public ErasureDecision decide(long customerId) {
        Customer customer = customers.find(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        return inspect(customer);
    }

    /**
     * Carries out {@code requested} if it is still what the system offers and nothing blocks it.
     * The customer row is locked first and everything is checked again under the lock, so records
     * created meanwhile either are seen here or are refused afterwards.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ErasureResult perform(long customerId, ErasureAction requested, String actor) {
        Customer customer = customers.lock(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        ErasureDecision decision = inspect(customer);
        decision.refusal(requested).ifPresent(reason -> {
            throw new ErasureConflictException(reason, decision);
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Change> changes = requested == ErasureAction.DELETE ? delete(customerId) : anonymize(customerId, now);
        erasureLog.append(new ErasureLogEntry(null, customerId, requested, actor, now, changes));
        log.info("Customer {} erased: {}, {} record types changed", customerId, requested, changes.size());
        return new ErasureResult(customerId, requested, now, changes);
    }

    private ErasureDecision inspect(Customer customer) {
        long id = customer.id();
        List<Footprint> footprint = new ArrayList<>();
        List<ManualReviewItem> review = new ArrayList<>();
        List<Blocker> blockers = new ArrayList<>();
        boolean hasTransactions = false;
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : participant.tables()) {
                if (!table.holdsCustomerData()) {
                    continue;
                }
                long count = personalData.count(table, id);
                if (count > 0) {
                    footprint.add(new Footprint(participant.module(), table.recordType(), count));
                    hasTransactions |= table.kind() == Kind.TRANSACTION || table.kind() == Kind.BOOKKEEPING;
                    if (!customer.anonymized()) {
                        review.addAll(personalData.review(participant.module(), table, id));
                    }
                }
            }
            if (!customer.anonymized()) {
                blockers.addAll(participant.blockers(id));
            }
        }
        return ErasureDecision.decide(id, customer.anonymized(), hasTransactions, blockers, footprint, review);
    }

    private List<Change> anonymize(long customerId, Instant now) {
        List<Change> changes = new ArrayList<>();
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : reversed(participant.tables())) {
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

    private List<Change> delete(long customerId) {
        List<Change> changes = new ArrayList<>();
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : reversed(participant.tables())) {
                long count = personalData.delete(table, customerId);
                if (count > 0) {
                    changes.add(new Change(participant.module(), table.recordType(), count));
                }
            }
        }
        return changes;
    }
}
