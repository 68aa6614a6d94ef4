package se.glomska;

import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.Externalized;
import org.springframework.stereotype.Component;
import se.glomska.customer.CustomerErased;
import tools.jackson.databind.ObjectMapper;

/**
 * Sends every {@link CustomerErased} to RabbitMQ, when {@code spring.rabbitmq.host} is set, so that other systems
 * that got the customer's data can erase it too (GDPR art. 19). The target is the event's {@link Externalized}
 * annotation ({@code exchange::routing-key}), as Spring Modulith's event externalization reads it. It is a listener
 * of the event publication registry: the message leaves after the erasure committed, and a send that fails (the
 * broker down) leaves the publication incomplete, to be resubmitted (at least once; consumers de-duplicate by
 * customer id and time). JSON, ids only. ADR 0009 says why this is not spring-modulith-events-amqp.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(AmqpEnvironment.HOST)
class CustomerErasedExternalizer {

    static final String TARGET = AnnotatedElementUtils.findMergedAnnotation(CustomerErased.class, Externalized.class)
            .target();
    static final String EXCHANGE = TARGET.substring(0, TARGET.indexOf("::"));
    static final String ROUTING_KEY = TARGET.substring(TARGET.indexOf("::") + 2);

    /** Declared on the broker (durable) by Spring AMQP's admin when the first connection opens. */
    @Bean
    TopicExchange customerExchange() {
        return new TopicExchange(EXCHANGE, true, false);
    }

    @Bean
    Sender customerErasedSender(AmqpTemplate amqp, ObjectMapper json) {
        return new Sender(amqp, json);
    }

    static class Sender {

        private final AmqpTemplate amqp;
        private final ObjectMapper json;

        Sender(AmqpTemplate amqp, ObjectMapper json) {
            this.amqp = amqp;
            this.json = json;
        }

        @ApplicationModuleListener
        public void on(CustomerErased event) {
            MessageProperties properties = new MessageProperties();
            properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
            properties.setType(CustomerErased.class.getName());
            amqp.send(EXCHANGE, ROUTING_KEY, new Message(json.writeValueAsBytes(event), properties));
        }

        /** A retention batch: one message per erasure, as if each had been published alone. */
        @ApplicationModuleListener
        public void on(se.glomska.customer.CustomersErased event) {
            event.erasures().forEach(this::on);
        }
    }
}
