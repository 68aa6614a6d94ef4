package se.glomska.requests;

import org.junit.jupiter.api.Test;
import se.glomska.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The gauges glomska.erasure.requests{state=open|waiting|overdue} follow the register. */
class ErasureRequestGaugesTest extends IntegrationTest {

    private double gauge(String state) {
        JsonNode metric = api().get("/actuator/metrics/glomska.erasure.requests?tag=state:" + state).json();
        return metric.get("measurements").get(0).get("value").asDouble();
    }

    private double awaitChange(String state, double before) {
        long deadline = System.currentTimeMillis() + 10_000;
        double now;
        while ((now = gauge(state)) == before) {
            assertThat(System.currentTimeMillis()).as("gauge " + state + " changed").isLessThan(deadline);
            RequestFixtures.sleep(100);
        }
        return now;
    }

    @Test
    void openWaitingAndOverdueAreCounted() {
        RequestFixtures fixtures = new RequestFixtures(api());
        double open = gauge("open");
        double overdue = gauge("overdue");
        double waiting = gauge("waiting");

        fixtures.request(fixtures.customer(), "2020-01-31");
        assertThat(awaitChange("overdue", overdue)).isEqualTo(overdue + 1);
        assertThat(gauge("open")).isEqualTo(open + 1);

        long[] blocked = fixtures.customerWithUnpaidInvoice();
        long id = fixtures.request(blocked[0]).get("id").asLong();
        assertThat(fixtures.approve(id, true).json().get("status").asString()).isEqualTo("WAITING");
        assertThat(awaitChange("waiting", waiting)).isEqualTo(waiting + 1);
        assertThat(gauge("open")).isEqualTo(open + 2);
        assertThat(clerkApi().get("/actuator/metrics/glomska.erasure.requests").status()).isEqualTo(403);
    }
}
