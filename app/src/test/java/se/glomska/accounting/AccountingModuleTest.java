package se.glomska.accounting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import se.glomska.ModuleContexts;
import se.glomska.accounting.internal.application.IssueInvoice;
import se.glomska.accounting.internal.domain.BillTo;
import se.glomska.accounting.internal.domain.Invoice;
import se.glomska.accounting.internal.domain.InvoiceDraft;
import se.glomska.accounting.internal.domain.Line;
import se.glomska.sales.OrderInvoiced;
import se.glomska.sales.internal.application.PlaceOrder;
import se.glomska.sales.internal.domain.NewOrder;
import se.glomska.sales.internal.domain.Order;
import se.glomska.sales.internal.domain.OrderStatus;
import se.glomska.sales.internal.domain.Orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accounting module with the modules it depends on (the customer and sales APIs), and nothing else: the
 * invoicing event end to end. Issuing an invoice for an order publishes {@link OrderInvoiced}, and sales,
 * listening after the commit, marks the order invoiced with that invoice.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {ModuleContexts.THROW_AWAY_DATABASE, ModuleContexts.NO_DEMO_DATA})
class AccountingModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    IssueInvoice issueInvoice;

    @Autowired
    PlaceOrder placeOrder;

    @Autowired
    Orders orders;

    @Test
    void startsAccountingWithCustomerAndSalesOnly() {
        assertThat(ModuleContexts.modulesWithBeans(context)).containsExactly("accounting", "customer", "sales");
    }

    @Test
    void issuingAnInvoicePublishesOrderInvoicedAndSalesMarksTheOrderInvoiced(Scenario scenario) {
        long customerId = ModuleContexts.customer(context, "Bokföringsson");
        long orderId = placeOrder.place(new NewOrder(customerId, null, null, null, null, null, null, null, null,
                List.of(new se.glomska.sales.internal.domain.Line("Borrmaskin", BigDecimal.ONE, new BigDecimal("995.00")))));
        InvoiceDraft draft = new InvoiceDraft(customerId, orderId, null,
                new BillTo("Modul Bokföringsson", null, null, null, "SE", null, null, null),
                LocalDate.now().plusDays(30), List.of(new Line("Borrmaskin", BigDecimal.ONE, new BigDecimal("995.00"))));

        scenario.stimulate(() -> issueInvoice.issue(draft))
                .andWaitForStateChange(() -> orders.find(orderId), order -> order.filter(Order::invoiced).isPresent())
                .andExpect(OrderInvoiced.class)
                .matching(event -> orderId == event.orderId())
                .toArriveAndVerify((OrderInvoiced event, Invoice invoice) -> {
                    assertThat(event.invoiceId()).isEqualTo(invoice.id());
                    assertThat(event.dropshipOrderId()).isNull();
                    Order invoiced = orders.find(orderId).orElseThrow();
                    assertThat(invoiced.invoiceId()).isEqualTo(invoice.id());
                    assertThat(invoiced.status()).isEqualTo(OrderStatus.INVOICED);
                });
    }

    @Test
    void issuingAnInvoicePublishesOrderInvoiced(Scenario scenario) {
        long customerId = ModuleContexts.customer(context, "Händelsesson");
        long orderId = placeOrder.place(new NewOrder(customerId, null, null, null, null, null, null, null, null,
                List.of(new se.glomska.sales.internal.domain.Line("Hammare", new BigDecimal("3"), new BigDecimal("149.00")))));
        InvoiceDraft draft = new InvoiceDraft(customerId, orderId, null,
                new BillTo("Modul Händelsesson", null, null, null, "SE", null, null, null),
                LocalDate.now().plusDays(30), List.of(new Line("Hammare", new BigDecimal("3"), new BigDecimal("149.00"))));

        scenario.stimulate(() -> issueInvoice.issue(draft))
                .andWaitForEventOfType(OrderInvoiced.class)
                .matching(event -> orderId == event.orderId())
                .toArriveAndVerify((event, invoice) -> {
                    assertThat(event.invoiceId()).isEqualTo(invoice.id());
                    assertThat(invoice.total()).isEqualByComparingTo("447.00");
                });
    }
}
