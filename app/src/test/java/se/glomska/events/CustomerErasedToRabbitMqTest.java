package se.glomska.events;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.rabbitmq.host} set, every erasure is announced on RabbitMQ (exchange {@code glomska.customer},
 * routing key {@code customer.erased}), once per erasure, ids only. Runs against the broker this machine kind runs
 * at 127.0.0.1:5672 (guest/guest; {@code .ci/run} starts it); skipped, saying why, only when none answers there.
 */
@TestPropertySource(properties = {"spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=5672",
        "spring.rabbitmq.username=guest", "spring.rabbitmq.password=guest"})
class CustomerErasedToRabbitMqTest extends IntegrationTest {

    @Autowired
    AmqpAdmin admin;

    @Autowired
    AmqpTemplate amqp;

    @BeforeAll
    static void aBrokerAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5672), 2000);
        } catch (IOException e) {
            String reason = "No RabbitMQ at 127.0.0.1:5672 (" + e.getMessage() + "): start it with "
                    + "'rabbitmq-server -detached' (.ci/run does); CustomerErased to RabbitMQ not tested";
            System.out.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
    }

    @Test
    void everyErasureIsAnnouncedOnceOnTheExchange() throws Exception {
        TopicExchange exchange = new TopicExchange("glomska.customer", true, false);
        admin.declareExchange(exchange);
        Queue queue = new Queue(unique("glomska.test.customer-erased."), false, false, false);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("customer.erased"));

        Response created = api().post("/api/customers", Map.of("kind", "COMPANY", "relation", "CUSTOMER",
                "name", unique("Kanin AB")));
        long customer = created.id();
        assertThat(api().post("/api/customers/" + customer + "/erasure", Map.of("action", "DELETE",
                "acknowledged", true)).status()).isEqualTo(200);

        List<JsonNode> received = received(queue, List.of(customer)).get(customer);
        assertThat(received).as("CustomerErased for customer " + customer + " on RabbitMQ").hasSize(1);
        assertThat(received.get(0).get("action").asString()).isEqualTo("DELETE");
        assertThat(received.get(0).get("actor").asString()).isEqualTo(OPERATOR);
        assertThat(received.get(0).properties().stream().map(Map.Entry::getKey).toList())
                .containsExactlyInAnyOrder("customerId", "action", "erasedAt", "actor");

        // A retention batch publishes its erasures together in process; on the exchange each is a message of its own
        long first = api().post("/api/customers", Map.of("kind", "COMPANY", "relation", "CUSTOMER",
                "name", unique("Hare AB"))).id();
        long second = api().post("/api/customers", Map.of("kind", "COMPANY", "relation", "CUSTOMER",
                "name", unique("Hare AB"))).id();
        assertThat(erase.performBatch(List.of(first, second), java.time.Instant.now().plusSeconds(86_400), "retention",
                false)).as("the batch's outcomes").allMatch(se.glomska.customer.internal.application.EraseCustomer
                .BatchOutcome::erased);
        java.util.Map<Long, List<JsonNode>> batches = received(queue, List.of(first, second));
        for (long id : List.of(first, second)) {
            List<JsonNode> batch = batches.get(id);
            assertThat(batch).as("CustomerErased for customer " + id + " of a batch on RabbitMQ").hasSize(1);
            assertThat(batch.get(0).get("actor").asString()).isEqualTo("retention");
            assertThat(batch.get(0).properties().stream().map(Map.Entry::getKey).toList())
                    .containsExactlyInAnyOrder("customerId", "action", "erasedAt", "actor");
        }
        admin.deleteQueue(queue.getName());
    }

    @Autowired
    se.glomska.customer.internal.application.EraseCustomer erase;

    /**
     * The messages on the queue about the customers, by customer, until every one of them has one and none has come
     * for 1.5 s since (a second delivery would have arrived by then), or 20 s have passed.
     */
    private java.util.Map<Long, List<JsonNode>> received(Queue queue, List<Long> customers) throws Exception {
        java.util.Map<Long, List<JsonNode>> received = new java.util.HashMap<>();
        customers.forEach(c -> received.put(c, new ArrayList<>()));
        long deadline = System.currentTimeMillis() + 20_000;
        long quietUntil = Long.MAX_VALUE;
        while (System.currentTimeMillis() < Math.min(deadline, quietUntil)) {
            Message message = amqp.receive(queue.getName(), 200);
            if (message == null) {
                continue;
            }
            JsonNode event = objectMapper.readTree(message.getBody());
            List<JsonNode> about = received.get(event.get("customerId").asLong());
            if (about != null) {
                about.add(event);
                if (received.values().stream().noneMatch(List::isEmpty)) {
                    quietUntil = System.currentTimeMillis() + 1500;
                }
            }
        }
        return received;
    }
}
