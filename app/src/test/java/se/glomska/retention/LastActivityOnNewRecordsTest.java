package se.glomska.retention;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.HttpApi;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import se.glomska.TestClock;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.CustomerId;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of record that a module makes for a customer moves the customer's last activity to the time it was
 * made (the application's clock, fixed here at a new moment before each record), in the transaction that makes it
 * ({@code CustomerDirectory.lockForNewRecord} requires one, and a rollback takes the move back): registration, a document, then each record of sales,
 * accounting, CRM and support in turn. A record made at an earlier moment never moves it back.
 */
class LastActivityOnNewRecordsTest extends IntegrationTest {

    @Autowired
    TestClock clock;

    @Autowired
    CustomerDirectory directory;

    @Autowired
    PlatformTransactionManager transactions;

    private Instant at;
    private long customer;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachNewRecordOfEveryModuleMovesTheLastActivityForward() {
        HttpApi api = api();
        // Five years ago (as RetentionApiTest), a minute and a few microseconds between records
        at = Instant.now().atZone(ZoneId.of("Europe/Stockholm")).minus(Period.ofYears(5)).toInstant()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusNanos(123_456_000);
        clock.fix(at);
        customer = created(api.post("/api/customers", map("kind", "COMPANY", "relation", "CUSTOMER",
                "name", unique("Aktiv AB"))));
        assertThat(lastActivity()).as("registration").isEqualTo(at);

        moves("document", () -> created(api.post("/api/customers/" + customer + "/documents", map(
                "fileName", "avtal.pdf", "contentBase64", Base64.getEncoder().encodeToString("%PDF".getBytes())))));
        moves("quote", () -> created(api.post("/api/quotes", map("customerId", customer, "lines", lines()))));
        long order = moves("order", () -> created(api.post("/api/orders", map("customerId", customer,
                "lines", lines()))));
        long delivery = moves("delivery", () -> created(api.post("/api/orders/" + order + "/deliveries", map())));
        moves("commercial invoice", () -> created(api.post("/api/deliveries/" + delivery + "/commercial-invoice",
                map("country", "SE"))));
        long invoice = moves("invoice", () -> created(api.post("/api/invoices", map("customerId", customer,
                "orderId", order, "billTo", map("name", "Aktiv AB", "country", "SE"), "dueDate", "2030-04-30",
                "lines", lines()))));
        moves("payment reminder", () -> created(api.post("/api/invoices/" + invoice + "/reminders", map(
                "recipientName", "Aktiv AB", "fee", new BigDecimal("60.00")))));
        moves("payment", () -> created(api.post("/api/invoices/" + invoice + "/payments", map(
                "amount", new BigDecimal("1.00"), "paidAt", "2025-04-01"))));
        long dropship = moves("dropship order", () -> created(api.post("/api/dropship-orders", map(
                "customerId", customer, "invoiceAddress", map("country", "SE"), "deliveryAddress", map("country", "SE"),
                "lines", lines()))));
        long purchase = moves("dropship purchase", () -> created(api.post("/api/dropship-orders/" + dropship
                + "/purchases", map("supplierName", "Leverantören AB", "deliveryAddress", map("country", "SE")))));
        moves("inbound delivery", () -> created(api.post("/api/dropship-purchases/" + purchase
                + "/inbound-deliveries", map("receivedAt", "2025-02-03T09:00:00Z", "country", "SE"))));
        moves("contract", () -> created(api.post("/api/contracts", map("customerId", customer,
                "startDate", "2022-01-01", "endDate", "2022-12-31"))));
        moves("receipt", () -> created(api.post("/api/receipts", map("customerId", customer,
                "paidAt", "2025-03-03T12:00:00Z", "paymentMethod", "CARD", "lines", lines()))));
        moves("activity", () -> created(api.post("/api/crm/activities", map("customerId", customer,
                "kind", "CALL", "occursAt", "2025-03-01T10:15:30Z", "owner", "salj.kalle"))));
        long supportCase = moves("support case", () -> created(api.post("/api/support/cases", map(
                "customerId", customer, "subject", "Fråga"))));
        moves("support reply", () -> created(api.post("/api/support/cases/" + supportCase + "/replies",
                map("text", "Svar"))));
        moves("mail", () -> created(api.post("/api/mail-history", map("customerId", customer,
                "documentType", "ORDER", "documentId", order, "sentAt", "2025-03-02T08:00:00Z"))));

        Instant latest = at;
        clock.fix(latest.minus(Duration.ofDays(30)));
        created(api.post("/api/quotes", map("customerId", customer, "lines", lines())));
        assertThat(lastActivity()).as("a record made at an earlier moment").isEqualTo(latest);

        // The move belongs to the record's transaction: none, none allowed; rolled back with it
        assertThatThrownBy(() -> directory.lockForNewRecord(CustomerId.of(customer), latest.plusSeconds(60)))
                .isInstanceOf(IllegalTransactionStateException.class);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            directory.lockForNewRecord(CustomerId.of(customer), latest.plusSeconds(60));
            assertThat(lastActivity()).as("inside the transaction").isEqualTo(latest.plusSeconds(60));
            tx.setRollbackOnly();
        });
        assertThat(lastActivity()).as("after the rollback").isEqualTo(latest);
    }

    /** Makes a record at a new moment and sees the customer's last activity moved to it. */
    private long moves(String record, LongSupplier make) {
        at = at.plus(Duration.ofMinutes(1)).plusNanos(1_000);
        clock.fix(at);
        long id = make.getAsLong();
        assertThat(lastActivity()).as(record).isEqualTo(at);
        return id;
    }

    private Instant lastActivity() {
        return jdbc.sql("SELECT last_activity_at FROM customer WHERE id = :id").param("id", customer)
                .query(Timestamp.class).single().toInstant();
    }

    private static List<Map<String, Object>> lines() {
        return List.of(map("description", "Skruv", "quantity", new BigDecimal("2"), "unitPrice", new BigDecimal("10")));
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static long created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }
}
