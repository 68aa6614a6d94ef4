package se.glomska.sales;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import se.glomska.ModuleContexts;
import se.glomska.sales.internal.application.DeliverOrder;
import se.glomska.sales.internal.application.PlaceOrder;
import se.glomska.sales.internal.domain.Line;
import se.glomska.sales.internal.domain.NewDelivery;
import se.glomska.sales.internal.domain.NewOrder;
import se.glomska.sales.internal.domain.Order;
import se.glomska.sales.internal.domain.OrderStatus;
import se.glomska.sales.internal.domain.Orders;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sales module with the customer module it depends on (its API), without accounting: an order is placed
 * and delivered, and {@link OrderInvoiced} published as accounting would publish it marks the order invoiced.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {ModuleContexts.THROW_AWAY_DATABASE, ModuleContexts.NO_DEMO_DATA})
class SalesModuleTest {

    /** Far above any invoice id of this throw-away database; accounting is not started to issue one. */
    private static final long INVOICE_ID = 900_000_001L;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlaceOrder placeOrder;

    @Autowired
    DeliverOrder deliverOrder;

    @Autowired
    Orders orders;

    @Test
    void startsSalesWithTheCustomerModuleOnly() {
        assertThat(ModuleContexts.modulesWithBeans(context)).containsExactly("customer", "sales");
    }

    @Test
    void placesAndDeliversAnOrder() {
        long orderId = placeOrder.place(order(ModuleContexts.customer(context, "Ordersson")));
        assertThat(orders.find(orderId).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);

        deliverOrder.deliver(orderId, new NewDelivery(null, null, null, null, null, null));

        Order delivered = orders.find(orderId).orElseThrow();
        assertThat(delivered.delivered()).isTrue();
        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void orderInvoicedMarksTheOrderInvoiced(Scenario scenario) {
        long orderId = placeOrder.place(order(ModuleContexts.customer(context, "Fakturasson")));

        scenario.publish(new OrderInvoiced(INVOICE_ID, orderId, null))
                .andWaitForStateChange(() -> orders.find(orderId), order -> order.filter(Order::invoiced).isPresent())
                .andVerify(order -> {
                    assertThat(order.orElseThrow().invoiceId()).isEqualTo(INVOICE_ID);
                    assertThat(order.orElseThrow().status()).isEqualTo(OrderStatus.INVOICED);
                });
    }

    static NewOrder order(long customerId) {
        return new NewOrder(customerId, null, null, null, null, null, null, null, null,
                List.of(new Line("Skruvdragare", new BigDecimal("2"), new BigDecimal("1495.00"))));
    }

}
