package se.glomska.sales.internal.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderStatusTest {

    @Test
    void statusFollowsDeliveredAndInvoiced() {
        assertThat(OrderStatus.of(false, false)).isEqualTo(OrderStatus.OPEN);
        assertThat(OrderStatus.of(true, false)).isEqualTo(OrderStatus.DELIVERED);
        assertThat(OrderStatus.of(false, true)).isEqualTo(OrderStatus.INVOICED);
        assertThat(OrderStatus.of(true, true)).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void anOrderStateKnowsItsStatus() {
        assertThat(new OrderState(1, 2, true, false).status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void anOrderCannotCarryAStatusThatContradictsItsFlags() {
        assertThatThrownBy(() -> new Order(1, "100001", 2, null, null, null, DocumentAddress.EMPTY, DocumentAddress.EMPTY,
                null, null, null, java.util.List.of(), java.math.BigDecimal.ZERO, OrderStatus.COMPLETED, true, false,
                null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
