package se.glomska.sales;

import se.glomska.customer.CustomerId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.ErrorResponseException;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.Blocker;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What accounting and the erasure ask sales: whether an order may be invoiced, and what blocks an anonymization. */
class SalesForAccountingTest extends SalesApiSupport {

    @Autowired
    InvoiceableOrders invoiceableOrders;

    @Autowired
    List<AnonymizationParticipant> participants;

    private int check(long customerId, Long orderId, Long dropshipOrderId) {
        ErrorResponseException refused = catchThrowableOfType(ErrorResponseException.class,
                () -> transactions.executeWithoutResult(s -> invoiceableOrders.checkInvoiceable(CustomerId.of(customerId), orderId, dropshipOrderId)));
        return refused == null ? 200 : refused.getStatusCode().value();
    }

    @Test
    void anOrderMayBeInvoicedOnceAndOnlyForItsOwnCustomer() {
        long customerId = customer(unique("Anna"));
        long otherCustomerId = customer(unique("Bo"));
        long orderId = created("/api/orders", order(customerId, unique("O")), "/api/orders");
        long dropshipId = created("/api/dropship-orders", dropshipOrder(customerId, unique("D")), "/api/dropship-orders");

        assertThat(check(customerId, orderId, null)).isEqualTo(200);
        assertThat(check(customerId, null, dropshipId)).isEqualTo(200);
        assertThat(check(otherCustomerId, orderId, null)).isEqualTo(404);
        assertThat(check(otherCustomerId, null, dropshipId)).isEqualTo(404);
        assertThat(check(customerId, UNKNOWN_ID, null)).isEqualTo(404);
        assertThat(check(customerId, null, UNKNOWN_ID)).isEqualTo(404);
        assertThat(check(customerId, orderId, dropshipId)).isEqualTo(400);
        assertThat(check(customerId, null, null)).isEqualTo(400);

        long invoiceId = invoiceId();
        publishInvoiced(new OrderInvoiced(invoiceId, orderId, null));
        publishInvoiced(new OrderInvoiced(invoiceId + 1, null, dropshipId));
        awaitHandled(invoiceId);
        awaitHandled(invoiceId + 1);

        assertThat(check(customerId, orderId, null)).isEqualTo(409);
        assertThat(check(customerId, null, dropshipId)).isEqualTo(409);
    }

    @Test
    void theEventNamesExactlyOneOrder() {
        assertThatCode(() -> new OrderInvoiced(1, 2L, null)).doesNotThrowAnyException();
        assertThatCode(() -> new OrderInvoiced(1, 2L, 3L)).isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> new OrderInvoiced(1, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openOrdersDropshipOrdersAndOngoingContractsBlockUntilFinished() {
        long customerId = customer(unique("Mikael"));
        long orderId = created("/api/orders", order(customerId, unique("O")), "/api/orders");
        long dropshipId = created("/api/dropship-orders", dropshipOrder(customerId, unique("D")), "/api/dropship-orders");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        long ongoingId = created("/api/contracts", contract(customerId, unique("C"), today.toString()), "/api/contracts");
        created("/api/contracts", contract(customerId, unique("C"), "2024-12-31"), "/api/contracts");
        created("/api/quotes", quote(customerId, unique("Q")), "/api/quotes");

        assertThat(blockers(customerId)).extracting(Blocker::code, Blocker::recordType, Blocker::recordId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ORDER_NOT_DELIVERED", "order", orderId),
                        org.assertj.core.groups.Tuple.tuple("ORDER_NOT_INVOICED", "order", orderId),
                        org.assertj.core.groups.Tuple.tuple("DROPSHIP_ORDER_NOT_DELIVERED", "dropshipOrder", dropshipId),
                        org.assertj.core.groups.Tuple.tuple("DROPSHIP_ORDER_NOT_INVOICED", "dropshipOrder", dropshipId),
                        org.assertj.core.groups.Tuple.tuple("CONTRACT_ONGOING", "contract", ongoingId));
        assertThat(blockers(customerId)).allSatisfy(b -> assertThat(b.message()).contains(String.valueOf(b.recordId())));

        created("/api/orders/" + orderId + "/deliveries", delivery(unique("L")), "/api/deliveries");
        long purchaseId = created("/api/dropship-orders/" + dropshipId + "/purchases", purchase(unique("P")),
                "/api/dropship-purchases");
        created("/api/dropship-purchases/" + purchaseId + "/inbound-deliveries", inboundDelivery("ok"),
                "/api/inbound-deliveries");
        long invoiceId = invoiceId();
        publishInvoiced(new OrderInvoiced(invoiceId, orderId, null));
        publishInvoiced(new OrderInvoiced(invoiceId + 1, null, dropshipId));
        awaitHandled(invoiceId);
        awaitHandled(invoiceId + 1);
        jdbc.sql("UPDATE sales_contract SET end_date = :yesterday WHERE id = :id")
                .param("yesterday", today.minusDays(1)).param("id", ongoingId).update();

        assertThat(blockers(customerId)).isEmpty();
    }

    private List<Blocker> blockers(long customerId) {
        return participants.stream().filter(p -> p.module().equals("sales")).findFirst().orElseThrow()
                .blockers(se.glomska.customer.CustomerId.of(customerId));
    }
}
