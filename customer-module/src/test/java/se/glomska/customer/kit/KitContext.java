package se.glomska.customer.kit;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.customer.spi.AnonymizationParticipant;

import java.util.regex.Pattern;

/**
 * Lets Spring build a participant the way the application does, from the module's own classes, on the kit's
 * database: the participant's class, any other classes it needs, and every bean of the given packages (each
 * package alone, not its sub-packages: typically the module's JDBC adapters, which need only a {@link JdbcClient}).
 */
public final class KitContext {

    private KitContext() {
    }

    public static AnonymizationParticipant participant(JdbcClient jdbc, Class<? extends AnonymizationParticipant> type,
                                                       String[] packages, Class<?>... more) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(JdbcClient.class, () -> jdbc);
        context.register(type);
        for (Class<?> component : more) {
            context.register(component);
        }
        ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, true);
        for (String pkg : packages) {
            Pattern directly = Pattern.compile(Pattern.quote(pkg) + "\\.[^.]+");
            AnnotationTypeFilter component = new AnnotationTypeFilter(Component.class);
            scanner.resetFilters(false);
            scanner.addIncludeFilter((reader, factory) -> directly.matcher(reader.getClassMetadata().getClassName()).matches()
                    && component.match(reader, factory));
            scanner.scan(pkg);
        }
        context.refresh();
        return context.getBean(type);
    }
}
