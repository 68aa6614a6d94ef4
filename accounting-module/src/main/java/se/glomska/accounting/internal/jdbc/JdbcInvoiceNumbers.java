package se.glomska.accounting.internal.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.glomska.accounting.internal.domain.InvoiceNumbers;

/**
 * The invoice number series on {@code accounting_invoice_number_series} (one row). The row lock held
 * until the issuing transaction ends makes the series gap-free: a rolled-back invoice gives its number back.
 */
@Repository
class JdbcInvoiceNumbers implements InvoiceNumbers {

    private static final long SERIES = 1;

    private final JdbcClient jdbc;

    JdbcInvoiceNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long issueNext() {
        long next = jdbc.sql("SELECT next_number FROM accounting_invoice_number_series WHERE id = :id FOR UPDATE")
                .param("id", SERIES)
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE accounting_invoice_number_series SET next_number = next_number + 1 WHERE id = :id")
                .param("id", SERIES)
                .update();
        return next;
    }
}
