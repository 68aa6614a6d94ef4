package se.glomska.accounting.internal.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerRulesTest {

    private static Line line(String quantity, String unitPrice) {
        return new Line("Stol", new BigDecimal(quantity), new BigDecimal(unitPrice));
    }

    private static InvoiceDraft draft(Long orderId, Long dropshipOrderId, List<Line> lines) {
        return new InvoiceDraft(7L, orderId, dropshipOrderId, new BillTo("Kund AB", null, null, null, "SE", null, null, null),
                LocalDate.of(2025, 3, 1), lines);
    }

    @Test
    void total_is_the_exact_sum_of_quantity_times_unit_price() {
        assertThat(Amounts.total(List.of(line("2", "1895.00"), line("3", "495.00"))))
                .isEqualByComparingTo("5275.00")
                .hasScaleOf(2);
    }

    @Test
    void total_is_rounded_half_up_once_after_summing_not_per_line() {
        // 0.005 + 0.005 = 0.010 exactly; rounding each line first would give 0.02
        assertThat(Amounts.total(List.of(line("0.5", "0.01"), line("0.5", "0.01")))).isEqualTo(new BigDecimal("0.01"));
        // 0.0125 rounds half up to 0.01; 0.125 rounds half up to 0.13
        assertThat(Amounts.total(List.of(line("1.25", "0.01")))).isEqualTo(new BigDecimal("0.01"));
        assertThat(Amounts.total(List.of(line("12.5", "0.01")))).isEqualTo(new BigDecimal("0.13"));
    }

    @Test
    void total_stays_exact_beyond_double_precision() {
        // 3 * 33333333333333.33 = 99999999999999.99: 16 significant digits, not representable as a double
        assertThat(Amounts.total(List.of(line("3", "33333333333333.33"))))
                .isEqualTo(new BigDecimal("99999999999999.99"));
    }

    @Test
    void an_amount_fits_a_decimal_19_2_column_up_to_17_integer_digits() {
        assertThat(Amounts.fits(new BigDecimal("99999999999999999.99"))).isTrue();
        assertThat(Amounts.fits(new BigDecimal("100000000000000000.00"))).isFalse();
    }

    @Test
    void an_invoice_is_paid_when_its_payments_cover_its_total() {
        assertThat(new InvoiceBalance(new BigDecimal("100.00"), new BigDecimal("99.99")).paid()).isFalse();
        assertThat(new InvoiceBalance(new BigDecimal("100.00"), new BigDecimal("100.00")).paid()).isTrue();
        assertThat(new InvoiceBalance(new BigDecimal("100.00"), new BigDecimal("40.00")).balance())
                .isEqualTo(new BigDecimal("60.00"));
    }

    @Test
    void a_payment_must_be_positive_and_within_the_balance() {
        InvoiceBalance balance = new InvoiceBalance(new BigDecimal("100.00"), new BigDecimal("40.00"));
        assertThat(balance.accepts(new BigDecimal("60.00"))).isTrue();
        assertThat(balance.accepts(new BigDecimal("0.01"))).isTrue();
        assertThat(balance.accepts(new BigDecimal("60.01"))).isFalse();
        assertThat(balance.accepts(BigDecimal.ZERO)).isFalse();
        assertThat(new InvoiceBalance(new BigDecimal("100.00"), new BigDecimal("100.00"))
                .accepts(new BigDecimal("0.01"))).isFalse();
    }

    @Test
    void an_invoice_is_for_exactly_one_order_or_dropship_order() {
        List<Line> lines = List.of(line("1", "10.00"));
        assertThat(draft(1L, null, lines).isOneOrderReference()).isTrue();
        assertThat(draft(null, 2L, lines).isOneOrderReference()).isTrue();
        assertThat(draft(null, null, lines).isOneOrderReference()).isFalse();
        assertThat(draft(1L, 2L, lines).isOneOrderReference()).isFalse();
    }

    @Test
    void an_issued_invoice_carries_its_number_and_the_total_of_its_lines() {
        IssuedInvoice issued = IssuedInvoice.of(100042, Instant.parse("2025-03-01T10:15:30Z"),
                draft(1L, null, List.of(line("1.5", "10.01"), line("2", "0.50"))));
        assertThat(issued.invoiceNumber()).isEqualTo(100042);
        assertThat(issued.total()).isEqualTo(new BigDecimal("16.02")); // 15.015 + 1.00 = 16.015 -> 16.02
    }

    @Test
    void drafts_and_invoices_do_not_share_their_line_lists() {
        List<Line> lines = new ArrayList<>(List.of(line("1", "10.00")));
        InvoiceDraft draft = draft(1L, null, lines);
        lines.add(line("1", "99.00"));
        assertThat(draft.lines()).hasSize(1);
        assertThatThrownBy(() -> draft.lines().add(line("1", "1.00"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_receipt_names_a_customer_only_with_the_customers_id() {
        List<Line> lines = List.of(line("1", "10.00"));
        Instant paidAt = Instant.parse("2025-03-01T10:15:30Z");
        assertThat(new ReceiptDraft(5L, "Anna", "anna@example.se", paidAt, "CARD", lines).isCustomerDetailsLinked()).isTrue();
        assertThat(new ReceiptDraft(null, null, null, paidAt, "CASH", lines).isCustomerDetailsLinked()).isTrue();
        assertThat(new ReceiptDraft(null, "Anna", null, paidAt, "CASH", lines).isCustomerDetailsLinked()).isFalse();
        assertThat(IssuedReceipt.of(paidAt, new ReceiptDraft(null, null, null, paidAt, "CASH",
                List.of(line("3", "59.00"), line("1", "149.00")))).total()).isEqualTo(new BigDecimal("326.00"));
    }

    @Test
    void a_reminder_without_a_fee_costs_nothing() {
        assertThat(new ReminderDraft("Kund AB", null, null, null).feeOrZero()).isEqualTo(new BigDecimal("0.00"));
        assertThat(new ReminderDraft("Kund AB", null, null, new BigDecimal("60.00")).feeOrZero())
                .isEqualTo(new BigDecimal("60.00"));
    }
}
