package se.glomska.sales.internal;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Component;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.Blocker;
import se.glomska.customer.spi.PersonalDataTable;
import se.glomska.sales.SalesRecordType;
import se.glomska.sales.internal.application.SalesCalendar;
import se.glomska.sales.internal.domain.Contract;
import se.glomska.sales.internal.domain.Contracts;
import se.glomska.sales.internal.domain.DropshipOrders;
import se.glomska.sales.internal.domain.DropshipState;
import se.glomska.sales.internal.domain.OrderState;
import se.glomska.sales.internal.domain.Orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static se.glomska.customer.spi.PersonalDataTable.Kind.TRANSACTION;

/**
 * Sales' part in erasing a customer: erasure-rules.md section 4 "Sales (sales module)" and section 5,
 * table by table and field by field, and the sales blockers of section 3.
 * <p>
 * Every sales table is a transaction or event (section 2): a customer with any sales record is
 * anonymized, never deleted. Lines hold goods and amounts, which section 4 keeps ("lines, amounts").
 */
@Component
public class SalesParticipant implements AnonymizationParticipant {

    static final String MODULE = "sales";
    private static final String OF_CUSTOMER = "customer_id = :customerId";
    private static final String KEPT_LINES = "goods and amounts of a line: kept by section 4 (\"lines, amounts\")";

    private final Orders orders;
    private final DropshipOrders dropshipOrders;
    private final Contracts contracts;
    private final SalesCalendar calendar;

    SalesParticipant(Orders orders, DropshipOrders dropshipOrders, Contracts contracts, SalesCalendar calendar) {
        this.orders = orders;
        this.dropshipOrders = dropshipOrders;
        this.contracts = contracts;
        this.calendar = calendar;
    }

