package se.glomska.customer.internal.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
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
import se.glomska.customer.spi.FieldRule;
import se.glomska.customer.spi.PersonalDataTable.Kind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
    private final TransactionTemplate readOnly;
    private final TransactionTemplate indexing;
    private final ApplicationEventPublisher events;
    private final ErasureRequests requests;
    /** Every table that holds customer data, in participant order, and the participant declaring each. */
    private final List<PersonalDataTable> customerTables = new ArrayList<>();
    private final List<AnonymizationParticipant> customerTableOwners = new ArrayList<>();

    EraseCustomer(Customers customers, List<AnonymizationParticipant> participants, PersonalData personalData,
                  ErasureLog erasureLog, CustomerTabs tabs, ReviewStates reviewStates, ReviewLabels labels,
                  Clock clock, PlatformTransactionManager transactions, ApplicationEventPublisher events,
                  ErasureRequests requests) {
        this.events = events;
        this.requests = requests;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // The index of marks is brought up to date in a transaction of its own, after the decision's.
        this.indexing = new TransactionTemplate(transactions);
        this.indexing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.indexing.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
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
        for (AnonymizationParticipant participant : this.participants) {
            for (PersonalDataTable table : tables.get(participant)) {
                if (table.holdsCustomerData()) {
                    customerTableOwners.add(participant);
                    customerTables.add(table);
                }
            }
        }
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
    public ErasureDecision decide(long customerId) {
        return decide(customerId, MANUAL_REVIEW_LIMIT);
    }

    /**
     * What the system offers for the customer now, and why, with at most {@code manualReviewLimit} review items,
     * in one read-only transaction (one consistent view). Which free-text fields mention the customer comes from
     * the index of marks for every table whose text and identifiers are as the index saw them (checksums in the
     * counting statement), and from searching the text for the others; after such a search the index is brought
     * up to date in a transaction of its own, so that the next decision reads it.
     */
    public ErasureDecision decide(long customerId, int manualReviewLimit) {
        Inspection inspection = readOnly.execute(status -> {
            Customer customer = customers.find(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
            return inspect(customer, true, manualReviewLimit);
        });
        if (inspection.searched()) {
            index(customerId);
        }
        return inspection.decision();
    }

    /**
     * Brings the customer's index of marks up to date: under the customer's lock (so that no record is added
     * meanwhile: every new record takes that lock), the tables whose checksum or identifiers changed since the
     * index saw them are searched again and their marks and checksums stored. Left for a later decision when
     * another transaction holds the lock (an erasure, a new record): the index is a cache, never the truth.
     */
    public void index(long customerId) {
        try {
            indexing.executeWithoutResult(status -> {
                Customer customer = customers.lockNowait(customerId).orElse(null);
                if (customer == null || customer.anonymized()) {
                    return;
                }
                String regex = identifiers(customer).sqlRegex().orElse(null);
                if (regex == null) {
                    return;
                }
                String fingerprint = fingerprint(regex);
                List<PersonalDataTable> searched = new ArrayList<>();
                for (AnonymizationParticipant participant : participants) {
                    tables.get(participant).stream().filter(EraseCustomer::searched).forEach(searched::add);
                }
                List<PersonalData.TableCount> counts = personalData.checksums(searched, customerId);
                Map<String, PersonalData.MarkScan> scans = personalData.markScans(customerId);
                List<PersonalDataTable> stale = new ArrayList<>();
                List<PersonalData.TableCount> staleCounts = new ArrayList<>();
                for (int i = 0; i < searched.size(); i++) {
                    PersonalData.MarkScan scan = scans.get(searched.get(i).table());
                    if (scan == null || !scan.holdsFor(fingerprint, counts.get(i))) {
                        stale.add(searched.get(i));
                        staleCounts.add(counts.get(i));
                    }
                }
                personalData.refreshMarks(stale, customerId, regex, fingerprint, staleCounts);
            });
        } catch (DataAccessException busy) {
            log.debug("Index of marks of customer {} left for later: {}", customerId, busy.getClass().getSimpleName());
        }
    }

    /** Whether a table's free text is searched for the customer's identifiers (never a bookkeeping record's). */
    static boolean searched(PersonalDataTable table) {
        return table.holdsCustomerData() && table.kind() != Kind.BOOKKEEPING
                && table.columns().stream().anyMatch(c -> c.rule() == FieldRule.REVIEW && c.freeText());
    }

    /** The fingerprint of the identifiers searched for (SHA-256 of the expression): stored with the marks. */
    static String fingerprint(String regex) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(regex.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        return perform(customerId, requested, actor, redactMentions, clock.instant());
    }

    /**
     * As {@link #perform(long, ErasureAction, String, boolean)} at a given time: the replay of the erasure journal
     * after a restore ({@code ReplayErasures}) erases again with the journalled time and actor, so the erasure log
     * and the {@link CustomerErased} event read as the first time.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ErasureResult perform(long customerId, ErasureAction requested, String actor, boolean redactMentions,
                                 Instant at) {
        Attempt attempt = attempt(customerId, requested, actor, redactMentions, null, at);
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
        return attempt(customerId, requested, actor, redactMentions, requestId, clock.instant());
    }

    private Attempt attempt(long customerId, ErasureAction requested, String actor, boolean redactMentions,
                            ErasureRequestId requestId, Instant at) {
        Customer customer = customers.lock(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        Inspection inspection = inspect(customer, false, 0);
        ErasureDecision decision = inspection.decision();
        String refusal = decision.refusal(requested).orElse(null);
        if (refusal != null) {
            return new Attempt(null, refusal, decision, requested);
        }
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        long redacted = 0;
        List<ErasureChange> changes;
        if (requested == ErasureAction.DELETE) {
            if (inspection.indexed()) {
                personalData.forgetMarks(customerId);
            }
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

    /** What a batch did (or, dry, would do) with one of its customers: the action, or why it was skipped. */
    public record BatchOutcome(long customerId, ErasureAction action, List<Blocker> blockers, String skippedBecause) {
        public BatchOutcome {
            blockers = List.copyOf(blockers);
        }

        static BatchOutcome skipped(long customerId, String reason) {
            return new BatchOutcome(customerId, null, List.of(), reason);
        }

        public boolean erased() {
            return skippedBecause == null;
        }
    }

    /**
     * Erases a batch of customers found inactive (retention, erasure-rules.md section 10) with the rules of
     * {@link #perform}: every customer's row is locked and everything is checked again under the lock (still
     * there, not anonymized, no record since {@code inactiveBefore}); DELETE or ANONYMIZE is decided per customer
     * from every module's rows, a customer with blockers is skipped with them as its reason, and one statement
     * per table carries out the rules for all the others (one for the deleted, one for the anonymized). One
     * erasure log entry and one {@link CustomerErased} per customer. All or nothing: the caller's batch commits
     * or rolls back whole. {@code dryRun} locks and changes nothing and answers what would be done.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<BatchOutcome> performBatch(List<Long> customerIds, Instant inactiveBefore, String actor,
                                           boolean dryRun) {
        List<Long> ids = customerIds.stream().distinct().sorted().toList();
        Map<Long, Customer> found = new java.util.HashMap<>();
        (dryRun ? customers.findAll(ids) : customers.lockAll(ids)).forEach(c -> found.put(c.id(), c));
        Set<Long> inactive = ids.isEmpty() ? Set.of() : customers.inactiveAmong(ids, inactiveBefore);
        Map<Long, BatchOutcome> outcomes = new java.util.LinkedHashMap<>();
        List<Customer> eligible = new ArrayList<>();
        for (long id : ids) {
            Customer customer = found.get(id);
            if (customer == null) {
                outcomes.put(id, BatchOutcome.skipped(id, "UNKNOWN_CUSTOMER"));
            } else if (customer.anonymized()) {
                outcomes.put(id, BatchOutcome.skipped(id, "ALREADY_ANONYMIZED"));
            } else if (!inactive.contains(id)) {
                outcomes.put(id, BatchOutcome.skipped(id, "ACTIVE_SINCE_HORIZON"));
            } else {
                eligible.add(customer);
            }
        }
        List<Long> eligibleIds = eligible.stream().map(Customer::id).toList();
        List<Map<Long, Long>> counts = personalData.counts(customerTables, eligibleIds);
        // The blockers of every customer with a transaction, one call per module that holds rows of any of them
        Set<Long> withTransactions = new java.util.HashSet<>();
        for (int i = 0; i < customerTables.size(); i++) {
            Kind kind = customerTables.get(i).kind();
            if (kind == Kind.TRANSACTION || kind == Kind.BOOKKEEPING) {
                withTransactions.addAll(counts.get(i).keySet());
            }
        }
        Map<AnonymizationParticipant, Set<Long>> holders = new java.util.HashMap<>();
        for (int j = 0; j < customerTables.size(); j++) {
            Set<Long> holding = holders.computeIfAbsent(customerTableOwners.get(j), p -> new java.util.TreeSet<>());
            for (Long customerId : counts.get(j).keySet()) {
                if (withTransactions.contains(customerId)) {
                    holding.add(customerId);
                }
            }
        }
        holders.values().removeIf(Set::isEmpty);
        Map<AnonymizationParticipant, Map<CustomerId, List<Blocker>>> blockers = new java.util.HashMap<>();
        for (AnonymizationParticipant participant : participants) {
            Set<Long> holding = holders.get(participant);
            blockers.put(participant, holding == null ? Map.of()
                    : participant.blockers(holding.stream().map(CustomerId::of).toList()));
        }
        Map<Long, Inspection> inspections = new java.util.HashMap<>();
        Map<Long, ErasureAction> actions = new java.util.LinkedHashMap<>();
        for (Customer customer : eligible) {
            List<PersonalData.TableCount> tableCounts = counts.stream()
                    .map(c -> new PersonalData.TableCount(c.getOrDefault(customer.id(), 0L), 0)).toList();
            // indexed: a decision may have been shown for the customer, whose index of marks the erasure then uses
            Inspection inspection = inspect(customer, customerTableOwners, customerTables, tableCounts, false, 0,
                    null, blockers, true);
            ErasureDecision decision = inspection.decision();
            if (decision.refusal(decision.action()).isPresent()) {
                outcomes.put(customer.id(), new BatchOutcome(customer.id(), decision.action(), decision.blockers(),
                        reason(decision)));
            } else {
                outcomes.put(customer.id(), new BatchOutcome(customer.id(), decision.action(), List.of(), null));
                inspections.put(customer.id(), inspection);
                actions.put(customer.id(), decision.action());
            }
        }
        if (!dryRun && !actions.isEmpty()) {
            eraseBatch(eligible, actions, inspections, counts, actor);
        }
        return List.copyOf(outcomes.values());
    }

    /** The blockers of a refused customer, by code and record (ids only). */
    private static String reason(ErasureDecision decision) {
        String reason = decision.blockers().stream()
                .map(b -> b.code() + " " + b.module() + "/" + b.recordType() + "#" + b.recordId())
                .collect(java.util.stream.Collectors.joining(", "));
        return reason.length() > 500 ? reason.substring(0, 497) + "..." : reason;
    }

    private void eraseBatch(List<Customer> eligible, Map<Long, ErasureAction> actions,
                            Map<Long, Inspection> inspections, List<Map<Long, Long>> counts, String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        markMentions(eligible, actions, inspections, counts, actor, now);
        Map<Long, List<ErasureChange>> changes = new java.util.HashMap<>();
        actions.keySet().forEach(id -> changes.put(id, new ArrayList<>()));
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : reversed(tables.get(participant))) {
                int index = customerTables.indexOf(table);
                if (index < 0) {
                    continue;
                }
                Map<Long, Long> rows = counts.get(index);
                for (ErasureAction action : List.of(ErasureAction.DELETE, ErasureAction.ANONYMIZE)) {
                    List<Long> holding = actions.entrySet().stream()
                            .filter(e -> e.getValue() == action && rows.containsKey(e.getKey()))
                            .map(Map.Entry::getKey).toList();
                    if (holding.isEmpty()) {
                        continue;
                    }
                    long changed = action == ErasureAction.DELETE ? personalData.delete(table, holding)
                            : personalData.anonymize(table, holding, now);
                    long expected = 0;
                    for (long id : holding) {
                        if (changed > 0) {
                            changes.get(id).add(new ErasureChange(participant.module(), table.recordType(), rows.get(id)));
                        }
                        expected += rows.get(id);
                    }
                    // The statement touched every row of the customers or none (rules that change nothing):
                    // anything else means the rows moved under the locks, and the batch rolls back.
                    if (changed != 0 && changed != expected) {
                        throw new IllegalStateException(table.table() + ": " + changed + " rows changed, "
                                + expected + " counted");
                    }
                }
            }
        }
        List<ErasureLogEntry> entries = new ArrayList<>();
        for (Map.Entry<Long, ErasureAction> erased : actions.entrySet()) {
            entries.add(new ErasureLogEntry(null, erased.getKey(), erased.getValue(), actor, now,
                    changes.get(erased.getKey())));
        }
        erasureLog.appendAll(entries);
        // One event for the batch: the publication registry writes a row per event and listener
        events.publishEvent(new se.glomska.customer.CustomersErased(actions.entrySet().stream()
                .map(erased -> new CustomerErased(erased.getKey(), erased.getValue().name(), now, actor)).toList()));
        log.info("Retention batch: {} customers erased by {}", actions.size(), actor);
    }

    /**
     * The manual check's marks of a batch's anonymized customers, as {@link #markMentions(Customer, Inspection,
     * boolean, String, Instant)} stores them for one: set-based for those without an index of marks (a retention
     * run's customers were rarely shown a decision), the branches of all of them in one statement and the marks of
     * all of them in one {@code INSERT ... SELECT}; one by one for the others, whose index then holds.
     */
    private void markMentions(List<Customer> eligible, Map<Long, ErasureAction> actions,
                              Map<Long, Inspection> inspections, List<Map<Long, Long>> counts, String actor,
                              Instant now) {
        List<Customer> anonymized = eligible.stream()
                .filter(c -> actions.get(c.id()) == ErasureAction.ANONYMIZE).toList();
        if (anonymized.isEmpty()) {
            return;
        }
        Set<Long> indexed = personalData.withMarkScans(anonymized.stream().map(Customer::id).toList());
        List<Customer> batch = new ArrayList<>();
        for (Customer customer : anonymized) {
            if (indexed.contains(customer.id())) {
                markMentions(customer, inspections.get(customer.id()), false, actor, now);
            } else {
                batch.add(customer);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        Map<Long, List<se.glomska.customer.internal.domain.Branch>> branches =
                tabs.branches(batch.stream().map(Customer::id).toList());
        Map<Long, String> mentions = new java.util.LinkedHashMap<>();
        for (Customer customer : batch) {
            CustomerIdentifiers.of(customer.details(), branches.getOrDefault(customer.id(), List.of())).sqlRegex()
                    .ifPresent(regex -> mentions.put(customer.id(), regex));
        }
        List<String> modules = new ArrayList<>();
        List<PersonalDataTable> withRows = new ArrayList<>();
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : tables.get(participant)) {
                int index = customerTables.indexOf(table);
                if (index >= 0 && searched(table)
                        && mentions.keySet().stream().anyMatch(counts.get(index)::containsKey)) {
                    modules.add(participant.module());
                    withRows.add(table);
                }
            }
        }
        if (!mentions.isEmpty() && !withRows.isEmpty()) {
            personalData.storeMentions(modules, withRows, mentions, ReviewState.OPEN.name(), now);
        }
    }

    /** The customer's identifiers as the register holds them now; none once anonymized. */
    public CustomerIdentifiers identifiers(Customer customer) {
        if (customer.anonymized()) {
            return CustomerIdentifiers.builder().build();
        }
        return CustomerIdentifiers.of(customer.details(), tabs.branches(customer.id()));
    }

    /**
     * Before the identifiers are gone: one statement stores the marks of every table with free text (copied from
     * the index of marks where it holds: the table's checksum and the identifiers are as the index saw them, read
     * here under the customer's lock; searched in the others), and, asked to, one statement per table redacts
     * them. The index is deleted: the marks live on in the manual check's states. Answers how many fields were
     * redacted.
     */
    private long markMentions(Customer customer, Inspection inspection, boolean redact, String actor, Instant now) {
        String regex = identifiers(customer).sqlRegex().orElse(null);
        if (regex == null) {
            return 0;
        }
        List<String> modules = new ArrayList<>();
        List<PersonalDataTable> withRows = new ArrayList<>();
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : tables.get(participant)) {
                if (inspection.holdsRows(table) && searched(table)) {
                    modules.add(participant.module());
                    withRows.add(table);
                }
            }
        }
        Map<String, PersonalData.MarkScan> scans = inspection.indexed() ? personalData.markScans(customer.id())
                : Map.of();
        List<Boolean> indexed = new ArrayList<>(java.util.Collections.nCopies(withRows.size(), false));
        if (!scans.isEmpty() && !withRows.isEmpty()) {
            String fingerprint = fingerprint(regex);
            List<PersonalData.TableCount> counts = personalData.checksums(withRows, customer.id());
            for (int i = 0; i < withRows.size(); i++) {
                PersonalData.MarkScan scan = scans.get(withRows.get(i).table());
                indexed.set(i, scan != null && scan.holdsFor(fingerprint, counts.get(i)));
            }
        }
        personalData.storeMentions(modules, withRows, indexed, customer.id(), regex,
                redact ? ReviewState.REDACTED.name() : ReviewState.OPEN.name(), now);
        if (redact) {
            for (int i = 0; i < withRows.size(); i++) {
                if (!indexed.get(i) || scans.get(withRows.get(i).table()).mentions() > 0) {
                    personalData.redactMentions(withRows.get(i), customer.id(), regex);
                }
            }
        }
        if (!scans.isEmpty()) {
            personalData.forgetMarks(customer.id());
        }
        return redact ? reviewStates.logRedactedAt(customer.id(), actor, now) : 0;
    }

    /**
     * The decision, the tables that hold rows of the customer (by table name), whether free text was searched
     * because the index of marks did not hold for it, and (carrying out an erasure) whether the customer has one.
     */
    private record Inspection(ErasureDecision decision, Set<String> tablesWithRows, boolean searched, boolean indexed) {
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
        PersonalData.Presence presence = review ? null : personalData.presence(all, id);
        List<PersonalData.TableCount> counts = review ? new ArrayList<>(personalData.count(all, id, null, mentions != null))
                : presence.tables().stream().map(p -> new PersonalData.TableCount(p ? 1 : 0, 0)).toList();
        return inspect(customer, owners, all, counts, review, reviewLimit, mentions, null,
                presence != null && presence.marks());
    }

    /**
     * The decision from the tables' counts of the customer's rows (and, for a review, of its review items);
     * {@code marksIndexed}: the index of marks may hold rows of the customer.
     */
    private Inspection inspect(Customer customer, List<AnonymizationParticipant> owners, List<PersonalDataTable> all,
                               List<PersonalData.TableCount> counts, boolean review, int reviewLimit,
                               String mentions, Map<AnonymizationParticipant, Map<CustomerId, List<Blocker>>> batchBlockers,
                               boolean marksIndexed) {
        long id = customer.id();
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
                    footprint.add(new Footprint(owners.get(i).module(), table.recordType(), count, onAnonymize(table)));
                }
                tablesWithRows.add(table.table());
                holding.add(owners.get(i));
                hasTransactions |= table.kind() == Kind.TRANSACTION || table.kind() == Kind.BOOKKEEPING;
                reviewTotal += counts.get(i).reviewItems();
            }
        }
        // Which free-text fields mention the customer (shown only with ANONYMIZE): from the index of marks where its
        // checksum and identifiers still hold, else searched now, in one statement for those tables.
        Set<Integer> indexed = new HashSet<>();
        boolean searched = false;
        long mentioning = 0;
        if (mentions != null && hasTransactions && !customer.anonymized()) {
            String fingerprint = fingerprint(mentions);
            Map<String, PersonalData.MarkScan> scans = personalData.markScans(id);
            List<Integer> stale = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (counts.get(i).rows() > 0 && searched(all.get(i))) {
                    PersonalData.MarkScan scan = scans.get(all.get(i).table());
                    if (scan != null && scan.holdsFor(fingerprint, counts.get(i))) {
                        counts.set(i, counts.get(i).withMentions(scan.mentions()));
                        indexed.add(i);
                    } else {
                        stale.add(i);
                    }
                }
            }
            if (!stale.isEmpty()) {
                List<Long> found = personalData.mentions(stale.stream().map(all::get).toList(), id, mentions);
                for (int j = 0; j < stale.size(); j++) {
                    counts.set(stale.get(j), counts.get(stale.get(j)).withMentions(found.get(j)));
                }
                searched = true;
            }
            for (PersonalData.TableCount count : counts) {
                mentioning += count.mentions();
            }
        }
        List<Blocker> blockers = new ArrayList<>();
        List<ManualReviewItem> items = new ArrayList<>();
        // A customer without transactions is deleted whatever its records' state: no blocker can apply.
        if (!customer.anonymized() && hasTransactions) {
            for (AnonymizationParticipant participant : participants) {
                if (holding.contains(participant)) {
                    blockers.addAll(batchBlockers == null ? participant.blockers(CustomerId.of(id))
                            : batchBlockers.get(participant).getOrDefault(CustomerId.of(id), List.of()));
                }
            }
            // The list is shown only with ANONYMIZE (a customer without transactions is deleted whole): the
            // fields that mention the customer first, then other free text, structured values, bookkeeping.
            if (review) {
                for (ManualReviewItem.Group group : ManualReviewItem.Group.values()) {
                    for (int i = 0; i < all.size() && items.size() < reviewLimit; i++) {
                        if (inGroup(all.get(i), counts.get(i), group) > 0) {
                            items.addAll(personalData.review(owners.get(i).module(), all.get(i), id, group,
                                    mentions, reviewLimit - items.size(), indexed.contains(i)));
                        }
                    }
                }
            }
        }
        List<ReviewItem> labelled = items.stream().map(r -> new ReviewItem(r.module(), r.recordType(), r.recordId(),
                r.field(), labels.label(r.recordType(), r.field()), r.mentionsCustomer())).toList();
        return new Inspection(ErasureDecision.decide(id, customer.anonymized(), hasTransactions, blockers, footprint,
                labelled, reviewTotal, mentioning), tablesWithRows, searched, marksIndexed);
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
