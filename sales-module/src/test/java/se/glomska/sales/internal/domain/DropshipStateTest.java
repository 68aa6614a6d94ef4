package se.glomska.sales.internal.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DropshipStateTest {

    @Test
    void withoutPurchasesADropshipOrderIsNotDelivered() {
        assertThat(new DropshipState(1, 2, 0, 0, false).delivered()).isFalse();
    }

    @Test
    void itIsDeliveredWhenEveryPurchaseHasAnInboundDelivery() {
        assertThat(new DropshipState(1, 2, 2, 1, false).delivered()).isFalse();
        assertThat(new DropshipState(1, 2, 2, 2, false).delivered()).isTrue();
        assertThat(new DropshipState(1, 2, 1, 1, true).delivered()).isTrue();
    }
}
