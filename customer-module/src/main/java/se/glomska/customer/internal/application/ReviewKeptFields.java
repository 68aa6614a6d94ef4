package se.glomska.customer.internal.application;

import se.glomska.customer.CustomerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.UnknownCustomerException;
import se.glomska.customer.internal.CustomerParticipant;
import se.glomska.customer.internal.domain.Customer;
import se.glomska.customer.internal.domain.CustomerIdentifiers;
import se.glomska.customer.internal.domain.CustomerTabs;
import se.glomska.customer.internal.domain.Customers;
import se.glomska.customer.internal.domain.ManualReviewItem;
import se.glomska.customer.internal.domain.ManualReviewItem.Group;
import se.glomska.customer.internal.domain.PersonalData;
import se.glomska.customer.ReviewAction;
import se.glomska.customer.ReviewEntry;
import se.glomska.customer.Page;
import se.glomska.customer.ReviewState;
import se.glomska.customer.internal.domain.ReviewStates;
import se.glomska.customer.internal.domain.ReviewStates.Stored;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.FieldRule;
import se.glomska.customer.spi.PersonalDataTable;
import se.glomska.customer.spi.PersonalDataTable.Column;
import se.glomska.customer.spi.PersonalDataTable.Kind;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The manual check of kept fields (erasure-rules.md section 9), built from the participants'
 * declarations alone: every REVIEW column of every table can be read, cleared, redacted or marked
 * checked, with no edit endpoint per module. Before the anonymization the marks are worked out from
 * the customer's identifiers; afterwards from the references stored at the erasure. Every action is
 * logged (actor, record, field, action), never the value. Actions on one customer run one at a time
 * (the customer's row is locked), so two officers on the same item lose no state.
 */
@Service
public class ReviewKeptFields {

    private static final Logger log = LoggerFactory.getLogger(ReviewKeptFields.class);

    private final Customers customers;
    private final EraseCustomer eraseCustomer;
    private final PersonalData personalData;
    private final ReviewStates states;
    private final CustomerTabs tabs;
    private final ReviewLabels labels;
    private final Clock clock;
    private final List<Target> targets = new ArrayList<>();
    private final Map<String, Target> byType = new HashMap<>();

    /** A table of a module. */
    record Target(String module, PersonalDataTable table) {
    }

    ReviewKeptFields(Customers customers, EraseCustomer eraseCustomer, PersonalData personalData,
                     ReviewStates states, CustomerTabs tabs, List<AnonymizationParticipant> participants,
                     ReviewLabels labels, Clock clock) {
        this.customers = customers;
        this.labels = labels;
        this.eraseCustomer = eraseCustomer;
        this.personalData = personalData;
        this.states = states;
        this.tabs = tabs;
        this.clock = clock;
        // The register's own records first, as on the card; then the other modules.
        participants.stream().sorted(Comparator.comparing(p -> !(p instanceof CustomerParticipant)))
                .forEach(p -> p.tables().stream().filter(PersonalDataTable::holdsCustomerData).forEach(t -> {
                    Target target = new Target(p.module(), t);
                    targets.add(target);
                    byType.put(p.module() + "/" + t.recordType(), target);
                }));
    }

    /**
     * The fields to check, in the decision's order (mentioning the customer first, other free text, structured
     * values, bookkeeping records once per record), with their current values for the page asked for.
     */
    @Transactional(readOnly = true)
    public Page<ReviewEntry> list(long customerId, boolean mentionsOnly, int page, int size) {
        Customer customer = customers.find(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        Map<String, Stored> stored = states.of(customerId).stream()
                .collect(Collectors.toMap(Stored::reference, Function.identity()));
        List<ManualReviewItem> items = references(customer, stored).stream()
                .filter(i -> !mentionsOnly || i.mentionsCustomer())
                .toList();
        int from = (int) Math.min((long) page * size, items.size());
        List<ManualReviewItem> slice = items.subList(from, Math.min(from + size, items.size()));
        return new Page<>(withValues(customerId, slice, stored), page, size, items.size());
    }

    /**
     * How many fields are left to check: the kept fields that still hold a value, bookkeeping records
     * excepted (they cannot be changed), less those checked or redacted. One counting statement.
     */
    @Transactional(readOnly = true)
    public long left(long customerId) {
        List<PersonalDataTable> all = targets.stream().map(Target::table).toList();
        List<PersonalData.TableCount> counts = personalData.count(all, customerId);
        long open = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).kind() != Kind.BOOKKEEPING) {
                open += counts.get(i).reviewItems();
            }
        }
        long done = states.of(customerId).stream()
                .filter(s -> s.state() == ReviewState.KEPT || s.state() == ReviewState.REDACTED).count();
        return Math.max(0, open - done);
    }

    /**
     * Clears, redacts or marks checked one field (erasure-rules.md section 9).
     *
     * @throws UnknownCustomerException 404 for an unknown customer
     * @throws UnknownRecordException   404 for a record or field that is not one of the customer's to check
     * @throws ReviewConflictException  409 for a bookkeeping record, a redaction after the anonymization or
     *                                  of a file's content
     */
    @Transactional
    public ReviewEntry act(long customerId, String module, String recordType, long recordId, String field, ReviewAction action,
                     String actor) {
        if (action == ReviewAction.DELETE) {
            throw new InvalidInputException("action", "must be CLEAR, REDACT or KEEP");
        }
        Customer customer = customers.lock(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        Target target = byType.get(module + "/" + recordType);
        if (target == null) {
            throw new UnknownRecordException(recordType, recordId);
        }
        PersonalDataTable table = target.table();
        if (table.kind() == Kind.BOOKKEEPING) {
            throw new ReviewConflictException("A bookkeeping record is kept as issued (Bokföringslagen): "
                    + recordType + " " + recordId + " cannot be changed or checked field by field.");
        }
        Column column = reviewColumn(table, field)
                .orElseThrow(() -> new UnknownRecordException(recordType + " field " + field + " of record", recordId));
        Map<String, Stored> stored = states.of(customerId).stream()
                .collect(Collectors.toMap(Stored::reference, Function.identity()));
        String reference = module + "/" + recordType + "/" + recordId + "/" + field;
        Map<Long, Object> current = personalData.values(table, column.name(), customerId, List.of(recordId));
        if (!current.containsKey(recordId)) {
            Stored cleared = stored.get(reference);
            if (cleared != null && cleared.state() == ReviewState.CLEARED && action == ReviewAction.CLEAR) {
                return entry(module, recordType, recordId, field, cleared.mentionsCustomer(), ReviewState.CLEARED, null);
            }
            throw new UnknownRecordException(recordType, recordId);
        }
        Object value = current.get(recordId);
        CustomerIdentifiers identifiers = eraseCustomer.identifiers(customer);
        boolean mentions = column.freeText() && (customer.anonymized()
                ? stored.containsKey(reference) && stored.get(reference).mentionsCustomer()
                : value instanceof String text && identifiers.mentionedIn(text));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String after = text(value);
        ReviewState state;
        switch (action) {
            case CLEAR -> {
                if (table.clearDeletesRow()) {
                    personalData.deleteRecord(table, CustomerId.of(customerId), recordId);
                    clearedWhole(customerId, target, recordId, field, stored, now);
                } else {
                    personalData.write(table, column.name(), CustomerId.of(customerId), recordId, null);
                }
                after = null;
                state = ReviewState.CLEARED;
            }
            case REDACT -> {
                if (customer.anonymized()) {
                    throw new ReviewConflictException("Customer " + customerId + " is anonymized: its identifiers are"
                            + " gone, so they can no longer be redacted; clear the field or mark it checked.");
                }
                if (value instanceof byte[]) {
                    throw new ReviewConflictException("The content of a file is not text and cannot be redacted;"
                            + " clear it (the document is deleted).");
                }
                after = identifiers.redact((String) value);
                if (after != null && !after.equals(value)) {
                    personalData.write(table, column.name(), CustomerId.of(customerId), recordId, after);
                }
                state = ReviewState.REDACTED;
            }
            default -> state = ReviewState.KEPT;
        }
        states.put(customerId, module, recordType, recordId, field, mentions, state, now);
        states.log(new ReviewStates.Logged(null, customerId, actor, now, module, recordType, recordId, field, action));
        log.info("Manual check of customer {}: {} {} {} {}", customerId, action, recordType, recordId, field);
        return entry(module, recordType, recordId, field, mentions, state, after);
    }

    /** Deletes a document of the customer (before the anonymization; afterwards through {@link #act}). */
    @Transactional
    public void deleteDocument(CustomerId customer, long documentId, String actor) {
        long customerId = customer.value();
        deleteOwn(customerId, "document", documentId, actor);
    }

    /** Deletes a property of the customer (before the anonymization; afterwards through {@link #act}). */
    @Transactional
    public void deleteProperty(long customerId, String key, String actor) {
        Customer customer = lockWithTabs(customerId);
        long id = tabs.propertyId(customer.id(), key)
                .orElseThrow(() -> new UnknownRecordException("such property of customer " + customerId));
        deleteOwn(customerId, "property", id, actor);
    }

    private void deleteOwn(long customerId, String recordType, long recordId, String actor) {
        lockWithTabs(customerId);
        Target target = byType.get("customer/" + recordType);
        if (!personalData.deleteRecord(target.table(), CustomerId.of(customerId), recordId)) {
            throw new UnknownRecordException(recordType, recordId);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, Stored> stored = states.of(customerId).stream()
                .collect(Collectors.toMap(Stored::reference, Function.identity()));
        clearedWhole(customerId, target, recordId, null, stored, now);
        states.log(new ReviewStates.Logged(null, customerId, actor, now, target.module(), recordType, recordId, "*",
                ReviewAction.DELETE));
        log.info("Customer {}: {} {} deleted", customerId, recordType, recordId);
    }

    /** A row gone: each of its fields to check is CLEARED (except {@code except}, which the caller stores). */
    private void clearedWhole(long customerId, Target target, long recordId, String except, Map<String, Stored> stored,
                              Instant now) {
        for (Column c : reviewColumns(target.table())) {
            String field = c.field();
            if (!field.equals(except)) {
                Stored s = stored.get(target.module() + "/" + target.table().recordType() + "/" + recordId + "/" + field);
                states.put(customerId, target.module(), target.table().recordType(), recordId, field,
                        s != null && s.mentionsCustomer(), ReviewState.CLEARED, now);
            }
        }
    }

    private Customer lockWithTabs(long customerId) {
        Customer customer = customers.lock(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        if (customer.anonymized()) {
            throw new UnknownCustomerException(customerId);
        }
        return customer;
    }

    /**
     * Every field to check, in order, as references: counted first in one statement, then each group of
     * each table that has items read (ids and flags only). After the anonymization the marks come from the
     * references stored at the erasure; fields cleared (gone from the tables) are kept in the list from the
     * stored states.
     */
    List<ManualReviewItem> references(Customer customer, Map<String, Stored> stored) {
        long id = customer.id();
        String mentions = customer.anonymized() ? null : eraseCustomer.identifiers(customer).sqlRegex().orElse(null);
        List<PersonalDataTable> all = targets.stream().map(Target::table).toList();
        List<PersonalData.TableCount> counts = personalData.count(all, id, mentions);
        List<ManualReviewItem> items = new ArrayList<>();
        for (Group group : Group.values()) {
            for (int i = 0; i < all.size(); i++) {
                if (EraseCustomer.inGroup(all.get(i), counts.get(i), group) > 0) {
                    items.addAll(personalData.review(targets.get(i).module(), all.get(i), id, group, mentions,
                            EraseCustomer.MANUAL_REVIEW_MAX));
                }
            }
        }
        Set<String> listed = new HashSet<>();
        List<ManualReviewItem> marked = new ArrayList<>();
        for (ManualReviewItem item : items) {
            listed.add(item.reference());
            Stored s = stored.get(item.reference());
            boolean mark = item.mentionsCustomer() || customer.anonymized() && s != null && s.mentionsCustomer();
            marked.add(mark && item.group() == Group.FREE_TEXT ? item.in(Group.MENTIONS) : item);
        }
        for (Stored s : stored.values()) {
            if (!listed.contains(s.reference()) && s.state() == ReviewState.CLEARED) {
                marked.add(new ManualReviewItem(s.module(), s.recordType(), s.recordId(), s.field(),
                        s.mentionsCustomer() ? Group.MENTIONS : Group.FREE_TEXT));
            }
        }
        // Stable: within a group, the tables' order and record ids stay.
        marked.sort(Comparator.comparing(ManualReviewItem::group));
        return marked;
    }

    private List<ReviewEntry> withValues(long customerId, List<ManualReviewItem> slice, Map<String, Stored> stored) {
        Map<String, List<ManualReviewItem>> byColumn = new LinkedHashMap<>();
        for (ManualReviewItem item : slice) {
            if (!"*".equals(item.field())) {
                byColumn.computeIfAbsent(item.module() + "/" + item.recordType() + "/" + item.field(),
                        k -> new ArrayList<>()).add(item);
            }
        }
        Map<String, Object> values = new HashMap<>();
        byColumn.forEach((key, items) -> {
            ManualReviewItem first = items.get(0);
            Target target = byType.get(first.module() + "/" + first.recordType());
            reviewColumn(target.table(), first.field()).ifPresent(column -> personalData
                    .values(target.table(), column.name(), customerId, items.stream().map(ManualReviewItem::recordId)
                            .toList())
                    .forEach((recordId, value) -> values.put(first.module() + "/" + first.recordType() + "/"
                            + recordId + "/" + first.field(), value)));
        });
        return slice.stream().map(item -> {
            Stored s = stored.get(item.reference());
            return entry(item.module(), item.recordType(), item.recordId(), item.field(), item.mentionsCustomer(),
                    s == null ? ReviewState.OPEN : s.state(), text(values.get(item.reference())));
        }).toList();
    }

    /** A value as text: a file's content when it is UTF-8 text, else {@code null} (download it instead). */
    private static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof byte[] bytes) {
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException binary) {
                return null;
            }
        }
        return String.valueOf(value);
    }

    private static Optional<Column> reviewColumn(PersonalDataTable table, String field) {
        return reviewColumns(table).stream().filter(c -> c.field().equals(field)).findFirst();
    }

    private static List<Column> reviewColumns(PersonalDataTable table) {
        return table.columns().stream().filter(c -> c.rule() == FieldRule.REVIEW).toList();
    }


    /** An entry labelled in the request's language. */
    private ReviewEntry entry(String module, String recordType, long recordId, String field, boolean mentions,
                              ReviewState state, String value) {
        return new ReviewEntry(module, recordType, recordId, field, labels.label(recordType, field), mentions, state,
                value);
    }
}
