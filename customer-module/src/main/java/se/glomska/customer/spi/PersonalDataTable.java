package se.glomska.customer.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A module's declaration of one of its tables: which rows belong to a customer, what kind of record
 * they are, and for every column the {@link FieldRule} the erasure applies. Reads like the spec.
 *
 * @param table       the SQL table name (a constant of the owning module, never user input)
 * @param recordType  the record type shown to users, e.g. {@code "order"}
 * @param kind        whether rows are transactions, the customer's own records, or not customer data
 * @param scope       SQL predicate selecting the customer's rows, with the named parameter
 *                    {@code :customerId}; {@code null} for tables that hold no customer data
 * @param onAnonymize what an anonymization does with the customer's rows
 * @param columns     every column of the table, classified
 * @param partOf      for the lines of a bookkeeping record: the record type they belong to; the manual check
 *                    lists the record once, never its lines ({@code null} otherwise)
 * @param clearDeletesRow whether clearing a REVIEW field in the manual check deletes the whole row (a
 *                    document or property is its content: erasure-rules.md section 9)
 */
public record PersonalDataTable(String table, String recordType, Kind kind, String scope,
                                OnAnonymize onAnonymize, List<Column> columns, String partOf,
                                boolean clearDeletesRow) {

    /** What a row is, for the DELETE-or-ANONYMIZE decision (erasure-rules.md section 2). */
    public enum Kind {
        /** A transaction or event: its presence means ANONYMIZE, not DELETE. */
        TRANSACTION,
        /** The customer's own record or sub-record: deleted with the customer. */
        OWN,
        /** A bookkeeping record: counts as a transaction, is never changed and never deleted. */
        BOOKKEEPING,
        /** Holds no customer data (infrastructure, logs of ids). */
        NOT_CUSTOMER_DATA
    }

    /** What anonymization does with the customer's rows of the table. */
    public enum OnAnonymize {
        /** Apply the column rules in one UPDATE. */
        APPLY_COLUMN_RULES,
        /** Delete the rows (credit reports and their files, the customer link of a receipt). */
        DELETE_ROWS
    }

    /**
     * One classified column; {@code reason} explains a kept column. A REVIEW column is free text (a person
     * may have typed anything into it, so it is searched for the customer's identifiers) unless it is
     * declared a structured value (country, region, postal code, gender, customer group).
     */
    public record Column(String name, FieldRule rule, String reason, boolean freeText) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(rule, "rule");
            freeText = freeText && rule == FieldRule.REVIEW;
        }

        public Column(String name, FieldRule rule, String reason) {
            this(name, rule, reason, rule == FieldRule.REVIEW);
        }

        /** The column as the API and the manual check name it: {@code internal_comment} is {@code internalComment}. */
        public String field() {
            return fieldName(name);
        }
    }

    /** A column name in camelCase, as the API names fields. */
    public static String fieldName(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    public PersonalDataTable(String table, String recordType, Kind kind, String scope, OnAnonymize onAnonymize,
                             List<Column> columns) {
        this(table, recordType, kind, scope, onAnonymize, columns, null, false);
    }

    public PersonalDataTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(onAnonymize, "onAnonymize");
        columns = List.copyOf(columns);
        if ((scope == null) != (kind == Kind.NOT_CUSTOMER_DATA)) {
            throw new IllegalArgumentException(table + ": a scope is required exactly for customer data");
        }
        if (kind == Kind.BOOKKEEPING && (onAnonymize != OnAnonymize.APPLY_COLUMN_RULES
                || columns.stream().anyMatch(c -> c.rule().changesValue()))) {
            throw new IllegalArgumentException(table + ": a bookkeeping record is never changed");
        }
    }

    /** A table whose rows the customer owns or took part in, selected by {@code scope}. */
    public static PersonalDataTable of(String table, String recordType, Kind kind, String scope) {
        return new PersonalDataTable(table, recordType, kind, Objects.requireNonNull(scope, "scope"),
                OnAnonymize.APPLY_COLUMN_RULES, List.of());
    }

    /** A table that holds no customer data at all. */
    public static PersonalDataTable notCustomerData(String table, String what) {
        return new PersonalDataTable(table, what, Kind.NOT_CUSTOMER_DATA, null,
                OnAnonymize.APPLY_COLUMN_RULES, List.of());
    }

    /** Anonymization deletes the customer's rows of this table instead of updating them. */
    public PersonalDataTable deletedOnAnonymize() {
        return new PersonalDataTable(table, recordType, kind, scope, OnAnonymize.DELETE_ROWS, columns, partOf,
                clearDeletesRow);
    }

    /** The rows are lines of a bookkeeping record of type {@code recordType}: checked with it, not one by one. */
    public PersonalDataTable linesOf(String parentRecordType) {
        return new PersonalDataTable(table, recordType, kind, scope, onAnonymize, columns,
                Objects.requireNonNull(parentRecordType, "parentRecordType"), clearDeletesRow);
    }

    /** Clearing a field of a row in the manual check deletes the row (documents, properties). */
    public PersonalDataTable deletedWhenCleared() {
        return new PersonalDataTable(table, recordType, kind, scope, onAnonymize, columns, partOf, true);
    }

    public PersonalDataTable keys(String... names) {
        return with(FieldRule.KEY, "identity or link", names);
    }

    public PersonalDataTable notPersonal(String reason, String... names) {
        return with(FieldRule.NOT_PERSONAL, reason, names);
    }

    /** Kept free text, checked by hand (and searched for the customer's identifiers). */
    public PersonalDataTable review(String... names) {
        return with(FieldRule.REVIEW, "kept by erasure-rules.md section 5; check manually", names);
    }

    /**
     * Kept structured values (country, region, postal code, gender, customer group): listed for the manual
     * check after the free text, never searched for identifiers.
     */
    public PersonalDataTable reviewValues(String... names) {
        return with(FieldRule.REVIEW, "kept structured value (erasure-rules.md section 5); check manually", false,
                names);
    }

    public PersonalDataTable bookkeeping(String... names) {
        return with(FieldRule.BOOKKEEPING, "Bokföringslagen: kept as issued", names);
    }

    public PersonalDataTable placeholder(String... names) {
        return with(FieldRule.PLACEHOLDER, null, names);
    }

    public PersonalDataTable clear(String... names) {
        return with(FieldRule.CLEAR, null, names);
    }

    public PersonalDataTable yearOnly(String... names) {
        return with(FieldRule.YEAR_ONLY, null, names);
    }

    public PersonalDataTable zero(String... names) {
        return with(FieldRule.ZERO, null, names);
    }

    public PersonalDataTable setFalse(String... names) {
        return with(FieldRule.FALSE, null, names);
    }

    public PersonalDataTable setTrue(String... names) {
        return with(FieldRule.TRUE, null, names);
    }

    public PersonalDataTable erasureTime(String... names) {
        return with(FieldRule.ERASURE_TIME, null, names);
    }

    /** The classification of a column, if declared. */
    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    public boolean holdsCustomerData() {
        return kind != Kind.NOT_CUSTOMER_DATA;
    }

    private PersonalDataTable with(FieldRule rule, String reason, String... names) {
        return with(rule, reason, true, names);
    }

    private PersonalDataTable with(FieldRule rule, String reason, boolean freeText, String... names) {
        List<Column> all = new ArrayList<>(columns);
        for (String name : names) {
            if (column(name).isPresent()) {
                throw new IllegalArgumentException(table + "." + name + " is classified twice");
            }
            all.add(new Column(name, rule, reason, freeText));
        }
        return new PersonalDataTable(table, recordType, kind, scope, onAnonymize, all, partOf, clearDeletesRow);
    }
}
