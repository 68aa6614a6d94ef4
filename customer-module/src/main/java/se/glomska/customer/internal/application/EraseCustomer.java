package se.glomska.customer.internal.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerErased;
import se.glomska.customer.ErasureRequestId;
import se.glomska.customer.UnknownCustomerException;
import se.glomska.customer.internal.CustomerParticipant;
import se.glomska.customer.ErasureChange;
import se.glomska.customer.internal.domain.Customer;
import se.glomska.customer.internal.domain.CustomerIdentifiers;
import se.glomska.customer.internal.domain.CustomerTabs;
import se.glomska.customer.internal.domain.Customers;
import se.glomska.customer.CustomerId;
import se.glomska.customer.ErasureAction;
import se.glomska.customer.ErasureDecision;
import se.glomska.customer.internal.domain.ErasureLog;
import se.glomska.customer.ErasureLogEntry;
import se.glomska.customer.ErasureResult;
import se.glomska.customer.Footprint;
import se.glomska.customer.ReviewItem;
import se.glomska.customer.ReviewState;
import se.glomska.customer.internal.domain.ErasureRequests;
import se.glomska.customer.internal.domain.ManualReviewItem;
import se.glomska.customer.internal.domain.PersonalData;
import se.glomska.customer.internal.domain.ReviewStates;
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
    private final CustomerTabs tabs;
    private final ReviewStates reviewStates;
    private final ReviewLabels labels;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ErasureRequests requests;

    EraseCustomer(Customers customers, List<AnonymizationParticipant> participants, PersonalData personalData,
                  ErasureLog erasureLog, CustomerTabs tabs, ReviewStates reviewStates, ReviewLabels labels,
                  Clock clock, ApplicationEventPublisher events, ErasureRequests requests) {
        this.events = events;
        this.requests = requests;
        this.customers = customers;
        this.labels = labels;
        this.tabs = tabs;
        this.reviewStates = reviewStates;
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
        return perform(customerId, requested, actor, false);
    }

    /**
     * As {@link #perform(long, ErasureAction, String)}; an anonymization first stores which kept fields
     * mention the customer (references only, so that the manual check can be finished afterwards) and, with
     * {@code redactMentions}, replaces each occurrence of the customer's identifiers in them with Xxxx, all in
     * the same transaction (erasure-rules.md section 9).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ErasureResult perform(long customerId, ErasureAction requested, String actor, boolean redactMentions) {
        Attempt attempt = attempt(customerId, requested, actor, redactMentions, null);
        if (attempt.refusal() != null) {
            throw new ErasureConflictException(attempt.refusal(), attempt.decision());
        }
        return attempt.result();
    }

    /**
     * What an erasure attempt came to: the result when carried out, else the reason it was refused and the decision
     * under the lock (with its blockers).
     */
    public record Attempt(ErasureResult result, String refusal, ErasureDecision decision, ErasureAction requested) {

        /** Refused only because something blocks the action asked for, which is the one offered. */
        public boolean blocked() {
            return refusal != null && decision.action() == requested && !decision.allowed();
        }
    }

    /**
     * As {@link #perform(long, ErasureAction, String, boolean)}, but a refusal is answered, not thrown, so that the
     * caller's transaction goes on (an erasure request that waits for its blockers records them). Joins the
     * caller's transaction. {@code requestId}, when given, is the erasure request this erasure answers: the log
     * names it. Every open request of the customer is marked done with the erasure, in its transaction.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Attempt attempt(long customerId, ErasureAction requested, String actor, boolean redactMentions,
                           ErasureRequestId requestId) {
        Customer customer = customers.lock(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        Inspection inspection = inspect(customer, false, 0);
        ErasureDecision decision = inspection.decision();
        String refusal = decision.refusal(requested).orElse(null);
        if (refusal != null) {
            return new Attempt(null, refusal, decision, requested);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long redacted = 0;
        List<ErasureChange> changes;
        if (requested == ErasureAction.DELETE) {
            changes = delete(customerId, inspection);
        } else {
            redacted = markMentions(customer, inspection, redactMentions, actor, now);
            changes = anonymize(customerId, now, inspection);
        }
        // The requests of the customer are answered by this erasure, however it was started.
        ErasureRequestId answered = requests.completeOpen(CustomerId.of(customerId), now).orElse(null);
        erasureLog.append(new ErasureLogEntry(null, customerId, requested, actor, now, changes,
                requestId != null ? requestId : answered));
        // In the erasure's transaction: the publication registry stores it with the erasure or not at all.
        events.publishEvent(new CustomerErased(customerId, requested.name(), now, actor));
        log.info("Customer {} erased: {}, {} record types changed, {} fields redacted", customerId, requested,
                changes.size(), redacted);
        return new Attempt(new ErasureResult(customerId, requested, now, changes, redacted), null, decision, requested);
    }

    /** The customer's identifiers as the register holds them now; none once anonymized. */
    public CustomerIdentifiers identifiers(Customer customer) {
        if (customer.anonymized()) {
            return CustomerIdentifiers.builder().build();
        }
        return CustomerIdentifiers.of(customer.details(), tabs.branches(customer.id()));
    }

    /**
     * Before the identifiers are gone: one statement finds the tables whose free text mentions the customer,
     * and for each of them one statement stores the marks (and, asked to, one redacts them). Answers how many
     * fields were redacted.
     */
    private long markMentions(Customer customer, Inspection inspection, boolean redact, String actor, Instant now) {
        String regex = identifiers(customer).sqlRegex().orElse(null);
        if (regex == null) {
            return 0;
        }
        List<AnonymizationParticipant> owners = new ArrayList<>();
        List<PersonalDataTable> withRows = new ArrayList<>();
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : tables.get(participant)) {
                if (inspection.holdsRows(table)) {
                    owners.add(participant);
                    withRows.add(table);
                }
            }
        }
        List<Long> mentions = personalData.mentions(withRows, customer.id(), regex);
        for (int i = 0; i < withRows.size(); i++) {
            if (mentions.get(i) > 0) {
                personalData.storeMentions(owners.get(i).module(), withRows.get(i), customer.id(), regex,
                        redact ? ReviewState.REDACTED.name() : ReviewState.OPEN.name(), now);
                if (redact) {
                    personalData.redactMentions(withRows.get(i), customer.id(), regex);
                }
            }
        }
        return redact ? reviewStates.logRedactedAt(customer.id(), actor, now) : 0;
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
        String mentions = review ? identifiers(customer).sqlRegex().orElse(null) : null;
        List<PersonalData.TableCount> counts = review ? personalData.count(all, id, mentions)
                : personalData.present(all, id).stream().map(p -> new PersonalData.TableCount(p ? 1 : 0, 0)).toList();
        List<Footprint> footprint = new ArrayList<>();
        Set<String> tablesWithRows = new HashSet<>();
        Set<AnonymizationParticipant> holding = new HashSet<>();
        boolean hasTransactions = false;
        long reviewTotal = 0;
        long mentioning = 0;
        for (int i = 0; i < all.size(); i++) {
            PersonalDataTable table = all.get(i);
            long count = counts.get(i).rows();
            if (count > 0) {
                if (review) {
                    footprint.add(new Footprint(owners.get(i).module(), table.recordType(), count, onAnonymize(table)));
                }
                tablesWithRows.add(table.table());
                holding.add(owners.get(i));
                hasTransactions |= table.kind() == Kind.TRANSACTION || table.kind() == Kind.BOOKKEEPING;
                reviewTotal += counts.get(i).reviewItems();
                mentioning += counts.get(i).mentions();
            }
        }
        List<Blocker> blockers = new ArrayList<>();
        List<ManualReviewItem> items = new ArrayList<>();
        if (!customer.anonymized()) {
            for (AnonymizationParticipant participant : participants) {
                if (holding.contains(participant)) {
                    blockers.addAll(participant.blockers(CustomerId.of(id)));
                }
            }
            // The list is shown only with ANONYMIZE (a customer without transactions is deleted whole): the
            // fields that mention the customer first, then other free text, structured values, bookkeeping.
            if (review && hasTransactions) {
                for (ManualReviewItem.Group group : ManualReviewItem.Group.values()) {
                    for (int i = 0; i < all.size() && items.size() < reviewLimit; i++) {
                        if (inGroup(all.get(i), counts.get(i), group) > 0) {
                            items.addAll(personalData.review(owners.get(i).module(), all.get(i), id, group,
                                    mentions, reviewLimit - items.size()));
                        }
                    }
                }
            }
        }
        List<ReviewItem> labelled = items.stream().map(r -> new ReviewItem(r.module(), r.recordType(), r.recordId(),
                r.field(), labels.label(r.recordType(), r.field()), r.mentionsCustomer())).toList();
        return new Inspection(ErasureDecision.decide(id, customer.anonymized(), hasTransactions, blockers, footprint,
                labelled, reviewTotal, mentioning), tablesWithRows);
    }

    /** What an anonymization does with a table's records (a deletion removes them all). */
    private static Footprint.Effect onAnonymize(PersonalDataTable table) {
        if (table.kind() == Kind.BOOKKEEPING) {
            return Footprint.Effect.KEPT;
        }
        if (table.onAnonymize() == PersonalDataTable.OnAnonymize.DELETE_ROWS) {
            return Footprint.Effect.DELETED;
        }
        return table.columns().stream().anyMatch(c -> c.rule().changesValue()) ? Footprint.Effect.ANONYMIZED
                : Footprint.Effect.KEPT;
    }

    /** How many of a table's review items are in {@code group}, from its count. */
    static long inGroup(PersonalDataTable table, PersonalData.TableCount count, ManualReviewItem.Group group) {
        boolean records = table.kind() == Kind.BOOKKEEPING;
        return switch (group) {
            case MENTIONS -> records ? 0 : count.mentions();
            case FREE_TEXT -> records ? 0 : count.otherFreeText();
            case STRUCTURED -> records ? 0 : count.structured();
            case RECORD -> records ? count.reviewItems() : 0;
        };
    }

    private List<ErasureChange> anonymize(long customerId, Instant now, Inspection inspection) {
        List<ErasureChange> changes = new ArrayList<>();
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : reversed(tables.get(participant))) {
                if (!inspection.holdsRows(table)) {
                    continue;
                }
                long count = personalData.anonymize(table, customerId, now);
                if (count > 0) {
                    changes.add(new ErasureChange(participant.module(), table.recordType(), count));
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

    private List<ErasureChange> delete(long customerId, Inspection inspection) {
        List<ErasureChange> changes = new ArrayList<>();
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : reversed(tables.get(participant))) {
                if (!inspection.holdsRows(table)) {
                    continue;
                }
                long count = personalData.delete(table, customerId);
                if (count > 0) {
                    changes.add(new ErasureChange(participant.module(), table.recordType(), count));
                }
            }
        }
        return changes;
    }
}
