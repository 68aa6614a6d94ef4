package se.glomska.accounting.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Money rules of the ledger: exact decimal arithmetic, rounded once, half up, to öre. */
public final class Amounts {

    /** The largest amount a {@code DECIMAL(19,2)} column holds. */
    public static final BigDecimal MAX = new BigDecimal("99999999999999999.99");

    private Amounts() {
    }

    /** The total of the lines: the exact sum of {@code quantity * unitPrice}, rounded HALF_UP to 2 decimals. */
    public static BigDecimal total(List<Line> lines) {
        return lines.stream().map(Line::exactAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether an amount fits the ledger's columns. */
    public static boolean fits(BigDecimal amount) {
        return amount.abs().compareTo(MAX) <= 0;
    }
}
