package se.glomska.accounting.internal.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What is left to pay on an invoice, derived from its total and the sum of its payments (the invoice
 * itself never records it). An invoice is paid when its payments cover its total.
 */
public record InvoiceBalance(BigDecimal total, BigDecimal paidAmount) {

    public InvoiceBalance {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(paidAmount, "paidAmount");
    }

    public BigDecimal balance() {
        return total.subtract(paidAmount);
    }

    public boolean paid() {
        return paidAmount.compareTo(total) >= 0;
    }

    /** Whether a payment of {@code amount} stays within the balance (payments over it are refused). */
    public boolean accepts(BigDecimal amount) {
        return amount.signum() > 0 && amount.compareTo(balance()) <= 0;
    }
}
