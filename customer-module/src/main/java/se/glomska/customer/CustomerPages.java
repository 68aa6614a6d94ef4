package se.glomska.customer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.internal.application.CustomerRegister;
import se.glomska.customer.internal.application.CustomerTabRecords;
import se.glomska.customer.internal.domain.Customer;
import se.glomska.customer.internal.domain.CustomerDetails;
import se.glomska.customer.internal.domain.CustomerQuery;
import se.glomska.customer.CustomerSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the web pages read from the customer register: the ordinary and the advanced search, the
 * customer card and the records on its tabs. Search leaves anonymized customers out unless the
 * advanced search asks for {@link Show#INCLUDING_ANONYMIZED}; an anonymized customer has no tabs and
 * reading one answers 404 ({@link UnknownCustomerException}).
 */
@Service
@Transactional(readOnly = true)
public class CustomerPages {

    private final CustomerRegister register;
    private final CustomerTabRecords tabs;

    CustomerPages(CustomerRegister register, CustomerTabRecords tabs) {
        this.register = register;
        this.tabs = tabs;
    }

    /** The "show" choice of the advanced search; only the last one finds anonymized customers and prospects. */
    public enum Show { CUSTOMERS, PROSPECTS, ALL, INCLUDING_ANONYMIZED }

    /** The advanced search's criteria; blank ones are ignored. */
    public record Criteria(String name, String customerNumber, String organizationNumber, String email, String phone,
                           String city, String postalCode, String customerGroup, String country,
                           Integer birthYearFrom, Integer birthYearTo, Show show) {
    }

    /** An address as the card shows it; {@code lines} holds only the lines that are filled in. */
    public record Address(String companyName, String attention, List<String> lines, String postalCode, String city,
                          String region, String country) {
    }

    /** How the customer is reached. */
    public record Contact(String contactPerson, String phone, String mobile, String fax, String email,
                          String website, LocalDate birthDate) {
    }

    /**
     * The customer card. {@code tabs} names the tabs shown, in order; none once the customer is
     * anonymized, and then {@code anonymizedAt} says when.
     */
    public record Card(long id, String customerNumber, String displayName, String kind, String relation,
                       boolean anonymized, Instant anonymizedAt, List<String> tabs, String organizationNumber,
                       String vatNumber, String customerGroup, String country, String region,
                       String deliveryCountry, Address invoiceAddress, Address visitAddress, Contact contact,
                       String info, String internalInfo) {

        /** The card's customer, typed, for the calls a page makes with it. */
        public CustomerId customerId() {
            return CustomerId.of(id);
        }
    }

    /** A branch on the Branches tab. */
    public record Branch(long id, String name, String address, String postalCode, String city, String country,
                         String phone, String email, String contactPerson) {
    }

    /** A credit report on the Credit reports tab (without its PDF). */
    public record CreditReport(long id, String provider, String rating, LocalDate reportedAt, String fileName) {
    }

    /** A document on the Documents tab (without its content). */
    public record Document(long id, String fileName, String description, Instant createdAt) {
    }

    /** The ordinary search: never answers anonymized customers. */
    public Page<CustomerSummary> search(String text, int page, int size) {
        return register.search(blankToNull(text), new Page.Request(page, size));
    }

    /** The advanced search: anonymized customers only with {@link Show#INCLUDING_ANONYMIZED}. */
    public Page<CustomerSummary> search(Criteria c, int page, int size) {
        CustomerQuery query = new CustomerQuery(blankToNull(c.name()), blankToNull(c.customerNumber()),
                blankToNull(c.organizationNumber()), blankToNull(c.email()), blankToNull(c.phone()),
                blankToNull(c.city()), blankToNull(c.postalCode()), blankToNull(c.customerGroup()),
                blankToNull(c.country()), c.birthYearFrom(), c.birthYearTo(),
                c.show() == null ? null : se.glomska.customer.internal.domain.Show.valueOf(c.show().name()));
        return register.search(query, new Page.Request(page, size));
    }

    /** @throws UnknownCustomerException when there is no such customer (404) */
    public Card card(CustomerId id) {
        Customer customer = register.card(id.value());
        CustomerDetails d = customer.details();
        var inv = d.invoiceAddress();
        var vis = d.visitAddress();
        var con = d.contact();
        return new Card(customer.id(), customer.customerNumber(), customer.displayName(), d.kind().name(),
                d.relation().name(), customer.anonymized(), customer.anonymizedAt(), customer.tabs(),
                d.organizationNumber(), d.vatNumber(), d.customerGroup(), d.country(), d.region(),
                d.deliveryCountry(),
                new Address(inv.companyName(), inv.attention(), filled(inv.line1(), inv.line2(), inv.line3()),
                        inv.postalCode(), inv.city(), inv.region(), inv.country()),
                new Address(vis.companyName(), null, filled(vis.line1(), vis.line2(), vis.line3()),
                        vis.postalCode(), vis.city(), vis.region(), vis.country()),
                new Contact(con.contactPerson(), con.phone(), con.mobile(), con.fax(), con.email(), con.website(),
                        con.birthDate()),
                d.info(), d.internalInfo());
    }

    /** @throws UnknownCustomerException when unknown or anonymized (the tab is gone) */
    public List<Branch> branches(CustomerId customer) {
        return tabs.branches(customer.value()).stream()
                .map(b -> new Branch(b.id(), b.name(), String.join(", ", filled(b.line1(), b.line2())),
                        b.postalCode(), b.city(), b.country(), b.phone(), b.email(), b.contactPerson()))
                .toList();
    }

    /** @throws UnknownCustomerException when unknown or anonymized (the tab is gone) */
    public List<CreditReport> creditReports(CustomerId customer) {
        return tabs.creditReports(customer.value()).stream()
                .map(r -> new CreditReport(r.id(), r.provider(), r.rating(), r.reportedAt(), r.fileName()))
                .toList();
    }

    /** @throws UnknownCustomerException when unknown or anonymized (the tab is gone) */
    public List<Document> documents(CustomerId customer) {
        return tabs.documents(customer.value()).stream()
                .map(d -> new Document(d.id(), d.fileName(), d.description(), d.createdAt()))
                .toList();
    }

    /** @throws UnknownCustomerException when unknown or anonymized (the tab is gone) */
    public Map<String, String> properties(CustomerId customer) {
        return tabs.properties(customer.value());
    }

    private static List<String> filled(String... lines) {
        return Stream.of(lines).filter(Objects::nonNull).filter(s -> !s.isBlank()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
