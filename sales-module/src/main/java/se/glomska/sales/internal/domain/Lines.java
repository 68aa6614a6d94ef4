package se.glomska.sales.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Rules over the lines of a document. */
public final class Lines {

    /** The largest total a DECIMAL(19,2) column holds. */
    public static final BigDecimal MAX_TOTAL = new BigDecimal("99999999999999999.99");

    private Lines() {
    }

    /** The sum of quantity × unit price over all lines, rounded to 2 decimals, half up. */
    public static BigDecimal total(List<Line> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Line line : lines) {
            sum = sum.add(line.quantity().multiply(line.unitPrice()));
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether the total of complete lines fits the amount columns; incomplete lines are left to their own checks. */
    public static boolean totalWithinLimit(List<Line> lines) {
        if (lines == null || lines.stream().anyMatch(l -> l == null || l.quantity() == null || l.unitPrice() == null)) {
            return true;
        }
        return total(lines).abs().compareTo(MAX_TOTAL) <= 0;
    }
}
