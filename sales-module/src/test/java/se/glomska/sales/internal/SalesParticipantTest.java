package se.glomska.sales.internal;

import org.junit.jupiter.api.Test;
import se.glomska.customer.spi.Blocker;
import se.glomska.customer.spi.FieldRule;
import se.glomska.customer.spi.PersonalDataTable;
import se.glomska.sales.internal.application.SalesCalendar;
import se.glomska.sales.internal.domain.Contract;
import se.glomska.sales.internal.domain.Contracts;
import se.glomska.sales.internal.domain.DropshipOrder;
import se.glomska.sales.internal.domain.DropshipOrders;
import se.glomska.sales.internal.domain.DropshipState;
import se.glomska.sales.internal.domain.NewContract;
import se.glomska.sales.internal.domain.NewDropshipOrder;
import se.glomska.sales.internal.domain.NewOrder;
import se.glomska.sales.internal.domain.Order;
import se.glomska.sales.OrderLine;
import se.glomska.customer.CustomerDirectory.Unnamed;
import se.glomska.sales.internal.domain.OrderState;
import se.glomska.sales.internal.domain.Orders;
import se.glomska.customer.Page;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The declaration held next to erasure-rules.md sections 3, 4 and 5. */
class SalesParticipantTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private final SalesCalendar calendar = new SalesCalendar() {
        @Override
        public LocalDate today() {
            return TODAY;
        }
    };

    private SalesParticipant participant(List<OrderState> orderStates, List<DropshipState> dropshipStates,
                                         List<Contract> contractList) {
        return new SalesParticipant(new FakeOrders(orderStates), new FakeDropshipOrders(dropshipStates),
                new FakeContracts(contractList), calendar);
    }

    private Map<String, PersonalDataTable> tables() {
        return participant(List.of(), List.of(), List.of()).tables().stream()
                .collect(Collectors.toMap(PersonalDataTable::table, Function.identity()));
    }

    private static Set<String> columns(PersonalDataTable table, FieldRule rule) {
        return table.columns().stream().filter(c -> c.rule() == rule).map(PersonalDataTable.Column::name)
                .collect(Collectors.toSet());
    }

    @Test
    void declaresEverySalesTableAsATransactionOfTheCustomer() {
        assertThat(tables().keySet()).containsExactlyInAnyOrder("sales_quote", "sales_quote_line", "sales_order",
                "sales_order_line", "sales_delivery", "sales_commercial_invoice", "sales_dropship_order",
                "sales_dropship_order_line", "sales_dropship_purchase", "sales_inbound_delivery", "sales_contract");
        assertThat(tables().values()).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo(PersonalDataTable.Kind.TRANSACTION);
            assertThat(t.scope()).isEqualTo("customer_id = :customerId");
            assertThat(t.onAnonymize()).isEqualTo(PersonalDataTable.OnAnonymize.APPLY_COLUMN_RULES);
            assertThat(t.column("customer_id")).get().extracting(PersonalDataTable.Column::rule).isEqualTo(FieldRule.KEY);
        });
    }

    @Test
    void recordTypesAreCamelCaseIdentifiers() {
        assertThat(tables().values()).extracting(PersonalDataTable::recordType).containsExactlyInAnyOrder("quote",
                "quoteLine", "order", "orderLine", "delivery", "commercialInvoice", "dropshipOrder",
                "dropshipOrderLine", "dropshipPurchase", "inboundDelivery", "contract");
    }

    @Test
    void quoteClearsReferenceAndAddressesButKeepsRegionCountryAndTexts() {
        PersonalDataTable quote = tables().get("sales_quote");
        assertThat(columns(quote, FieldRule.CLEAR)).containsExactlyInAnyOrder("customer_reference",
                "invoice_name", "invoice_attention", "invoice_address", "invoice_postal_code", "invoice_city",
                "delivery_name", "delivery_attention", "delivery_address", "delivery_postal_code", "delivery_city");
        assertThat(columns(quote, FieldRule.REVIEW)).containsExactlyInAnyOrder("invoice_region", "invoice_country",
                "delivery_region", "delivery_country", "published_comment", "terms", "internal_comment");
        assertThat(columns(quote, FieldRule.PLACEHOLDER)).isEmpty();
    }

    @Test
    void orderClearsReferencesMobileAndAddresses() {
        PersonalDataTable order = tables().get("sales_order");
        assertThat(columns(order, FieldRule.CLEAR)).containsExactlyInAnyOrder("customer_reference",
                "customer_order_reference", "notification_mobile",
                "invoice_name", "invoice_attention", "invoice_address", "invoice_postal_code", "invoice_city",
                "delivery_name", "delivery_attention", "delivery_address", "delivery_postal_code", "delivery_city");
        assertThat(columns(order, FieldRule.REVIEW)).containsExactlyInAnyOrder("invoice_region", "invoice_country",
                "delivery_region", "delivery_country", "published_comment", "terms", "internal_comment");
        assertThat(columns(order, FieldRule.NOT_PERSONAL)).contains("delivered", "invoiced", "total");
    }

    @Test
    void deliveryClearsReferenceMobileAndAddresses() {
        PersonalDataTable delivery = tables().get("sales_delivery");
        assertThat(columns(delivery, FieldRule.CLEAR)).containsExactlyInAnyOrder("customer_reference",
                "notification_mobile",
                "invoice_name", "invoice_attention", "invoice_address", "invoice_postal_code", "invoice_city",
                "delivery_name", "delivery_attention", "delivery_address", "delivery_postal_code", "delivery_city");
        assertThat(columns(delivery, FieldRule.REVIEW)).containsExactlyInAnyOrder("invoice_region", "invoice_country",
                "delivery_region", "delivery_country", "published_comment", "internal_comment");
    }

    @Test
    void commercialInvoiceGetsThePlaceholderAndKeepsTheCountry() {
        PersonalDataTable invoice = tables().get("sales_commercial_invoice");
        assertThat(columns(invoice, FieldRule.PLACEHOLDER)).containsExactly("customer");
        assertThat(columns(invoice, FieldRule.CLEAR)).containsExactlyInAnyOrder("name", "address", "postal_code", "city",
                "recipient_organization_number", "recipient_vat_number", "recipient_name", "recipient_email",
                "recipient_phone");
        assertThat(invoice.column("country")).get().extracting(PersonalDataTable.Column::rule)
                .isEqualTo(FieldRule.NOT_PERSONAL);
    }

    @Test
    void dropshipOrderPurchaseAndInboundDelivery() {
        PersonalDataTable order = tables().get("sales_dropship_order");
        assertThat(columns(order, FieldRule.CLEAR)).containsExactlyInAnyOrder("order_reference", "phone", "mobile",
                "customer_name", "invoice_attention", "invoice_address", "invoice_postal_code", "invoice_city",
                "delivery_attention", "delivery_address", "delivery_postal_code", "delivery_city");
        assertThat(columns(order, FieldRule.REVIEW)).containsExactlyInAnyOrder("invoice_country", "delivery_country",
                "internal_comment");

        PersonalDataTable purchase = tables().get("sales_dropship_purchase");
        assertThat(columns(purchase, FieldRule.CLEAR)).containsExactlyInAnyOrder("order_reference", "phone", "mobile",
                "published_comment", "customer_name", "delivery_attention", "delivery_address", "delivery_postal_code",
                "delivery_city");
        assertThat(columns(purchase, FieldRule.REVIEW)).containsExactlyInAnyOrder("delivery_country", "terms",
                "internal_comment");
        assertThat(columns(purchase, FieldRule.NOT_PERSONAL)).contains("supplier_name");

        PersonalDataTable inbound = tables().get("sales_inbound_delivery");
        assertThat(inbound.columns()).noneMatch(c -> c.rule().changesValue());
        assertThat(columns(inbound, FieldRule.REVIEW)).containsExactlyInAnyOrder("country", "terms", "internal_comment");
    }

    @Test
    void contractGetsPlaceholdersAndLosesTheEmail() {
        PersonalDataTable contract = tables().get("sales_contract");
        assertThat(columns(contract, FieldRule.PLACEHOLDER)).containsExactlyInAnyOrder("customer_reference", "recipient");
        assertThat(columns(contract, FieldRule.CLEAR)).containsExactly("email");
        assertThat(columns(contract, FieldRule.REVIEW)).containsExactly("description");
        assertThat(columns(contract, FieldRule.NOT_PERSONAL)).contains("start_date", "end_date");
    }

    @Test
    void linesAreKept() {
        for (String table : List.of("sales_quote_line", "sales_order_line", "sales_dropship_order_line")) {
            assertThat(tables().get(table).columns()).noneMatch(c -> c.rule().changesValue());
        }
    }

    @Test
    void aFinishedHistoryDoesNotBlock() {
        Contract finished = contract(10, TODAY.minusDays(1));
        assertThat(participant(List.of(new OrderState(1, 7, true, true)), List.of(new DropshipState(2, 7, 1, 1, true)),
                List.of(finished)).blockers(se.glomska.customer.CustomerId.of(7))).isEmpty();
    }

    @Test
    void everyOpenRecordBlocksWithItsIdAndNoPersonalData() {
        List<Blocker> blockers = participant(
                List.of(new OrderState(1, 7, false, false), new OrderState(2, 7, true, false), new OrderState(3, 7, true, true)),
                List.of(new DropshipState(4, 7, 0, 0, true), new DropshipState(5, 7, 2, 2, false)),
                List.of(contract(6, null), contract(8, TODAY), contract(9, TODAY.minusDays(1)))).blockers(se.glomska.customer.CustomerId.of(7));

        assertThat(blockers).extracting(Blocker::code, Blocker::recordType, Blocker::recordId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ORDER_NOT_DELIVERED", "order", 1L),
                org.assertj.core.groups.Tuple.tuple("ORDER_NOT_INVOICED", "order", 1L),
                org.assertj.core.groups.Tuple.tuple("ORDER_NOT_INVOICED", "order", 2L),
                org.assertj.core.groups.Tuple.tuple("DROPSHIP_ORDER_NOT_DELIVERED", "dropshipOrder", 4L),
                org.assertj.core.groups.Tuple.tuple("DROPSHIP_ORDER_NOT_INVOICED", "dropshipOrder", 5L),
                org.assertj.core.groups.Tuple.tuple("CONTRACT_ONGOING", "contract", 6L),
                org.assertj.core.groups.Tuple.tuple("CONTRACT_ONGOING", "contract", 8L));
        assertThat(blockers).allSatisfy(b -> assertThat(b.module()).isEqualTo("sales"));
        assertThat(blockers.get(0).message()).isEqualTo("Order 1 is not fully delivered.");
        assertThat(blockers).noneMatch(b -> b.message().contains("Mottagare") || b.message().contains("@"));
    }

    private static Contract contract(long id, LocalDate endDate) {
        return new Contract(id, 7, "Ref", "Mottagare", "m@example.se", "Avtal", LocalDate.of(2024, 1, 1), endDate, null);
    }

    private record FakeOrders(List<OrderState> states) implements Orders {
        public long add(NewOrder order, BigDecimal total) { throw new UnsupportedOperationException(); }
        public Optional<Order> find(long id) { throw new UnsupportedOperationException(); }
        public Optional<OrderState> lockState(long id) { throw new UnsupportedOperationException(); }
        public void markDelivered(long id) { throw new UnsupportedOperationException(); }
        public boolean markInvoiced(long id, long invoiceId) { throw new UnsupportedOperationException(); }
        public List<OrderState> statesOfCustomers(java.util.Collection<Long> customerIds) {
            return states.stream().filter(s -> customerIds.contains(s.customerId())).toList();
        }
        public Page<Unnamed<OrderLine>> list(Long customerId, Page.Request page) { throw new UnsupportedOperationException(); }
    }

    private record FakeDropshipOrders(List<DropshipState> states) implements DropshipOrders {
        public long add(NewDropshipOrder order, BigDecimal total) { throw new UnsupportedOperationException(); }
        public Optional<DropshipOrder> find(long id) { throw new UnsupportedOperationException(); }
        public Optional<DropshipState> lockState(long id) { throw new UnsupportedOperationException(); }
        public boolean markInvoiced(long id, long invoiceId) { throw new UnsupportedOperationException(); }
        public List<DropshipState> statesOfCustomers(java.util.Collection<Long> customerIds) {
            return states.stream().filter(s -> customerIds.contains(s.customerId())).toList();
        }
    }

    private record FakeContracts(List<Contract> contracts) implements Contracts {
        public long add(NewContract contract) { throw new UnsupportedOperationException(); }
        public Optional<Contract> find(long id) { throw new UnsupportedOperationException(); }
        public List<Contract> ofCustomers(java.util.Collection<Long> customerIds) {
            return contracts.stream().filter(c -> customerIds.contains(c.customerId())).toList();
        }
        public List<Contract.Ended> endedBetween(java.time.LocalDate from, java.time.LocalDate to) {
            throw new UnsupportedOperationException();
        }
    }
}
