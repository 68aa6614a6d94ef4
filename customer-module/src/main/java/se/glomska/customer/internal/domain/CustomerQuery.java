package se.glomska.customer.internal.domain;

/**
 * The criteria of the advanced search; every non-null criterion must match. Text criteria match
 * exactly, names, city and postal code by prefix.
 */
public record CustomerQuery(String name, String customerNumber, String organizationNumber, String email,
                            String phone, String city, String postalCode, String customerGroup, String country,
                            Integer birthYearFrom, Integer birthYearTo, Show show) {

    public CustomerQuery {
        show = show == null ? Show.ALL : show;
    }
}
