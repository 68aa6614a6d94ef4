package se.glomska.sales;

import org.junit.jupiter.api.Test;
import se.glomska.HttpApi.Response;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes, orders, deliveries and commercial invoices over HTTP (api.md "Sales module"). */
class SalesOrderApiTest extends SalesApiSupport {

    @Test
    void aQuoteIsReadBackWithEveryFieldAndItsTotal() {
        long customerId = customer(unique("Maja"));
        Map<String, Object> body = quote(customerId, unique("Offert"));

        long id = created("/api/quotes", body, "/api/quotes");

        JsonNode quote = read("/api/quotes/" + id);
        assertFieldsIntact(quote, body);
        assertThat(quote.get("id").asLong()).isEqualTo(id);
        assertThat(quote.get("total").decimalValue()).isEqualByComparingTo(LINES_TOTAL);
        assertThat(quote.get("lines").get(1).get("quantity").decimalValue()).isEqualByComparingTo("1.5");
    }

    @Test
    void anOrderIsReadBackWithEveryFieldOpenAndNumbered() {
        long customerId = customer(unique("Oskar"));
        Map<String, Object> body = order(customerId, unique("Order"));

        Response created = api().post("/api/orders", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/orders/" + created.id());
        JsonNode order = read("/api/orders/" + created.id());
        assertFieldsIntact(order, body);
        assertFieldsIntact(created.json(), body);
        assertThat(order.get("id").asLong()).isEqualTo(created.id());
        assertThat(order.get("orderNumber").asString()).isNotBlank();
        assertThat(order.get("status").asString()).isEqualTo("OPEN");
        assertThat(order.get("delivered").asBoolean()).isFalse();
        assertThat(order.get("invoiced").asBoolean()).isFalse();
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo(LINES_TOTAL);
    }

    @Test
    void ordersGetDistinctOrderNumbers() {
        long customerId = customer(unique("Nils"));
        long first = created("/api/orders", order(customerId, unique("A")), "/api/orders");
        long second = created("/api/orders", order(customerId, unique("B")), "/api/orders");

        assertThat(read("/api/orders/" + first).get("orderNumber").asString())
                .isNotEqualTo(read("/api/orders/" + second).get("orderNumber").asString());
    }

    @Test
    void addressesMayBeLeftOut() {
        long customerId = customer(unique("Lena"));
        Map<String, Object> body = order(customerId, unique("Utan adress"));
        body.remove("invoiceAddress");
        body.remove("deliveryAddress");

        JsonNode order = read("/api/orders/" + created("/api/orders", body, "/api/orders"));

        assertThat(order.get("invoiceAddress").get("city").isNull()).isTrue();
        assertThat(order.get("deliveryAddress").get("country").isNull()).isTrue();
    }

    @Test
    void aDeliveryDeliversTheWholeOrderOnce() {
        long customerId = customer(unique("Per"));
        long orderId = created("/api/orders", order(customerId, unique("Order")), "/api/orders");
        Map<String, Object> body = delivery(unique("Leverans"));

        long deliveryId = created("/api/orders/" + orderId + "/deliveries", body, "/api/deliveries");

        JsonNode delivery = read("/api/deliveries/" + deliveryId);
        assertFieldsIntact(delivery, body);
        assertThat(delivery.get("id").asLong()).isEqualTo(deliveryId);
        assertThat(delivery.get("orderId").asLong()).isEqualTo(orderId);
        JsonNode order = read("/api/orders/" + orderId);
        assertThat(order.get("delivered").asBoolean()).isTrue();
        assertThat(order.get("status").asString()).isEqualTo("DELIVERED");

        String again = unique("Igen");
        Response second = api().post("/api/orders/" + orderId + "/deliveries", delivery(again));
        assertProblem(second, 409);
        assertThat(count("sales_delivery", "customer_reference", again)).isZero();
    }

    @Test
    void aDeliveryHasOneCommercialInvoiceWithEveryField() {
        long customerId = customer(unique("Elin"));
        long orderId = created("/api/orders", order(customerId, unique("Order")), "/api/orders");
        long deliveryId = created("/api/orders/" + orderId + "/deliveries", delivery(unique("L")), "/api/deliveries");
        Map<String, Object> body = commercialInvoice(unique("Norrlands Trä AB "));

        long invoiceId = created("/api/deliveries/" + deliveryId + "/commercial-invoice", body, "/api/commercial-invoices");

        JsonNode invoice = read("/api/commercial-invoices/" + invoiceId);
        assertFieldsIntact(invoice, body);
        assertThat(invoice.get("deliveryId").asLong()).isEqualTo(deliveryId);

        String again = unique("Igen");
        assertProblem(api().post("/api/deliveries/" + deliveryId + "/commercial-invoice", commercialInvoice(again)), 409);
        assertThat(count("sales_commercial_invoice", "customer", again)).isZero();
    }

    @Test
    void theOrderLifecycleEndsCompletedWhenAccountingInvoicesIt() {
        long customerId = customer(unique("Gustav"));
        long orderId = created("/api/orders", order(customerId, unique("Order")), "/api/orders");
        long invoiceId = invoiceId();

        publishInvoiced(new OrderInvoiced(invoiceId, orderId, null));

        await("order " + orderId + " invoiced", () -> read("/api/orders/" + orderId).get("invoiced").asBoolean());
        JsonNode invoicedOnly = read("/api/orders/" + orderId);
        assertThat(invoicedOnly.get("status").asString()).isEqualTo("INVOICED");
        assertThat(invoicedOnly.get("invoiceId").asLong()).isEqualTo(invoiceId);

        created("/api/orders/" + orderId + "/deliveries", delivery(unique("L")), "/api/deliveries");

        JsonNode completed = read("/api/orders/" + orderId);
        assertThat(completed.get("delivered").asBoolean()).isTrue();
        assertThat(completed.get("invoiced").asBoolean()).isTrue();
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void markingAnOrderInvoicedIsIdempotent() {
        long customerId = customer(unique("Karin"));
        long orderId = created("/api/orders", order(customerId, unique("Order")), "/api/orders");
        long invoiceId = invoiceId();
        long laterInvoiceId = invoiceId + 1;

        publishInvoiced(new OrderInvoiced(invoiceId, orderId, null));
        awaitHandled(invoiceId);
        publishInvoiced(new OrderInvoiced(invoiceId, orderId, null));
        publishInvoiced(new OrderInvoiced(laterInvoiceId, orderId, null));
        awaitHandled(invoiceId);
        awaitHandled(laterInvoiceId);

        JsonNode order = read("/api/orders/" + orderId);
        assertThat(order.get("invoiced").asBoolean()).isTrue();
        assertThat(order.get("invoiceId").asLong()).isEqualTo(invoiceId);
    }

    @Test
    void listRowsNameTheCustomerByRefAndCarryNoCustomerId() {
        String firstName = unique("Greta");
        long customerId = customer(firstName);
        long firstOrder = created("/api/orders", order(customerId, unique("A")), "/api/orders");
        long secondOrder = created("/api/orders", order(customerId, unique("B")), "/api/orders");
        long quoteId = created("/api/quotes", quote(customerId, unique("Q")), "/api/quotes");

        List<JsonNode> orders = rows(api().get("/api/orders?customerId=" + customerId));
        List<JsonNode> quotes = rows(api().get("/api/quotes?customerId=" + customerId));

        assertThat(orders).extracting(r -> r.get("id").asLong()).containsExactly(secondOrder, firstOrder);
        assertThat(quotes).extracting(r -> r.get("id").asLong()).containsExactly(quoteId);
        JsonNode row = orders.get(0);
        assertThat(row.get("orderNumber").asString()).isEqualTo(read("/api/orders/" + secondOrder).get("orderNumber").asString());
        assertThat(row.get("total").decimalValue()).isEqualByComparingTo(LINES_TOTAL);
        assertThat(row.get("delivered").asBoolean()).isFalse();
        assertThat(row.get("invoiced").asBoolean()).isFalse();
        List<JsonNode> all = new ArrayList<>(orders);
        all.addAll(quotes);
        for (JsonNode r : all) {
            assertThat(r.has("customerId")).isFalse();
            assertThat(r.get("customer").get("displayName").asString()).isEqualTo(firstName + " Kund");
            assertThat(r.get("customer").get("href").asString()).isEqualTo("/api/customers/" + customerId);
        }
        assertThat(quotes.get(0).get("total").decimalValue()).isEqualByComparingTo(LINES_TOTAL);
    }

    @Test
    void theOrderListWithoutCustomerShowsTheLatestOrdersPaged() {
        long customerId = customer(unique("Vera"));
        long older = created("/api/orders", order(customerId, unique("A")), "/api/orders");
        long newest = created("/api/orders", order(customerId, unique("B")), "/api/orders");

        Response latest = api().get("/api/orders");
        JsonNode page = latest.json();

        assertThat(rows(latest).get(0).get("id").asLong()).isGreaterThanOrEqualTo(newest);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);

        JsonNode secondPage = api().get("/api/orders?customerId=" + customerId + "&page=1&size=1").json();
        assertThat(secondPage.get("items").size()).isEqualTo(1);
        assertThat(secondPage.get("items").get(0).get("id").asLong()).isEqualTo(older);
        assertThat(secondPage.get("total").asLong()).isEqualTo(2);
        assertProblem(api().get("/api/orders?size=201"), 400);
        assertProblem(api().get("/api/quotes?page=-1"), 400);
    }

    @Test
    void anUnknownCustomerIsNotFoundAndNothingIsWritten() {
        String reference = unique("Okänd");

        assertProblem(api().post("/api/quotes", quote(UNKNOWN_ID, reference)), 404);
        assertProblem(api().post("/api/orders", order(UNKNOWN_ID, reference)), 404);

        assertThat(count("sales_quote", "customer_reference", reference)).isZero();
        assertThat(count("sales_order", "customer_reference", reference)).isZero();
    }

    @Test
    void unknownRecordsAreNotFound() {
        for (String path : List.of("/api/quotes/", "/api/orders/", "/api/deliveries/", "/api/commercial-invoices/")) {
            Response read = api().get(path + UNKNOWN_ID);
            assertProblem(read, 404);
            assertThat(read.json().get("type").asString()).startsWith("urn:glomska:problem:unknown-");
            assertThat(read.json().get("detail").asString()).contains(String.valueOf(UNKNOWN_ID));
        }
        assertThat(api().get("/api/orders/" + UNKNOWN_ID).json().get("type").asString())
                .isEqualTo("urn:glomska:problem:unknown-order");

        String reference = unique("Ingen order");
        assertProblem(api().post("/api/orders/" + UNKNOWN_ID + "/deliveries", delivery(reference)), 404);
        assertProblem(api().post("/api/deliveries/" + UNKNOWN_ID + "/commercial-invoice", commercialInvoice(reference)), 404);
        assertThat(count("sales_delivery", "customer_reference", reference)).isZero();
        assertThat(count("sales_commercial_invoice", "customer", reference)).isZero();
    }

    @Test
    void invalidInputIsRejectedAndNothingIsWritten() {
        long customerId = customer(unique("Ivar"));
        String reference = unique("Ogiltig");

        List<Map<String, Object>> invalid = new ArrayList<>();
        Map<String, Object> noLines = order(customerId, reference);
        noLines.put("lines", List.of());
        invalid.add(noLines);
        Map<String, Object> negativeQuantity = order(customerId, reference);
        negativeQuantity.put("lines", List.of(line("Stol", "-1", "100.00")));
        invalid.add(negativeQuantity);
        Map<String, Object> tooManyDecimals = order(customerId, reference);
        tooManyDecimals.put("lines", List.of(line("Stol", "1", "100.001")));
        invalid.add(tooManyDecimals);
        Map<String, Object> noDescription = order(customerId, reference);
        noDescription.put("lines", List.of(line(" ", "1", "100.00")));
        invalid.add(noDescription);
        Map<String, Object> badCountry = order(customerId, reference);
        Map<String, Object> address = documentAddress("X", "Y");
        address.put("country", "Sverige");
        badCountry.put("deliveryAddress", address);
        invalid.add(badCountry);
        Map<String, Object> tooLongMobile = order(customerId, reference);
        tooLongMobile.put("notificationMobile", "0".repeat(41));
        invalid.add(tooLongMobile);
        Map<String, Object> unknownField = order(customerId, reference);
        unknownField.put("priority", "HIGH");
        invalid.add(unknownField);
        Map<String, Object> noCustomer = order(customerId, reference);
        noCustomer.remove("customerId");
        invalid.add(noCustomer);
        Map<String, Object> hugeTotal = order(customerId, reference);
        hugeTotal.put("lines", List.of(line("Allt", "9999999999999999", "99999999999999999.99")));
        invalid.add(hugeTotal);

        for (Map<String, Object> body : invalid) {
            Response answer = api().post("/api/orders", body);
            assertProblem(answer, 400);
            assertThat(answer.json().get("errors").isArray()).as(answer.toString()).isTrue();
            Map<String, Object> asQuote = new LinkedHashMap<>(body);
            asQuote.remove("customerOrderReference");
            asQuote.remove("notificationMobile");
            if (body != tooLongMobile) { // quotes have no notificationMobile
                assertProblem(api().post("/api/quotes", asQuote), 400);
            }
        }
        Response tooLong = api().post("/api/orders", tooLongMobile);
        assertThat(tooLong.json().get("errors").findValuesAsString("field")).contains("notificationMobile");

        long orderId = created("/api/orders", order(customerId, unique("Giltig")), "/api/orders");
        Map<String, Object> badDelivery = delivery(reference);
        badDelivery.put("customerReference", "x".repeat(101));
        assertProblem(api().post("/api/orders/" + orderId + "/deliveries", badDelivery), 400);
        assertThat(read("/api/orders/" + orderId).get("delivered").asBoolean()).isFalse();
        long deliveryId = created("/api/orders/" + orderId + "/deliveries", delivery(unique("L")), "/api/deliveries");
        Map<String, Object> badInvoice = commercialInvoice(reference);
        badInvoice.put("recipientEmail", "inte en adress");
        assertProblem(api().post("/api/deliveries/" + deliveryId + "/commercial-invoice", badInvoice), 400);

        assertThat(count("sales_order", "customer_reference", reference)).isZero();
        assertThat(count("sales_quote", "customer_reference", reference)).isZero();
        assertThat(count("sales_delivery", "customer_reference", reference)).isZero();
        assertThat(count("sales_commercial_invoice", "customer", reference)).isZero();
    }

    @Test
    void anAnonymizedCustomerTakesNoNewRecordAndIsListedAsXxxxWithoutLink() {
        long customerId = customer(unique("Sigrid"));
        long orderId = created("/api/orders", order(customerId, unique("Före")), "/api/orders");
        long deliveredOrderId = created("/api/orders", order(customerId, unique("Före")), "/api/orders");
        long deliveryId = created("/api/orders/" + deliveredOrderId + "/deliveries", delivery(unique("L")), "/api/deliveries");
        long quoteId = created("/api/quotes", quote(customerId, unique("Före")), "/api/quotes");
        anonymize(customerId);
        String reference = unique("Efter");

        Response quote = api().post("/api/quotes", quote(customerId, reference));
        assertProblem(quote, 409);
        assertThat(quote.json().get("type").asString()).isEqualTo("urn:glomska:problem:anonymized-customer");
        assertProblem(api().post("/api/orders", order(customerId, reference)), 409);
        assertProblem(api().post("/api/orders/" + orderId + "/deliveries", delivery(reference)), 409);
        assertProblem(api().post("/api/deliveries/" + deliveryId + "/commercial-invoice", commercialInvoice(reference)), 409);

        assertThat(count("sales_quote", "customer_reference", reference)).isZero();
        assertThat(count("sales_order", "customer_reference", reference)).isZero();
        assertThat(count("sales_delivery", "customer_reference", reference)).isZero();
        assertThat(count("sales_commercial_invoice", "customer", reference)).isZero();
        assertThat(read("/api/orders/" + orderId).get("delivered").asBoolean()).isFalse();

        assertProblem(api().get("/api/orders?customerId=" + customerId), 404);
        assertProblem(api().get("/api/quotes?customerId=" + customerId), 404);
        List<JsonNode> listed = new ArrayList<>(rows(api().get("/api/orders?size=200")));
        listed.removeIf(row -> !List.of(orderId, deliveredOrderId).contains(row.get("id").asLong()));
        listed.addAll(rows(api().get("/api/quotes?size=200")).stream()
                .filter(row -> row.get("id").asLong() == quoteId).toList());
        assertThat(listed).hasSize(3);
        for (JsonNode row : listed) {
            assertThat(row.get("customer").get("displayName").asString()).isEqualTo("Xxxx");
            assertThat(row.get("customer").get("href").isNull()).isTrue();
            assertThat(row.has("customerId")).isFalse();
            assertThat(row.toString()).doesNotContain("/api/customers/");
        }
    }
}
