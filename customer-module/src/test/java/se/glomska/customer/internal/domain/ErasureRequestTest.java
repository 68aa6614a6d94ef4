package se.glomska.customer.internal.domain;

import org.junit.jupiter.api.Test;
import se.glomska.customer.CustomerId;
import se.glomska.customer.ErasureRequestId;
import se.glomska.customer.ErasureRequestRow.Action;
import se.glomska.customer.ErasureRequestRow.Channel;
import se.glomska.customer.ErasureRequestRow.Status;
import se.glomska.customer.spi.Blocker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The request's deadlines (art. 12(3)) and transitions, in the domain object itself. */
class ErasureRequestTest {

    static final Instant NOW = Instant.parse("2025-01-31T10:00:00Z");

    static ErasureRequest received(String day) {
        return ErasureRequest.received(CustomerId.of(7), LocalDate.parse(day), Channel.EMAIL, "ÄR-1", NOW)
                .withId(ErasureRequestId.of(3));
    }

    @Test
    void dueOneCalendarMonthAfterReceiptAtMonthEndsAndInLeapYears() {
        assertThat(received("2025-01-31").dueAt()).isEqualTo("2025-02-28");
        assertThat(received("2024-01-31").dueAt()).isEqualTo("2024-02-29");
        assertThat(received("2024-01-29").dueAt()).isEqualTo("2024-02-29");
        assertThat(received("2025-01-28").dueAt()).isEqualTo("2025-02-28");
        assertThat(received("2025-03-31").dueAt()).isEqualTo("2025-04-30");
        assertThat(received("2024-12-31").dueAt()).isEqualTo("2025-01-31");
        assertThat(received("2025-05-15").dueAt()).isEqualTo("2025-06-15");
    }

    @Test
    void extendedAtMostThreeCalendarMonthsAfterReceipt() {
        ErasureRequest r = received("2023-11-30");
        assertThat(r.latestExtension()).isEqualTo("2024-02-29");
        assertThat(r.extend(LocalDate.parse("2024-02-29"), "Många").deadline()).isEqualTo("2024-02-29");
        assertThatThrownBy(() -> r.extend(LocalDate.parse("2024-03-01"), "Många"))
                .isInstanceOfSatisfying(ErasureRequest.RuleBroken.class, e -> assertThat(e.field()).isEqualTo("until"));
        assertThatThrownBy(() -> r.extend(r.dueAt(), "Många"))
                .isInstanceOfSatisfying(ErasureRequest.RuleBroken.class, e -> assertThat(e.field()).isEqualTo("until"));
    }

    @Test
    void overdueTheDayAfterTheDeadlineWhileOpen() {
        ErasureRequest r = received("2025-01-31");
        assertThat(r.overdue(LocalDate.parse("2025-02-28"))).isFalse();
        assertThat(r.overdue(LocalDate.parse("2025-03-01"))).isTrue();
        ErasureRequest extended = r.extend(LocalDate.parse("2025-04-30"), "Komplicerad");
        assertThat(extended.overdue(LocalDate.parse("2025-03-01"))).isFalse();
        assertThat(r.done(NOW).overdue(LocalDate.parse("2025-12-01"))).isFalse();
    }

    @Test
    void approvedOnceWaitsThenDoneAndNothingAfterwards() {
        ErasureRequest approved = received("2025-01-31").approve(Action.ANONYMIZE, "dpo", NOW);
        Blocker unpaid = new Blocker("accounting", "INVOICE_NOT_PAID", "Invoice 5 is not paid.", "invoice", 5);
        ErasureRequest waiting = approved.waitFor(List.of(unpaid));
        assertThat(waiting.status()).isEqualTo(Status.WAITING);
        assertThat(waiting.blockers()).containsExactly(unpaid);
        assertThatThrownBy(() -> waiting.approve(Action.ANONYMIZE, "dpo", NOW))
                .isInstanceOfSatisfying(ErasureRequest.RuleBroken.class, e -> assertThat(e.conflict()).isTrue());
        ErasureRequest done = waiting.done(NOW);
        assertThat(done.status()).isEqualTo(Status.DONE);
        assertThat(done.blockers()).isEmpty();
        for (Runnable after : List.<Runnable>of(() -> done.refuse("Art. 17(3)", NOW),
                () -> done.extend(LocalDate.parse("2025-03-15"), "x"), () -> done.approve(Action.DELETE, "dpo", NOW),
                () -> done.done(NOW))) {
            assertThatThrownBy(after::run).isInstanceOfSatisfying(ErasureRequest.RuleBroken.class,
                    e -> assertThat(e.conflict()).isTrue());
        }
    }

    @Test
    void refusedIsFinalAndWaitingNeedsAnApproval() {
        ErasureRequest refused = received("2025-01-31").refuse("Art. 17(3)(b)", NOW);
        assertThat(refused.status()).isEqualTo(Status.REFUSED);
        assertThatThrownBy(() -> refused.approve(Action.DELETE, "dpo", NOW)).isInstanceOf(ErasureRequest.RuleBroken.class);
        assertThatThrownBy(() -> received("2025-01-31").waitFor(List.of())).isInstanceOf(ErasureRequest.RuleBroken.class);
    }
}
