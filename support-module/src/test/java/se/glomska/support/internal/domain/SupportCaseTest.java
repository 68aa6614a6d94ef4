package se.glomska.support.internal.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SupportCaseTest {

    private static final Instant OPENED = Instant.parse("2025-02-03T08:12:00Z");
    private static final Instant POSTED = Instant.parse("2025-02-03T10:30:00Z");

    @Test
    void aReplyBelongsToTheCaseAndItsCustomer() {
        SupportCase supportCase = supportCase(7, 42);

        PostedReply reply = supportCase.reply(new NewReply("Vi skickar rätt färg i dag."), POSTED);

        assertThat(reply).isEqualTo(new PostedReply(7, 42, "Vi skickar rätt färg i dag.", POSTED));
    }

    private static SupportCase supportCase(long id, long customerId) {
        return new SupportCase(id, customerId, "n", "e", "p", "s", "t", "c", OPENED, List.of());
    }
}
