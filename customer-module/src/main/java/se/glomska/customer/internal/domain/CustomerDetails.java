package se.glomska.customer.internal.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Everything a user enters on the customer card: general information, invoice and visit address,
 * contact information, marketing consents and free text.
 */
public record CustomerDetails(
        @NotNull Kind kind,
        @NotNull Relation relation,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Size(max = 200) String name,
        @Size(max = 20) String organizationNumber,
        @Size(max = 20) String vatNumber,
        Gender gender,
        @Size(max = 50) String customerGroup,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @Size(max = 100) String region,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String deliveryCountry,
        Boolean acceptsEmailMarketing,
        Boolean acceptsPostalMarketing,
        @Size(max = 10000) String info,
        @Size(max = 10000) String internalInfo,
        @Valid InvoiceAddress invoiceAddress,
        @Valid VisitAddress visitAddress,
        @Valid Contact contact) {

    public CustomerDetails {
        acceptsEmailMarketing = Boolean.TRUE.equals(acceptsEmailMarketing);
        acceptsPostalMarketing = Boolean.TRUE.equals(acceptsPostalMarketing);
        invoiceAddress = invoiceAddress != null ? invoiceAddress
                : new InvoiceAddress(null, null, null, null, null, null, null, null, null, null, null);
        visitAddress = visitAddress != null ? visitAddress
                : new VisitAddress(null, null, null, null, null, null, null, null, null, null);
        contact = contact != null ? contact : new Contact(null, null, null, null, null, null, null);
    }

    /**
     * The field that must be filled for the customer to have a name: a person needs a first or last
     * name, a company its name. Empty when the customer is named.
     */
    public java.util.Optional<String> missingName() {
        if (kind == Kind.PERSON && isBlank(firstName) && isBlank(lastName)) {
            return java.util.Optional.of("lastName");
        }
        if (kind == Kind.COMPANY && isBlank(name)) {
            return java.util.Optional.of("name");
        }
        return java.util.Optional.empty();
    }

    public String displayName() {
        return DisplayName.of(kind.name(), firstName, lastName, name);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
