package se.glomska.sales.internal.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ContractTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static Contract endingOn(LocalDate endDate) {
        return new Contract(1, 2, "Ref", "Mottagare", "a@example.se", "Serviceavtal", LocalDate.of(2024, 1, 1), endDate, null);
    }

    @Test
    void ongoingUpToAndIncludingTheEndDate() {
        assertThat(endingOn(TODAY.plusDays(1)).isOngoingOn(TODAY)).isTrue();
        assertThat(endingOn(TODAY).isOngoingOn(TODAY)).isTrue();
        assertThat(endingOn(TODAY.minusDays(1)).isOngoingOn(TODAY)).isFalse();
    }

    @Test
    void withoutEndDateItIsOngoing() {
        assertThat(endingOn(null).isOngoingOn(TODAY)).isTrue();
    }

    @Test
    void aNewContractMustNotEndBeforeItStarts() {
        assertThat(new NewContract(1L, null, null, null, null, TODAY, TODAY.minusDays(1)).isPeriodValid()).isFalse();
        assertThat(new NewContract(1L, null, null, null, null, TODAY, TODAY).isPeriodValid()).isTrue();
        assertThat(new NewContract(1L, null, null, null, null, TODAY, null).isPeriodValid()).isTrue();
    }
}
