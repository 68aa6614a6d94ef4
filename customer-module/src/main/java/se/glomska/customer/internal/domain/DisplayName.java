package se.glomska.customer.internal.domain;

/** How a customer is named on screen: a person by first and last name, a company by its name. */
public final class DisplayName {

    private DisplayName() {
    }

    public static String of(String kind, String firstName, String lastName, String name) {
        if ("PERSON".equals(kind)) {
            String full = (nullToEmpty(firstName) + " " + nullToEmpty(lastName)).trim();
            if (!full.isEmpty()) {
                return full;
            }
        }
        return name == null || name.isBlank() ? "(namnlös)" : name;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
