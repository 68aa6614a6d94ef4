package se.glomska;

import org.aopalliance.aop.Advice;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import se.glomska.customer.RetriedOnWriteConflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transaction aborted for a write conflict (on a cluster: a lost certification) is run again as a new
 * transaction: on every service marked {@link RetriedOnWriteConflict} Spring's retry advice must wrap the
 * transaction advice, not sit inside it (inside, a retry would run on in the aborted transaction).
 */
class RetriedOnWriteConflictTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theRetryWrapsTheTransactionOnEveryMarkedService() {
        Map<String, Object> marked = context.getBeansWithAnnotation(RetriedOnWriteConflict.class);
        assertThat(marked).as("services that record something for a customer").hasSizeGreaterThanOrEqualTo(18);
        List<String> wrong = new ArrayList<>();
        marked.forEach((name, bean) -> {
            assertThat(bean).as(name + " is proxied").isInstanceOf(Advised.class);
            List<String> advice = new ArrayList<>();
            for (Advisor advisor : ((Advised) bean).getAdvisors()) {
                Advice a = advisor.getAdvice();
                advice.add(a instanceof TransactionInterceptor ? "transaction"
                        : a.getClass().getName().contains("Retry") ? "retry" : a.getClass().getSimpleName());
            }
            if (!advice.contains("retry") || (advice.contains("transaction")
                    && advice.indexOf("retry") > advice.indexOf("transaction"))) {
                wrong.add(name + " " + advice);
            }
        });
        assertThat(wrong).as("services whose retry is missing or inside the transaction").isEmpty();
        assertThat(AnnotatedElementUtils.hasAnnotation(RetriedOnWriteConflict.class,
                org.springframework.resilience.annotation.Retryable.class)).isTrue();
    }
}
