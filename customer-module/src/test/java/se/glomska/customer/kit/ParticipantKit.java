package se.glomska.customer.kit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.customer.internal.domain.PersonalData;
import se.glomska.customer.internal.jdbc.KitSql;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.Blocker;
import se.glomska.customer.spi.FieldRule;
import se.glomska.customer.spi.PersonalDataTable;
import se.glomska.customer.spi.PersonalDataTable.Column;
import se.glomska.customer.spi.PersonalDataTable.Kind;
import se.glomska.customer.spi.PersonalDataTable.OnAnonymize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The participant kit: one abstract test that checks a module's {@link AnonymizationParticipant} against the
 * module's real schema on a real MariaDB, with the statements the erasure itself runs. A module author extends it
 * in the module's own tests, names the module's Liquibase changelogs, builds the participant and records a
 * customer's history in every table; the kit then proves, for this module alone:
 * <ul>
 *   <li>every column of the module's schema is classified, and every declared column exists;</li>
 *   <li>tables and record types are declared once;</li>
 *   <li>the history reaches every table that holds customer data, and each table's scope selects exactly the
 *       customer's rows (four customers' histories partition every table);</li>
 *   <li>blockers are reported exactly when the history blocks ({@link #historyBlocks()}), and their messages
 *       carry no personal data (no value of the customer's personal or kept columns);</li>
 *   <li>bookkeeping tables are refused UPDATE and DELETE by the database (triggers), whatever the SQL;</li>
 *   <li>an anonymization leaves the customer's marker in no column it changes, deletes the rows it should, and
 *       touches no other customer;</li>
 *   <li>a deletion leaves no row of the customer outside bookkeeping tables, and touches no other customer.</li>
 * </ul>
 * See {@code docs/adding-a-module.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class ParticipantKit {

    /** The customer whose history the read-only checks look at. */
    protected static final long CUSTOMER = 910_001L;
    /** A second customer with the same history: nothing done to the others may touch it. */
    protected static final long OTHER_CUSTOMER = 910_002L;
    /** The customer the kit anonymizes. */
    protected static final long ANONYMIZED_CUSTOMER = 910_003L;
    /** The customer the kit deletes. */
    protected static final long DELETED_CUSTOMER = 910_004L;

    private static final List<Long> CUSTOMERS = List.of(CUSTOMER, OTHER_CUSTOMER, ANONYMIZED_CUSTOMER, DELETED_CUSTOMER);

    private JdbcClient jdbc;
    private AnonymizationParticipant participant;
    private PersonalData personalData;
    private final Map<String, List<Long>> bookkeepingIds = new LinkedHashMap<>();

    /** The module's own Liquibase changelogs, as classpath resources, e.g. {@code db/changelog/crm.sql}. */
    protected abstract List<String> changelogs();

    /** The participant, built on the kit's database (see {@link KitContext} to let Spring build it). */
    protected abstract AnonymizationParticipant participant(JdbcClient jdbc);

    /**
     * Records a history of the customer in every table of the module that holds customer data, with
     * {@code marker} written into every free-text column that the history fills (the kit looks for it).
     */
    protected abstract void recordHistory(JdbcClient jdbc, long customerId, String marker);

    /** Whether {@link #recordHistory} leaves the customer blocked (then blockers must be reported). */
    protected boolean historyBlocks() {
        return false;
    }

    /** The marker of a customer: text that appears nowhere else. */
    protected static String marker(long customerId) {
        return "Mkr" + customerId + "q";
    }

    @BeforeAll
    void recordTheHistories() {
        jdbc = KitDatabase.withChangelogs(changelogs());
        participant = participant(jdbc);
        personalData = KitSql.personalData(jdbc);
        for (long customer : CUSTOMERS) {
            recordHistory(jdbc, customer, marker(customer));
        }
    }

    @Test
    @Order(1)
    void everyColumnOfTheSchemaIsClassifiedAndEveryDeclaredColumnExists() {
        Set<String> schema = new TreeSet<>(jdbc.sql("""
                        SELECT CONCAT(c.table_name, '.', c.column_name) FROM information_schema.columns c
                        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                        WHERE c.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                          AND c.table_name NOT LIKE 'DATABASECHANGELOG%'""")
                .query(String.class).list());
        Set<String> declared = new TreeSet<>();
        for (PersonalDataTable table : participant.tables()) {
            for (Column column : table.columns()) {
                declared.add(table.table() + "." + column.name());
            }
        }
        Set<String> unclassified = new TreeSet<>(schema);
        unclassified.removeAll(declared);
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(schema);
        assertThat(schema).as("the changelogs " + changelogs() + " create tables").isNotEmpty();
        assertThat(unclassified).as("columns of " + participant.module() + "'s schema that no rule classifies")
                .isEmpty();
        assertThat(missing).as("declared columns that " + participant.module() + "'s schema does not have").isEmpty();
    }

    @Test
    @Order(2)
    void tablesRecordTypesAndColumnsAreDeclaredOnce() {
        List<PersonalDataTable> tables = participant.tables();
        assertThat(tables).extracting(PersonalDataTable::table).doesNotHaveDuplicates();
        assertThat(tables).extracting(PersonalDataTable::recordType).as("record types").doesNotHaveDuplicates();
        for (PersonalDataTable table : tables) {
            assertThat(table.columns()).extracting(Column::name).as("columns of " + table.table())
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    @Order(3)
    void theHistoryReachesEveryTableThatHoldsCustomerData() {
        for (PersonalDataTable table : customerTables()) {
            assertThat(rowsOf(table, CUSTOMER))
                    .as("recordHistory writes no row of the customer into " + table.table()
                            + ": the kit cannot check what it does not see")
                    .isPositive();
        }
    }

    @Test
    @Order(4)
    void eachScopeSelectsExactlyTheCustomersRows() {
        for (PersonalDataTable table : customerTables()) {
            long all = jdbc.sql("SELECT COUNT(*) FROM " + table.table()).query(Long.class).single();
            long selected = 0;
            for (long customer : CUSTOMERS) {
                long rows = rowsOf(table, customer);
                assertThat(rows).as(table.table() + " rows of customer " + customer).isPositive();
                selected += rows;
            }
            assertThat(selected)
                    .as(table.table() + ": the scopes of the " + CUSTOMERS.size() + " customers together select every"
                            + " row exactly once (more: a scope selects another customer's rows; fewer: it misses some)")
                    .isEqualTo(all);
        }
    }

    @Test
    @Order(5)
    void blockersAreReportedAsTheHistoryImpliesAndCarryNoPersonalData() {
        List<Blocker> blockers = participant.blockers(se.glomska.customer.CustomerId.of(CUSTOMER));
        if (!historyBlocks()) {
            assertThat(blockers).as("the history does not block an anonymization (historyBlocks() is false)").isEmpty();
            return;
        }
        assertThat(blockers).as("the history blocks an anonymization, so blockers are reported").isNotEmpty();
        Set<String> personal = personalValues(CUSTOMER);
        assertThat(personal).as("the history fills personal or kept columns").isNotEmpty();
        for (Blocker blocker : blockers) {
            String said = String.join(" ", String.valueOf(blocker.module()), String.valueOf(blocker.code()),
                    String.valueOf(blocker.message()), String.valueOf(blocker.recordType()));
            assertThat(said).as("blocker " + blocker.code()).doesNotContain(marker(CUSTOMER));
            for (String value : personal) {
                assertThat(said).as("blocker " + blocker.code() + " quotes a value of the customer").doesNotContain(value);
            }
        }
    }

    /** One test per table the module declares BOOKKEEPING (none for a module without bookkeeping records). */
    @TestFactory
    @Order(6)
    Stream<DynamicTest> bookkeepingTablesAreRefusedUpdateAndDeleteByTheDatabase() {
        return participant.tables().stream()
                .filter(t -> t.kind() == Kind.BOOKKEEPING)
                .map(table -> DynamicTest.dynamicTest(table.table() + " refuses UPDATE and DELETE",
                        () -> assertGuarded(table)));
    }

    private void assertGuarded(PersonalDataTable table) {
        Set<String> guarded = new HashSet<>(jdbc.sql("""
                        SELECT CONCAT(action_timing, ' ', event_manipulation) FROM information_schema.triggers
                        WHERE trigger_schema = DATABASE() AND event_object_table = :table""")
                .param("table", table.table()).query(String.class).list());
        assertThat(guarded).as(table.table() + " is a bookkeeping table: triggers refuse UPDATE and DELETE")
                .contains("BEFORE UPDATE", "BEFORE DELETE");
        long before = rowsOf(table, CUSTOMER);
        assertThat(before).as("rows of " + table.table()).isPositive();
        String column = table.columns().stream().filter(c -> c.rule() == FieldRule.BOOKKEEPING)
                .map(Column::name).findFirst().orElseThrow();
        assertThatThrownBy(() -> jdbc.sql("UPDATE " + table.table() + " SET " + column + " = " + column
                + " WHERE " + table.scope()).param("customerId", CUSTOMER).update())
                .as("UPDATE of " + table.table()).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM " + table.table() + " WHERE " + table.scope())
                .param("customerId", CUSTOMER).update())
                .as("DELETE of " + table.table()).isInstanceOf(RuntimeException.class);
        assertThat(rowsOf(table, CUSTOMER)).isEqualTo(before);
    }

    @Test
    @Order(10)
    void anAnonymizationLeavesNoMarkerInAnyColumnItChangesAndTouchesNoOtherCustomer() {
        Map<String, List<Map<String, Object>>> others = snapshot(OTHER_CUSTOMER);
        Map<String, List<Map<String, Object>>> bookkeepingBefore = snapshotBookkeeping(ANONYMIZED_CUSTOMER);
        for (PersonalDataTable table : reversed(participant.tables())) {
            personalData.anonymize(table, ANONYMIZED_CUSTOMER, Instant.parse("2026-01-01T00:00:00Z"));
        }
        String marker = marker(ANONYMIZED_CUSTOMER);
        for (PersonalDataTable table : customerTables()) {
            if (table.onAnonymize() == OnAnonymize.DELETE_ROWS) {
                assertThat(rowsOf(table, ANONYMIZED_CUSTOMER)).as(table.table() + " rows are deleted").isZero();
                continue;
            }
            for (Column column : table.columns()) {
                if (!column.rule().changesValue()) {
                    continue;
                }
                long left = jdbc.sql("SELECT COUNT(*) FROM " + table.table() + " WHERE (" + table.scope() + ") AND "
                                + "CAST(" + column.name() + " AS CHAR) LIKE :marker")
                        .param("customerId", ANONYMIZED_CUSTOMER).param("marker", "%" + marker + "%")
                        .query(Long.class).single();
                assertThat(left).as(table.table() + "." + column.name() + " (" + column.rule()
                        + ") still holds the customer's marker").isZero();
            }
        }
        assertThat(snapshotBookkeeping(ANONYMIZED_CUSTOMER)).as("bookkeeping records stay as issued")
                .isEqualTo(bookkeepingBefore);
        assertThat(snapshot(OTHER_CUSTOMER)).as("another customer's rows").isEqualTo(others);
    }

    @Test
    @Order(11)
    void aDeletionLeavesNoRowOfTheCustomerAndTouchesNoOtherCustomer() {
        Map<String, List<Map<String, Object>>> others = snapshot(OTHER_CUSTOMER);
        for (PersonalDataTable table : reversed(participant.tables())) {
            personalData.delete(table, DELETED_CUSTOMER);
        }
        for (PersonalDataTable table : customerTables()) {
            if (table.kind() != Kind.BOOKKEEPING) {
                assertThat(rowsOf(table, DELETED_CUSTOMER)).as(table.table() + " rows left after a DELETE").isZero();
            }
        }
        assertThat(snapshot(OTHER_CUSTOMER)).as("another customer's rows").isEqualTo(others);
    }

    private List<PersonalDataTable> customerTables() {
        return participant.tables().stream().filter(PersonalDataTable::holdsCustomerData).toList();
    }

    private long rowsOf(PersonalDataTable table, long customer) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table.table() + " WHERE " + table.scope())
                .param("customerId", customer).query(Long.class).single();
    }

    /** Every value of the customer's columns that may be personal (changed, kept for review or as issued). */
    private Set<String> personalValues(long customer) {
        Set<String> values = new HashSet<>();
        for (PersonalDataTable table : customerTables()) {
            for (Column column : table.columns()) {
                if (column.rule().changesValue() || column.rule() == FieldRule.REVIEW
                        || column.rule() == FieldRule.BOOKKEEPING) {
                    jdbc.sql("SELECT CAST(" + column.name() + " AS CHAR) FROM " + table.table() + " WHERE "
                                    + table.scope())
                            .param("customerId", customer).query(String.class).list().stream()
                            .filter(v -> v != null && v.length() >= 4 && !v.matches("[0-9.:\\- ]+")
                                    && !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false"))
                            // a bookkeeping record's number or date may be quoted; its customer text may not
                            .filter(v -> column.rule() != FieldRule.BOOKKEEPING || v.contains(marker(customer)))
                            .forEach(values::add);
                }
            }
        }
        return values;
    }

    private Map<String, List<Map<String, Object>>> snapshot(long customer) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (PersonalDataTable table : customerTables()) {
            rows.put(table.table(), rowsAsText(table, customer));
        }
        return rows;
    }

    /** The customer's bookkeeping rows, by id: an anonymization may remove the link that scopes them. */
    private Map<String, List<Map<String, Object>>> snapshotBookkeeping(long customer) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (PersonalDataTable table : customerTables()) {
            if (table.kind() == Kind.BOOKKEEPING) {
                bookkeepingIds.computeIfAbsent(table.table(), t -> jdbc.sql("SELECT id FROM " + t + " WHERE "
                        + table.scope()).param("customerId", customer).query(Long.class).list());
                rows.put(table.table(), rowsAsText("SELECT * FROM " + table.table() + " WHERE id IN (:ids) ORDER BY id",
                        Map.of("ids", bookkeepingIds.get(table.table()))));
            }
        }
        return rows;
    }

    private List<Map<String, Object>> rowsAsText(PersonalDataTable table, long customer) {
        return rowsAsText("SELECT * FROM " + table.table() + " WHERE " + table.scope() + " ORDER BY 1",
                Map.of("customerId", customer));
    }

    private List<Map<String, Object>> rowsAsText(String sql, Map<String, ?> params) {
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT),
                                value instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : String.valueOf(value));
                    }
                    return row;
                })
                .list();
    }

    private static List<PersonalDataTable> reversed(List<PersonalDataTable> tables) {
        List<PersonalDataTable> reversed = new ArrayList<>(tables);
        Collections.reverse(reversed);
        return reversed;
    }
}
