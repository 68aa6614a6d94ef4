package se.glomska.accounting;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import se.glomska.customer.spi.AnonymizationParticipant;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Guard 1 of ADR 0001 (bookkeeping records are immutable): the rules that make changing an invoice,
 * invoice line, payment, receipt or receipt line structurally impossible in the accounting module.
 * <p>
 * The rules name roles by package ({@code ..internal.domain..}, {@code ..internal.jdbc..}), method-name
 * shapes and table names, never today's classes, so a new class written carelessly by a teammate falls
 * under them without anyone editing this file. {@link BookkeepingArchitectureTest} checks them against
 * the production classes of {@code se.glomska.accounting} and proves that each one reports the violating
 * fixture in {@code se.glomska.accounting.fixture.violations}.
 */
final class BookkeepingRules {

    /** The bookkeeping tables: written once, never updated nor deleted (the triggers refuse it too). */
    static final Set<String> BOOKKEEPING_TABLES = Set.of("accounting_invoice", "accounting_invoice_line",
            "accounting_payment", "accounting_receipt", "accounting_receipt_line");

    /** What a ledger port may do: append ... */
    static final String APPEND_METHOD = "(append|add|issue|record)([A-Z].*)?";
    /** ... and read. Nothing else: no update, delete, save, remove, modify, change, set, correct ... */
    static final String READ_METHOD = "(find|get|list|count|exists)([A-Z].*)?";

