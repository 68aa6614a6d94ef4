package se.glomska.sales;

import org.junit.jupiter.api.Test;
import se.glomska.HttpApi.Response;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Dropship orders, their purchases and inbound deliveries, and contracts over HTTP (api.md "Sales module"). */
class DropshipAndContractApiTest extends SalesApiSupport {

    @Test
    void aDropshipOrderItsPurchaseAndInboundDeliveryAreReadBackWithEveryField() {
        long customerId = customer(unique("Per"));
        Map<String, Object> orderBody = dropshipOrder(customerId, unique("DS"));

        long orderId = created("/api/dropship-orders", orderBody, "/api/dropship-orders");

        JsonNode order = read("/api/dropship-orders/" + orderId);
        assertFieldsIntact(order, orderBody);
        assertThat(order.get("id").asLong()).isEqualTo(orderId);
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo(LINES_TOTAL);
        assertThat(order.get("delivered").asBoolean()).as("no purchase yet").isFalse();
        assertThat(order.get("invoiced").asBoolean()).isFalse();

        Map<String, Object> purchaseBody = purchase(unique("IK"));
        long purchaseId = created("/api/dropship-orders/" + orderId + "/purchases", purchaseBody, "/api/dropship-purchases");
        JsonNode purchase = read("/api/dropship-purchases/" + purchaseId);
        assertFieldsIntact(purchase, purchaseBody);
        assertThat(purchase.get("dropshipOrderId").asLong()).isEqualTo(orderId);
        assertThat(read("/api/dropship-orders/" + orderId).get("delivered").asBoolean()).isFalse();

        Map<String, Object> inboundBody = inboundDelivery(unique("Mottagen"));
        long inboundId = created("/api/dropship-purchases/" + purchaseId + "/inbound-deliveries", inboundBody,
                "/api/inbound-deliveries");
        JsonNode inbound = read("/api/inbound-deliveries/" + inboundId);
        assertFieldsIntact(inbound, inboundBody);
        assertThat(inbound.get("purchaseId").asLong()).isEqualTo(purchaseId);
    }

    @Test
    void aDropshipOrderIsDeliveredWhenEachOfItsPurchasesHasAnInboundDelivery() {
        long customerId = customer(unique("Eva"));
        long orderId = created("/api/dropship-orders", dropshipOrder(customerId, unique("DS")), "/api/dropship-orders");
        long first = created("/api/dropship-orders/" + orderId + "/purchases", purchase(unique("A")), "/api/dropship-purchases");
        long second = created("/api/dropship-orders/" + orderId + "/purchases", purchase(unique("B")), "/api/dropship-purchases");

        created("/api/dropship-purchases/" + first + "/inbound-deliveries", inboundDelivery("1"), "/api/inbound-deliveries");
        assertThat(read("/api/dropship-orders/" + orderId).get("delivered").asBoolean()).as("one of two received").isFalse();
        assertThat(read("/api/dropship-purchases/" + first).get("received").asBoolean()).isTrue();

        created("/api/dropship-purchases/" + second + "/inbound-deliveries", inboundDelivery("2"), "/api/inbound-deliveries");
        assertThat(read("/api/dropship-orders/" + orderId).get("delivered").asBoolean()).isTrue();

        String again = unique("Igen");
        assertProblem(api().post("/api/dropship-purchases/" + second + "/inbound-deliveries", inboundDelivery(again)), 409);
        assertThat(count("sales_inbound_delivery", "internal_comment", again)).isZero();
    }

    @Test
    void accountingInvoicesADropshipOrder() {
        long customerId = customer(unique("Johan"));
        long orderId = created("/api/dropship-orders", dropshipOrder(customerId, unique("DS")), "/api/dropship-orders");
        long invoiceId = invoiceId();

        publishInvoiced(new OrderInvoiced(invoiceId, null, orderId));

        await("dropship order " + orderId + " invoiced",
                () -> read("/api/dropship-orders/" + orderId).get("invoiced").asBoolean());
        assertThat(read("/api/dropship-orders/" + orderId).get("invoiceId").asLong()).isEqualTo(invoiceId);
    }

