package se.glomska.accounting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import fixture.loyalty.LoyaltyParticipant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.IntegrationTest;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.PersonalDataTable;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bookkeeping guards follow from the declarations: the architecture rule that no class holds SQL changing a
 * bookkeeping table is built from the tables every participant of the application declares {@code BOOKKEEPING}, and
 * checked against the production classes of every module, not only accounting's. A module added later (the loyalty
 * example of docs/adding-a-module.md) is guarded by its declaration alone; its triggers are checked by the
 * participant kit.
 */
class DeclaredBookkeepingTablesTest extends IntegrationTest {

    private static final JavaClasses EVERY_MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("se.glomska");

    private static final JavaClasses LOYALTY_EXAMPLE = new ClassFileImporter().importPackages("fixture.loyalty");

    @Autowired
    private List<AnonymizationParticipant> participants;

    @Test
    void noClassOfAnyModuleHoldsSqlThatChangesADeclaredBookkeepingTable() {
        Set<String> declared = bookkeepingTables(participants);
        assertThat(declared).as("tables declared BOOKKEEPING").contains("accounting_invoice", "accounting_payment",
                "accounting_receipt");
        Set<String> packages = EVERY_MODULE.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
        for (String module : List.of("customer", "sales", "crm", "support", "accounting")) {
            assertThat(packages).as("the rule sees the " + module + " module")
                    .anyMatch(p -> p.startsWith("se.glomska." + module + "."));
        }

        BookkeepingRules.noSqlChanges(declared).check(EVERY_MODULE);
    }

    @Test
    void aNewModulesBookkeepingTableIsGuardedByItsDeclarationAlone() {
        Set<String> withLoyalty = bookkeepingTables(participants);
        withLoyalty.addAll(bookkeepingTables(List.of(new LoyaltyParticipant(null))));
        assertThat(withLoyalty).contains("loyalty_statement");

        EvaluationResult guarded = BookkeepingRules.noSqlChanges(withLoyalty).evaluate(LOYALTY_EXAMPLE);
        assertThat(guarded.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("LoyaltyStatementCorrection") && d.contains("UPDATEs loyalty_statement"));

        EvaluationResult unguarded = BookkeepingRules.noSqlChanges(bookkeepingTables(participants))
                .evaluate(LOYALTY_EXAMPLE);
        assertThat(unguarded.getFailureReport().getDetails()).as("without the loyalty declaration the table is not known")
                .noneMatch(d -> d.contains("LoyaltyStatementCorrection"));
    }

    private static Set<String> bookkeepingTables(List<AnonymizationParticipant> participants) {
        return participants.stream().flatMap(p -> p.tables().stream())
                .filter(t -> t.kind() == PersonalDataTable.Kind.BOOKKEEPING)
                .map(PersonalDataTable::table)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