    private static final Pattern BOOKKEEPING_TABLE = tablePattern(BOOKKEEPING_TABLES);
    /** SQL that changes or removes rows or tables. {@code SELECT ... FOR UPDATE} only locks, see below. */
    private static final Pattern WRITE_KEYWORD = Pattern.compile(
            "\\b(UPDATE|DELETE|TRUNCATE|REPLACE(?!\\s*\\()|MERGE|DROP|ALTER|RENAME)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROW_LOCK = Pattern.compile("\\bFOR\\s+UPDATE\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STARTS_WITH_WRITE = Pattern.compile(
            "^\\s*(UPDATE|DELETE|TRUNCATE|REPLACE|MERGE|DROP|ALTER|RENAME)\\b", Pattern.CASE_INSENSITIVE);
    /** Switching the database guard off is a write path too. */
    private static final Pattern TRIGGER_DDL = Pattern.compile("\\b(DROP|ALTER)\\s+TRIGGER\\b", Pattern.CASE_INSENSITIVE);

    /** JDBC calls that write: JdbcClient's update(), JdbcTemplate's update/batchUpdate/execute, Statement's execute*. */
    private static final Set<String> JDBC_WRITE_METHODS = Set.of("update", "batchUpdate", "execute", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch", "executeAndReturnKey",
            "executeAndReturnKeyHolder");
    private static final List<String> PERSISTENCE_PACKAGES = List.of("org.springframework.jdbc.", "java.sql.",
            "javax.sql.", "jakarta.persistence.", "org.hibernate.", "org.jooq.", "org.springframework.r2dbc.",
            "org.springframework.data.");

    private BookkeepingRules() {
    }

    /** 1. The domain types are immutable: final fields, written only by constructors, no setters. */
    static final ArchRule DOMAIN_TYPES_ARE_IMMUTABLE = classes()
            .that().resideInAPackage("..internal.domain..")
            .should(beImmutable())
            .as("domain types of the accounting module are immutable")
            .because("an issued invoice, payment or receipt is never changed (Bokföringslagen, ADR 0001)");

    /** 2. The ports (interfaces of the domain) that store records only append and read. */
    static final ArchRule PORTS_ONLY_APPEND_AND_READ = methods()
            .that().areDeclaredInClassesThat().areInterfaces()
            .and().areDeclaredInClassesThat().resideInAPackage("..internal.domain..")
            .should().haveNameMatching(APPEND_METHOD + "|" + READ_METHOD)
            .as("ports of the accounting domain only append (append/add/issue/record) and read (find/get/list/count/exists)")
            .because("a port offering update, delete, save, change... would be a write path to bookkeeping records");

    /** 3. Only the JDBC adapters touch the database API at all. */
    static final ArchRule ONLY_JDBC_ADAPTERS_ACCESS_THE_DATABASE = noClasses()
            .that().resideOutsideOfPackage("..internal.jdbc..")
            .should().dependOnClassesThat(DescribedPredicate.describe(
                    "belong to a database API (JDBC, JdbcClient/JdbcTemplate, DataSource, JPA, jOOQ, R2DBC)",
                    BookkeepingRules::isPersistenceApi))
            .as("only the JDBC adapters (..internal.jdbc..) of the accounting module use a database API")
            .because("every other class, the anonymization participant included, reaches the ledger through its ports");

    /** 4. No class holds SQL that updates, deletes, truncates, replaces or alters a bookkeeping table. */
    static final ArchRule NO_SQL_CHANGES_BOOKKEEPING_TABLES = classes()
            .should(holdNoSqlThatChangesBookkeepingTables(BOOKKEEPING_TABLE))
            .as("no class of the accounting module holds SQL that changes " + String.join(", ",
                    BOOKKEEPING_TABLES.stream().sorted().toList()))
            .because("bookkeeping records are only inserted and read (the database triggers refuse the rest)");

    /** 5. Database writes are issued only from append methods (append/add/issue/record), never from others. */
    static final ArchRule WRITES_ONLY_FROM_APPEND_METHODS = classes()
            .should(writeOnlyFromAppendMethods())
            .as("JDBC writes in the accounting module are issued only from append methods (append/add/issue/record)")
            .because("a write from any other method (correct, update, fix...) would be a write path to bookkeeping records");

    /** 6. Nothing outside the JDBC adapters depends on an adapter: they are reached through the ports only. */
    static final ArchRule ADAPTERS_ONLY_BEHIND_PORTS = noClasses()
            .that().resideOutsideOfPackage("..internal.jdbc..")
            .should().dependOnClassesThat().resideInAPackage("..internal.jdbc..")
            .as("no class outside the JDBC adapters depends on a JDBC adapter")
            .because("an adapter's extra public method must not become a write path past the append-and-read ports");

    /** 7. The anonymization participant only declares: it depends on the domain, the customer SPI and the JDK. */
    static final ArchRule PARTICIPANT_ONLY_DECLARES = classes()
            .that().implement(AnonymizationParticipant.class)
            .should(dependOnlyOn("..internal.domain..", "se.glomska.customer..", "java..",
                    "org.springframework.stereotype.."))
            .as("the accounting anonymization participant depends only on the domain, the customer API/SPI and the JDK")
            .because("the erasure derives its statements from the declaration and never writes bookkeeping records");

    static List<ArchRule> all() {
        return List.of(DOMAIN_TYPES_ARE_IMMUTABLE, PORTS_ONLY_APPEND_AND_READ, ONLY_JDBC_ADAPTERS_ACCESS_THE_DATABASE,
                NO_SQL_CHANGES_BOOKKEEPING_TABLES, WRITES_ONLY_FROM_APPEND_METHODS, ADAPTERS_ONLY_BEHIND_PORTS,
                PARTICIPANT_ONLY_DECLARES);
    }

    private static boolean isPersistenceApi(JavaClass type) {
        String name = type.getBaseComponentType().getName();
        return PERSISTENCE_PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static ArchCondition<JavaClass> beImmutable() {
        return new ArchCondition<>("be immutable (final instance fields written only by constructors, no setters)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaField field : type.getFields()) {
                    if (!field.getModifiers().contains(JavaModifier.STATIC)
                            && !field.getModifiers().contains(JavaModifier.FINAL)) {
                        events.add(SimpleConditionEvent.violated(field,
                                field.getFullName() + " is not final"));
                    }
                }
                type.getMethods().stream()
                        .filter(m -> m.getName().matches("set[A-Z].*"))
                        .forEach(m -> events.add(SimpleConditionEvent.violated(m, m.getFullName() + " is a setter")));
                for (JavaFieldAccess access : type.getFieldAccessesFromSelf()) {
                    if (access.getAccessType() == JavaFieldAccess.AccessType.SET
                            && !access.getOrigin().isConstructor()
                            && !access.getOrigin().getName().equals("<clinit>")) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()
                                + ": a field is written outside a constructor"));
                    }
                }
            }
        };
    }

    /**
     * Rule 4 for any set of tables: the tables every participant of the application declares BOOKKEEPING, checked
     * against the classes of every module (see {@code DeclaredBookkeepingTablesTest}).
     */
    static ArchRule noSqlChanges(Collection<String> tables) {
        return classes()
                .should(holdNoSqlThatChangesBookkeepingTables(tablePattern(tables)))
                .as("no class holds SQL that changes a table declared BOOKKEEPING (" + String.join(", ",
                        tables.stream().sorted().toList()) + ")")
                .because("bookkeeping records are only inserted and read (the database triggers refuse the rest)");
    }

    private static Pattern tablePattern(Collection<String> tables) {
        return Pattern.compile("\\b(" + String.join("|", tables) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    private static ArchCondition<JavaClass> holdNoSqlThatChangesBookkeepingTables(Pattern bookkeepingTable) {
        return new ArchCondition<>("hold no SQL that updates, deletes or alters a bookkeeping table") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<String> literals = ClassFileLiterals.of(type);
                boolean namesBookkeepingTable = false;
                boolean reported = false;
                for (String literal : literals) {
                    Matcher table = bookkeepingTable.matcher(literal);
                    if (table.find()) {
                        namesBookkeepingTable = true;
                        String withoutRowLocks = ROW_LOCK.matcher(literal).replaceAll(" ");
                        Matcher write = WRITE_KEYWORD.matcher(withoutRowLocks);
                        if (write.find()) {
                            reported = true;
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " holds SQL that "
                                    + write.group(1).toUpperCase(Locale.ROOT) + "s " + table.group(1) + ": \""
                                    + abbreviate(literal) + "\""));
                        }
                    }
                    if (TRIGGER_DDL.matcher(literal).find()) {
                        events.add(SimpleConditionEvent.violated(type, type.getName()
                                + " holds SQL that drops or alters a trigger: \"" + abbreviate(literal) + "\""));
                    }
                }
                if (namesBookkeepingTable && !reported) {
                    // a statement assembled at run time: "DELETE FROM " + table + ...
                    literals.stream().filter(l -> STARTS_WITH_WRITE.matcher(l).find()).findFirst()
                            .ifPresent(l -> events.add(SimpleConditionEvent.violated(type, type.getName()
                                    + " names a bookkeeping table and assembles a write statement: \""
                                    + abbreviate(l) + "\"")));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> writeOnlyFromAppendMethods() {
        return new ArchCondition<>("issue JDBC writes only from append methods") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                    if (isJdbcWrite(call.getTarget()) && !appendMethod(call).matches(APPEND_METHOD)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()
                                + ": a JDBC write outside an append method"));
                    }
                }
            }
        };
    }

    private static boolean isJdbcWrite(AccessTarget.MethodCallTarget target) {
        String owner = target.getOwner().getName();
        return (owner.startsWith("org.springframework.jdbc.") || owner.startsWith("java.sql."))
                && JDBC_WRITE_METHODS.contains(target.getName());
    }

    /**
     * The method a call is written in. ArchUnit already attributes a lambda's calls to the method around
     * it; should a synthetic {@code lambda$issue$0} ever show up, it counts as {@code issue}.
     */
    private static String appendMethod(JavaAccess<?> access) {
        String name = access.getOrigin().getName();
        if (name.startsWith("lambda$")) {
            String inner = name.substring("lambda$".length());
            int end = inner.indexOf('$');
            return end < 0 ? inner : inner.substring(0, end);
        }
        return name;
    }

    private static ArchCondition<JavaClass> dependOnlyOn(String... packages) {
        return new ArchCondition<>("depend only on classes in " + String.join(", ", packages)) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    boolean self = target.getName().equals(type.getName())
                            || target.getName().startsWith(type.getName() + "$");
                    if (!self && !target.isPrimitive() && !target.getPackage().getName().isEmpty()
                            && !PackageMatchers.of(packages)
                            .test(target.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.length() > 120 ? flat.substring(0, 117) + "..." : flat;
    }
}