    @Test
    void aContractIsReadBackWithEveryFieldAndIsOngoingUpToItsEndDate() {
        long customerId = customer(unique("Elin"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        Map<String, Object> open = contract(customerId, unique("Avtal"), null);
        Map<String, Object> endingToday = contract(customerId, unique("Avtal"), today.toString());
        Map<String, Object> ended = contract(customerId, unique("Avtal"), "2024-12-31");

        JsonNode openContract = read("/api/contracts/" + created("/api/contracts", open, "/api/contracts"));
        JsonNode todayContract = read("/api/contracts/" + created("/api/contracts", endingToday, "/api/contracts"));
        JsonNode endedContract = read("/api/contracts/" + created("/api/contracts", ended, "/api/contracts"));

        assertFieldsIntact(openContract, open);
        assertFieldsIntact(todayContract, endingToday);
        assertFieldsIntact(endedContract, ended);
        assertThat(openContract.get("ongoing").asBoolean()).isTrue();
        assertThat(todayContract.get("ongoing").asBoolean()).isTrue();
        assertThat(endedContract.get("ongoing").asBoolean()).isFalse();
    }

    @Test
    void unknownCustomersAndRecordsAreNotFoundAndNothingIsWritten() {
        String reference = unique("Okänd");

        assertProblem(api().post("/api/dropship-orders", dropshipOrder(UNKNOWN_ID, reference)), 404);
        assertProblem(api().post("/api/contracts", contract(UNKNOWN_ID, reference, null)), 404);
        assertProblem(api().post("/api/dropship-orders/" + UNKNOWN_ID + "/purchases", purchase(reference)), 404);
        assertProblem(api().post("/api/dropship-purchases/" + UNKNOWN_ID + "/inbound-deliveries", inboundDelivery(reference)), 404);
        for (String path : List.of("/api/dropship-orders/", "/api/dropship-purchases/", "/api/inbound-deliveries/",
                "/api/contracts/")) {
            Response read = api().get(path + UNKNOWN_ID);
            assertProblem(read, 404);
            assertThat(read.json().get("detail").asString()).contains(String.valueOf(UNKNOWN_ID));
        }

        assertThat(count("sales_dropship_order", "order_reference", reference)).isZero();
        assertThat(count("sales_contract", "customer_reference", reference)).isZero();
        assertThat(count("sales_dropship_purchase", "order_reference", reference)).isZero();
        assertThat(count("sales_inbound_delivery", "internal_comment", reference)).isZero();
    }

    @Test
    void invalidInputIsRejectedAndNothingIsWritten() {
        long customerId = customer(unique("Ivar"));
        String reference = unique("Ogiltig");

        Map<String, Object> badAddress = dropshipOrder(customerId, reference);
        Map<String, Object> address = dropshipAddress("Visby");
        address.put("name", "Fält som inte finns");
        badAddress.put("deliveryAddress", address);
        Map<String, Object> noLines = dropshipOrder(customerId, reference);
        noLines.remove("lines");
        for (Map<String, Object> body : List.of(badAddress, noLines)) {
            assertProblem(api().post("/api/dropship-orders", body), 400);
        }

        Map<String, Object> endsBeforeStart = contract(customerId, reference, "2023-12-31");
        Map<String, Object> noStart = contract(customerId, reference, null);
        noStart.remove("startDate");
        Map<String, Object> badEmail = contract(customerId, reference, null);
        badEmail.put("email", "inte-en-adress");
        Map<String, Object> badDate = contract(customerId, reference, "31/12/2025");
        for (Map<String, Object> body : List.of(endsBeforeStart, noStart, badEmail, badDate)) {
            assertProblem(api().post("/api/contracts", body), 400);
        }

        long orderId = created("/api/dropship-orders", dropshipOrder(customerId, unique("DS")), "/api/dropship-orders");
        Map<String, Object> noSupplier = purchase(reference);
        noSupplier.remove("supplierName");
        assertProblem(api().post("/api/dropship-orders/" + orderId + "/purchases", noSupplier), 400);
        long purchaseId = created("/api/dropship-orders/" + orderId + "/purchases", purchase(unique("P")),
                "/api/dropship-purchases");
        Map<String, Object> noTime = inboundDelivery(reference);
        noTime.remove("receivedAt");
        assertProblem(api().post("/api/dropship-purchases/" + purchaseId + "/inbound-deliveries", noTime), 400);

        assertThat(count("sales_dropship_order", "order_reference", reference)).isZero();
        assertThat(count("sales_contract", "customer_reference", reference)).isZero();
        assertThat(count("sales_dropship_purchase", "order_reference", reference)).isZero();
        assertThat(count("sales_inbound_delivery", "internal_comment", reference)).isZero();
        assertThat(read("/api/dropship-purchases/" + purchaseId).get("received").asBoolean()).isFalse();
    }

    @Test
    void anAnonymizedCustomerTakesNoNewDropshipRecordOrContract() {
        long customerId = customer(unique("Sigrid"));
        long orderId = created("/api/dropship-orders", dropshipOrder(customerId, unique("DS")), "/api/dropship-orders");
        long purchaseId = created("/api/dropship-orders/" + orderId + "/purchases", purchase(unique("P")),
                "/api/dropship-purchases");
        anonymize(customerId);
        String reference = unique("Efter");

        assertProblem(api().post("/api/dropship-orders", dropshipOrder(customerId, reference)), 409);
        assertProblem(api().post("/api/contracts", contract(customerId, reference, null)), 409);
        assertProblem(api().post("/api/dropship-orders/" + orderId + "/purchases", purchase(reference)), 409);
        assertProblem(api().post("/api/dropship-purchases/" + purchaseId + "/inbound-deliveries", inboundDelivery(reference)), 409);

        assertThat(count("sales_dropship_order", "order_reference", reference)).isZero();
        assertThat(count("sales_contract", "customer_reference", reference)).isZero();
        assertThat(count("sales_dropship_purchase", "order_reference", reference)).isZero();
        assertThat(count("sales_inbound_delivery", "internal_comment", reference)).isZero();
    }
}
