package se.glomska.sales.internal.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinesTest {

    private static Line line(String quantity, String unitPrice) {
        return new Line("Vara", new BigDecimal(quantity), new BigDecimal(unitPrice));
    }

    @Test
    void totalIsTheSumOfQuantityTimesUnitPrice() {
        assertThat(Lines.total(List.of(line("2", "12490.00"), line("3", "1895.50"))))
                .isEqualByComparingTo("30666.50");
    }

    @Test
    void totalHasTwoDecimals() {
        assertThat(Lines.total(List.of(line("1", "10"))).scale()).isEqualTo(2);
        assertThat(Lines.total(List.of(line("1", "10")))).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void totalIsRoundedHalfUpOnceOverTheExactSum() {
        // 0.1 × 0.05 = 0.005 twice: the exact sum 0.010 gives 0.01 (rounding each line first would give 0.02)
        assertThat(Lines.total(List.of(line("0.1", "0.05"), line("0.1", "0.05"))))
                .isEqualTo(new BigDecimal("0.01"));
        // 1.5 × 0.01 = 0.015 -> 0.02 (half up, not half even)
        assertThat(Lines.total(List.of(line("1.5", "0.01")))).isEqualTo(new BigDecimal("0.02"));
        // 2.5 × 0.01 = 0.025 -> 0.03 (half even would give 0.02)
        assertThat(Lines.total(List.of(line("2.5", "0.01")))).isEqualTo(new BigDecimal("0.03"));
    }

    @Test
    void aLineAmountIsRoundedHalfUp() {
        assertThat(line("2.5", "0.01").amount()).isEqualTo(new BigDecimal("0.03"));
    }

    @Test
    void noLinesTotalZero() {
        assertThat(Lines.total(List.of())).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aTotalBeyondTheAmountColumnIsRefused() {
        assertThat(Lines.totalWithinLimit(List.of(line("1", "99999999999999999.99")))).isTrue();
        assertThat(Lines.totalWithinLimit(List.of(line("2", "99999999999999999.99")))).isFalse();
    }
}
