package se.glomska.accounting;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.glomska.customer.spi.AnonymizationParticipant;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard 1 of ADR 0001: the bookkeeping rules hold for the accounting module's production classes, and
 * each rule reports the deliberately violating fixture (so none of them passes vacuously).
 */
class BookkeepingArchitectureTest {

    private static final String MODULE = "se.glomska.accounting";
    private static final String FIXTURE = "se.glomska.accounting.fixture.violations";

    /** The accounting module as shipped: its jar or classes folder, no test classes (so no fixture). */
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(MODULE);

    /** The violating fixture, imported on its own from the test classes. */
    private static final JavaClasses VIOLATIONS = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void the_rules_see_the_whole_production_module_and_nothing_else() {
        assertThat(PRODUCTION).noneMatch(c -> c.getPackageName().startsWith(FIXTURE));
        assertThat(PRODUCTION).noneMatch(c -> c.getSimpleName().endsWith("Test"));
        for (String role : List.of(".internal.domain", ".internal.application", ".internal.jdbc", ".internal.web")) {
            assertThat(PRODUCTION).as("classes in %s", role)
                    .anyMatch(c -> c.getPackageName().equals(MODULE + role));
        }
        assertThat(PRODUCTION).filteredOn(c -> c.isAssignableTo(AnonymizationParticipant.class)).hasSize(1);
        assertThat(PRODUCTION).filteredOn(c -> c.getPackageName().equals(MODULE + ".internal.domain")
                && c.isInterface()).isNotEmpty();
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("domain types are immutable", BookkeepingRules.DOMAIN_TYPES_ARE_IMMUTABLE,
                        List.of("MutableInvoice")),
                Arguments.of("ports only append and read", BookkeepingRules.PORTS_ONLY_APPEND_AND_READ,
                        List.of("CorrectableInvoices.updateTotal", "CorrectableInvoices.delete")),
                Arguments.of("only JDBC adapters access the database", BookkeepingRules.ONLY_JDBC_ADAPTERS_ACCESS_THE_DATABASE,
                        List.of("InvoiceCorrection")),
                Arguments.of("no SQL changes a bookkeeping table", BookkeepingRules.NO_SQL_CHANGES_BOOKKEEPING_TABLES,
                        List.of("InvoiceCorrection", "JdbcCorrectableInvoices", "JdbcPaymentPurge", "JdbcTriggerSwitch",
                                "JdbcInvoiceCorrections")),
                Arguments.of("writes only from append methods", BookkeepingRules.WRITES_ONLY_FROM_APPEND_METHODS,
                        List.of("InvoiceCorrection.correct", "JdbcCorrectableInvoices.updateTotal",
                                "JdbcCorrectableInvoices.delete", "JdbcPaymentPurge.purge",
                                "JdbcTriggerSwitch.disableGuard")),
                Arguments.of("adapters only behind ports", BookkeepingRules.ADAPTERS_ONLY_BEHIND_PORTS,
                        List.of("FixtureParticipant")),
                Arguments.of("participant only declares", BookkeepingRules.PARTICIPANT_ONLY_DECLARES,
                        List.of("FixtureParticipant")));
    }

    @Test
    void every_rule_is_proven_by_the_fixture() {
        assertThat(rules().map(a -> a.get()[1])).containsExactlyInAnyOrderElementsOf(BookkeepingRules.all());
    }

    @ParameterizedTest(name = "{0}: holds for the production classes")
    @MethodSource("rules")
    void rule_holds_for_the_accounting_module(String name, ArchRule rule, List<String> ignored) {
        rule.check(PRODUCTION);
    }

    @ParameterizedTest(name = "{0}: reports the violating fixture")
    @MethodSource("rules")
    void rule_reports_the_violating_fixture(String name, ArchRule rule, List<String> violators) {
        EvaluationResult result = rule.evaluate(VIOLATIONS);

        assertThat(result.hasViolation()).as("%s reports a violation", name).isTrue();
        List<String> details = result.getFailureReport().getDetails();
        for (String violator : violators) {
            assertThat(details).as("%s reports %s", name, violator)
                    .anyMatch(detail -> detail.contains(FIXTURE) && detail.contains(violator));
        }
    }

    /**
     * A write hidden behind an append-style name ({@code recordCorrection}) passes the rules that go by
     * names, and is reported by the rule that reads the SQL: the names are not the guard.
     */
    @Test
    void a_write_behind_an_append_style_name_is_reported_by_its_sql() {
        String hidden = FIXTURE + ".internal.jdbc.JdbcInvoiceCorrections";
        assertThat(BookkeepingRules.WRITES_ONLY_FROM_APPEND_METHODS.evaluate(VIOLATIONS).getFailureReport().getDetails())
                .as("the append-name rule alone lets it through").noneMatch(d -> d.contains(hidden));
        assertThat(BookkeepingRules.PORTS_ONLY_APPEND_AND_READ.evaluate(VIOLATIONS).getFailureReport().getDetails())
                .as("the port's name passes").noneMatch(d -> d.contains("InvoiceCorrections.recordCorrection"));
        assertThat(BookkeepingRules.NO_SQL_CHANGES_BOOKKEEPING_TABLES.evaluate(VIOLATIONS).getFailureReport().getDetails())
                .anyMatch(d -> d.contains(hidden) && d.contains("UPDATEs accounting_invoice"));
    }

    @Test
    void the_sql_scan_reads_statements_from_the_class_files() {
        JavaClass adapter = PRODUCTION.stream()
                .filter(c -> c.getPackageName().equals(MODULE + ".internal.jdbc"))
                .filter(c -> ClassFileLiterals.of(c).stream().anyMatch(l -> l.contains("INSERT INTO accounting_invoice ")))
                .findFirst().orElseThrow();
        assertThat(ClassFileLiterals.of(adapter)).anyMatch(l -> l.contains("FROM accounting_invoice WHERE id = :id"));
        assertThat(VIOLATIONS.get(FIXTURE + ".internal.application.InvoiceCorrection"))
                .extracting(ClassFileLiterals::of, InstanceOfAssertFactories.LIST)
                .contains("UPDATE accounting_invoice SET total = :total WHERE id = :id");
    }
}
