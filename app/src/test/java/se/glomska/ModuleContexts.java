package se.glomska;

import org.springframework.context.ApplicationContext;
import se.glomska.customer.internal.application.CustomerRegister;
import se.glomska.customer.internal.domain.CustomerDetails;
import se.glomska.customer.internal.domain.Kind;
import se.glomska.customer.internal.domain.Relation;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Support of the module tests ({@code @ApplicationModuleTest}): which modules a bootstrapped context holds
 * beans of, and a customer to hang a module's records on.
 */
public final class ModuleContexts {

    /** Properties of every module test: a throw-away embedded database without the demo data. */
    public static final String THROW_AWAY_DATABASE = "glomska.embedded-db.data-dir=";
    public static final String NO_DEMO_DATA = "glomska.demo-data=false";

    private static final Set<String> MODULES = Set.of("customer", "sales", "crm", "support", "accounting", "web");

    private ModuleContexts() {
    }

    /** The application modules (direct sub-packages of {@code se.glomska}) of which the context holds a bean. */
    public static Set<String> modulesWithBeans(ApplicationContext context) {
        Set<String> modules = new TreeSet<>();
        Arrays.stream(context.getBeanDefinitionNames())
                .map(context::getType)
                .filter(Objects::nonNull)
                .map(Class::getName)
                .filter(name -> name.startsWith("se.glomska."))
                .map(name -> name.substring("se.glomska.".length()))
                .filter(rest -> rest.contains("."))
                .map(rest -> rest.substring(0, rest.indexOf('.')))
                .filter(MODULES::contains)
                .forEach(modules::add);
        return modules;
    }

    /** Registers a person as a customer through the customer module (bootstrapped as a dependency). */
    public static long customer(ApplicationContext context, String lastName) {
        return context.getBean(CustomerRegister.class).register(new CustomerDetails(Kind.PERSON, Relation.CUSTOMER,
                "Modul", lastName, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null)).id();
    }
}
