package se.glomska.sales;

/**
 * The kinds of records sales owns: {@link #recordType()} is the identifier used in the erasure's
 * footprint, blockers and manual review (camelCase like every JSON name of the API); {@link #label()}
 * names it in words for problem titles and details.
 */
public enum SalesRecordType {
    QUOTE("quote", "quote"),
    QUOTE_LINE("quoteLine", "quote line"),
    ORDER("order", "order"),
    ORDER_LINE("orderLine", "order line"),
    DELIVERY("delivery", "delivery"),
    COMMERCIAL_INVOICE("commercialInvoice", "commercial invoice"),
    DROPSHIP_ORDER("dropshipOrder", "dropship order"),
    DROPSHIP_ORDER_LINE("dropshipOrderLine", "dropship order line"),
    DROPSHIP_PURCHASE("dropshipPurchase", "dropship purchase"),
    INBOUND_DELIVERY("inboundDelivery", "inbound delivery"),
    CONTRACT("contract", "contract");

    private final String recordType;
    private final String label;

    SalesRecordType(String recordType, String label) {
        this.recordType = recordType;
        this.label = label;
    }

    /** The identifier, e.g. {@code "dropshipOrder"}. */
    public String recordType() {
        return recordType;
    }

    /** In words, lower case, e.g. {@code "dropship order"}. */
    public String label() {
        return label;
    }

    /** In words, capitalized, for the start of a sentence, e.g. {@code "Dropship order"}. */
    public String title() {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** For problem types, e.g. {@code "dropship-order"}. */
    public String slug() {
        return label.replace(' ', '-');
    }
}
