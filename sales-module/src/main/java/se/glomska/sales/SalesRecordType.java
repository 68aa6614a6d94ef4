package se.glomska.sales;

/** The kinds of records sales owns, as named to users, in problems and in the erasure. */
public enum SalesRecordType {
    QUOTE("quote"),
    QUOTE_LINE("quote line"),
    ORDER("order"),
    ORDER_LINE("order line"),
    DELIVERY("delivery"),
    COMMERCIAL_INVOICE("commercial invoice"),
    DROPSHIP_ORDER("dropship order"),
    DROPSHIP_ORDER_LINE("dropship order line"),
    DROPSHIP_PURCHASE("dropship purchase"),
    INBOUND_DELIVERY("inbound delivery"),
    CONTRACT("contract");

    private final String label;

    SalesRecordType(String label) {
        this.label = label;
    }

    /** Lower case, e.g. {@code "dropship order"}. */
    public String label() {
        return label;
    }

    /** Capitalized, for the start of a sentence, e.g. {@code "Dropship order"}. */
    public String title() {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** For problem types, e.g. {@code "dropship-order"}. */
    public String slug() {
        return label.replace(' ', '-');
    }
}
