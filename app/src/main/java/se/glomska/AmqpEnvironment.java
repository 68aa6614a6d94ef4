package se.glomska;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.util.Map;

/**
 * RabbitMQ only when it is configured: without {@code spring.rabbitmq.host} Spring Boot's AMQP auto-configuration
 * (connection factory, template, health indicator, metrics) is excluded, so the embedded default run and every test
 * that does not ask for a broker neither connects to {@code localhost:5672} nor reports a DOWN health for it.
 * With the host set, {@link CustomerErasedExternalizer} sends every {@code CustomerErased} to the broker (ADR 0009).
 */
class AmqpEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String HOST = "spring.rabbitmq.host";

    private static final String EXCLUDE = "spring.autoconfigure.exclude";
    private static final String RABBIT = String.join(",",
            "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
            "org.springframework.boot.amqp.autoconfigure.health.RabbitHealthContributorAutoConfiguration",
            "org.springframework.boot.amqp.autoconfigure.metrics.RabbitMetricsAutoConfiguration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty(HOST))) {
            return;
        }
        String excluded = environment.getProperty(EXCLUDE, "");
        environment.getPropertySources().addFirst(new MapPropertySource("glomska-without-rabbitmq",
                Map.of(EXCLUDE, excluded.isBlank() ? RABBIT : excluded + "," + RABBIT)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