    @Override
    public List<String> recordTimes() {
        return List.of("SELECT customer_id, created_at FROM sales_quote",
                "SELECT customer_id, created_at FROM sales_order",
                "SELECT customer_id, delivered_at FROM sales_delivery",
                "SELECT customer_id, created_at FROM sales_commercial_invoice",
                "SELECT customer_id, created_at FROM sales_dropship_order",
                "SELECT customer_id, created_at FROM sales_dropship_purchase",
                "SELECT customer_id, received_at FROM sales_inbound_delivery",
                "SELECT customer_id, created_at FROM sales_contract");
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<PersonalDataTable> tables() {
        return List.of(
                // quote | cleared: customerReference; in both addresses name, attention, address, postalCode, city
                //       | kept: region, country, publishedComment, terms, internalComment, lines, amounts
                table("sales_quote", SalesRecordType.QUOTE)
                        .keys("id", "customer_id")
                        .clear("customer_reference")
                        .clear(addressCleared("invoice"))
                        .clear(addressCleared("delivery"))
                        .reviewValues("invoice_region", "invoice_country", "delivery_region", "delivery_country")
                        .review("published_comment", "terms", "internal_comment")
                        .notPersonal("amount: kept by section 4", "total")
                        .notPersonal("date of the quote", "created_at"),
                lines("sales_quote_line", SalesRecordType.QUOTE_LINE, "quote_id"),

                // order | cleared: customerReference, customerOrderReference, notificationMobile;
                //       |          in both addresses name, attention, address, postalCode, city
                //       | kept: region, country, publishedComment, terms, internalComment, lines, status
                table("sales_order", SalesRecordType.ORDER)
                        .keys("id", "customer_id", "invoice_id")
                        .clear("customer_reference", "customer_order_reference", "notification_mobile")
                        .clear(addressCleared("invoice"))
                        .clear(addressCleared("delivery"))
                        .reviewValues("invoice_region", "invoice_country", "delivery_region", "delivery_country")
                        .review("published_comment", "terms", "internal_comment")
                        .notPersonal("the order's number, assigned by the system", "order_number")
                        .notPersonal("status: kept by section 4", "delivered", "invoiced")
                        .notPersonal("amount: kept by section 4", "total")
                        .notPersonal("date of the order", "created_at"),
                lines("sales_order_line", SalesRecordType.ORDER_LINE, "order_id"),

                // delivery | cleared: customerReference, notificationMobile;
                //          |          in both addresses name, attention, address, postalCode, city
                //          | kept: region, country, publishedComment, internalComment
                table("sales_delivery", SalesRecordType.DELIVERY)
                        .keys("id", "order_id", "customer_id")
                        .clear("customer_reference", "notification_mobile")
                        .clear(addressCleared("invoice"))
                        .clear(addressCleared("delivery"))
                        .reviewValues("invoice_region", "invoice_country", "delivery_region", "delivery_country")
                        .review("published_comment", "internal_comment")
                        .notPersonal("date of the delivery", "delivered_at"),

                // commercial invoice | customer -> Xxxx; cleared: name, address, postalCode, city,
                //                    |   recipientOrganizationNumber, recipientVatNumber, recipientName,
                //                    |   recipientEmail, recipientPhone
                //                    | kept: country
                table("sales_commercial_invoice", SalesRecordType.COMMERCIAL_INVOICE)
                        .keys("id", "delivery_id", "customer_id")
                        .placeholder("customer")
                        .clear("name", "address", "postal_code", "city")
                        .clear("recipient_organization_number", "recipient_vat_number", "recipient_name",
                                "recipient_email", "recipient_phone")
                        .notPersonal("country of destination for customs: kept by section 4", "country")
                        .notPersonal("date of the document", "created_at"),

                // dropship order | cleared: orderReference, phone, mobile, customerName;
                //                |          in both addresses attention, address, postalCode, city
                //                | kept: country (both addresses), internalComment
                table("sales_dropship_order", SalesRecordType.DROPSHIP_ORDER)
                        .keys("id", "customer_id", "invoice_id")
                        .clear("order_reference", "phone", "mobile", "customer_name")
                        .clear("invoice_attention", "invoice_address", "invoice_postal_code", "invoice_city")
                        .clear("delivery_attention", "delivery_address", "delivery_postal_code", "delivery_city")
                        .reviewValues("invoice_country", "delivery_country")
                        .review("internal_comment")
                        .notPersonal("status: kept", "invoiced")
                        .notPersonal("amount: kept", "total")
                        .notPersonal("date of the order", "created_at"),
                lines("sales_dropship_order_line", SalesRecordType.DROPSHIP_ORDER_LINE, "dropship_order_id"),

                // purchase linked to a dropship order | cleared: orderReference, phone, mobile, publishedComment,
                //   customerName; in the delivery address attention, address, postalCode, city
                //   | kept: country, terms, internalComment, supplier
                table("sales_dropship_purchase", SalesRecordType.DROPSHIP_PURCHASE)
                        .keys("id", "dropship_order_id", "customer_id")
                        .clear("order_reference", "phone", "mobile", "published_comment", "customer_name")
                        .clear("delivery_attention", "delivery_address", "delivery_postal_code", "delivery_city")
                        .reviewValues("delivery_country")
                        .review("terms", "internal_comment")
                        .notPersonal("the supplier (not the customer): kept by section 4", "supplier_name")
                        .notPersonal("date of the purchase", "created_at"),

                // inbound delivery of such a purchase | cleared: nothing | kept: country, terms, internalComment
                table("sales_inbound_delivery", SalesRecordType.INBOUND_DELIVERY)
                        .keys("id", "purchase_id", "customer_id")
                        .reviewValues("country")
                        .review("terms", "internal_comment")
                        .notPersonal("date of receipt", "received_at"),

                // contract (only when not ongoing: an ongoing contract blocks, section 3)
                //   | customerReference -> Xxxx, recipient -> Xxxx, email cleared | kept: dates, description
                //   The description is kept free text that a user may have typed personal data into: like the
                //   free texts of section 5 it is listed for manual review.
                table("sales_contract", SalesRecordType.CONTRACT)
                        .keys("id", "customer_id")
                        .placeholder("customer_reference", "recipient")
                        .clear("email")
                        .review("description")
                        .notPersonal("dates: kept by section 4", "start_date", "end_date", "created_at"));
    }

    /**
     * Section 3, sales: an order not fully delivered, an order not fully invoiced, a dropship order not
     * fully delivered or not invoiced, an ongoing contract. Quotes never block.
     */
    @Override
    public List<Blocker> blockers(CustomerId customerId) {
        return blockers(List.of(customerId)).getOrDefault(customerId, List.of());
    }

    /** Three statements for any number of customers (a retention batch); each customer's blockers in record order. */
    @Override
    public Map<CustomerId, List<Blocker>> blockers(Collection<CustomerId> customers) {
        List<Long> customerIds = customers.stream().map(CustomerId::value).toList();
        Map<CustomerId, List<Blocker>> all = new HashMap<>();
        Function<Long, List<Blocker>> of = c -> all.computeIfAbsent(CustomerId.of(c), x -> new ArrayList<>());
        // Each customer's list as the single-customer answer had it: orders, dropship orders, contracts
        for (OrderState order : orders.statesOfCustomers(customerIds)) {
            List<Blocker> blockers = of.apply(order.customerId());
            if (!order.delivered()) {
                blockers.add(blocker("ORDER_NOT_DELIVERED", "Order " + order.id() + " is not fully delivered.",
                        SalesRecordType.ORDER, order.id()));
            }
            if (!order.invoiced()) {
                blockers.add(blocker("ORDER_NOT_INVOICED", "Order " + order.id() + " is not fully invoiced.",
                        SalesRecordType.ORDER, order.id()));
            }
        }
        for (DropshipState order : dropshipOrders.statesOfCustomers(customerIds)) {
            List<Blocker> blockers = of.apply(order.customerId());
            if (!order.delivered()) {
                blockers.add(blocker("DROPSHIP_ORDER_NOT_DELIVERED",
                        "Dropship order " + order.id() + " is not fully delivered.", SalesRecordType.DROPSHIP_ORDER, order.id()));
            }
            if (!order.invoiced()) {
                blockers.add(blocker("DROPSHIP_ORDER_NOT_INVOICED",
                        "Dropship order " + order.id() + " is not invoiced.", SalesRecordType.DROPSHIP_ORDER, order.id()));
            }
        }
        LocalDate today = calendar.today();
        for (Contract contract : contracts.ofCustomers(customerIds)) {
            List<Blocker> blockers = of.apply(contract.customerId());
            if (contract.isOngoingOn(today)) {
                String until = contract.endDate() == null ? "without an end date" : "until " + contract.endDate();
                blockers.add(blocker("CONTRACT_ONGOING", "Contract " + contract.id() + " is ongoing (" + until + ").",
                        SalesRecordType.CONTRACT, contract.id()));
            }
        }
        all.values().removeIf(List::isEmpty);
        return all;
    }

    private static PersonalDataTable table(String name, SalesRecordType type) {
        return PersonalDataTable.of(name, type.recordType(), TRANSACTION, OF_CUSTOMER);
    }

    private static PersonalDataTable lines(String name, SalesRecordType type, String ownerColumn) {
        return table(name, type)
                .keys("id", ownerColumn, "customer_id")
                .notPersonal(KEPT_LINES, "position", "quantity", "unit_price")
                // A line's description is free text a user may have typed personal data into (section 9).
                .review("description");
    }

    /** "in both addresses name, attention, address, postalCode, city" (region and country are kept). */
    private static String[] addressCleared(String prefix) {
        return new String[]{prefix + "_name", prefix + "_attention", prefix + "_address", prefix + "_postal_code",
                prefix + "_city"};
    }

    private static Blocker blocker(String code, String message, SalesRecordType type, long id) {
        return new Blocker(MODULE, code, message, type.recordType(), id);
    }
}
