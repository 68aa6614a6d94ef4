package se.glomska.web;

import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Where a record named by the erasure (a blocker, a "check manually" item) can be opened: its JSON
 * resource in the API, and the tab of the customer card that lists it, where there is one.
 */
@Component("recordLinks")
class RecordLinks {

    private static final Map<String, String> API = Map.ofEntries(
            Map.entry("quote", "/api/quotes/"),
            Map.entry("order", "/api/orders/"),
            Map.entry("delivery", "/api/deliveries/"),
            Map.entry("commercialInvoice", "/api/commercial-invoices/"),
            Map.entry("dropshipOrder", "/api/dropship-orders/"),
            Map.entry("dropshipPurchase", "/api/dropship-purchases/"),
            Map.entry("inboundDelivery", "/api/inbound-deliveries/"),
            Map.entry("contract", "/api/contracts/"),
            Map.entry("invoice", "/api/invoices/"),
            Map.entry("paymentReminder", "/api/reminders/"),
            Map.entry("receipt", "/api/receipts/"),
            Map.entry("activity", "/api/crm/activities/"),
            Map.entry("supportCase", "/api/support/cases/"),
            Map.entry("mailHistory", "/api/mail-history/"),
            Map.entry("mailHistoryEntry", "/api/mail-history/"));

    private static final Map<String, String> TAB = Map.ofEntries(
            Map.entry("branch", "branches"),
            Map.entry("creditReport", "creditReports"),
            Map.entry("document", "documents"),
            Map.entry("property", "properties"),
            Map.entry("quote", "quotes"),
            Map.entry("order", "orders"),
            Map.entry("invoice", "invoices"),
            Map.entry("activity", "activities"),
            Map.entry("supportCase", "cases"));

    /** The record's JSON resource, or null when the API has none for its type. */
    public String api(String recordType, long id) {
        String base = API.get(PageFormat.key(recordType));
        return base == null ? null : base + id;
    }

    /** The card tab that lists records of this type, or null. */
    public String tab(long customerId, String recordType) {
        String tab = TAB.get(PageFormat.key(recordType));
        if ("customer".equals(recordType)) {
            return "/customers/" + customerId;
        }
        return tab == null ? null : "/customers/" + customerId + "?tab=" + tab;
    }
}
