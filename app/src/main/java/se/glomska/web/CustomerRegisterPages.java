package se.glomska.web;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.glomska.customer.Page;
import se.glomska.accounting.InvoiceLists;
import se.glomska.crm.ActivityLists;
import se.glomska.customer.CustomerPages;
import se.glomska.customer.CustomerPages.Card;
import se.glomska.customer.CustomerPages.Criteria;
import se.glomska.customer.CustomerPages.Show;
import se.glomska.sales.SalesLists;
import se.glomska.support.CaseLists;

import java.util.Arrays;

/**
 * The customer register: ordinary search, advanced search (with the "show" choice) and the customer
 * card with its tabs. An anonymized customer's card says so and when, and shows no tabs.
 */
@Controller
class CustomerRegisterPages {

    static final int SEARCH_PAGE_SIZE = 20;
    static final int TAB_PAGE_SIZE = 50;

    private final CustomerPages customers;
    private final SalesLists sales;
    private final InvoiceLists invoices;
    private final ActivityLists activities;
    private final CaseLists cases;

    CustomerRegisterPages(CustomerPages customers, SalesLists sales, InvoiceLists invoices, ActivityLists activities,
                          CaseLists cases) {
        this.customers = customers;
        this.sales = sales;
        this.invoices = invoices;
        this.activities = activities;
        this.cases = cases;
    }

    /** The advanced search form as the address carries it; numbers and the choice are parsed leniently. */
    record AdvancedSearch(String name, String customerNumber, String organizationNumber, String email, String phone,
                          String city, String postalCode, String customerGroup, String country,
                          String birthYearFrom, String birthYearTo, String show) {

        Show choice() {
            return Arrays.stream(Show.values()).filter(s -> s.name().equals(show)).findFirst().orElse(Show.ALL);
        }

        Criteria criteria() {
            return new Criteria(name, customerNumber, organizationNumber, email, phone, city, postalCode,
                    customerGroup, country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT),
                    year(birthYearFrom), year(birthYearTo), choice());
        }

        private static Integer year(String text) {
            if (text == null || !text.strip().matches("\\d{4}")) {
                return null;
            }
            return Integer.valueOf(text.strip());
        }
    }

    @GetMapping("/customers")
    String register(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                    Model model) {
        model.addAttribute("nav", "customers");
        model.addAttribute("q", q);
        model.addAttribute("result", customers.search(q, Page.number(page), SEARCH_PAGE_SIZE));
        return "customers";
    }

    @GetMapping("/customers/search")
    String advancedSearch(AdvancedSearch search, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("nav", "customers");
        model.addAttribute("search", search);
        model.addAttribute("choice", search.choice().name());
        model.addAttribute("choices", Show.values());
        if (search.show() != null) {
            model.addAttribute("result", customers.search(search.criteria(), Page.number(page), SEARCH_PAGE_SIZE));
        }
        return "customer-search";
    }

    @GetMapping("/customers/{id}")
    String card(@PathVariable long id, @RequestParam(required = false) String tab, Model model) {
        Card card = customers.card(CustomerId.of(id));
        model.addAttribute("nav", "customers");
        model.addAttribute("card", card);
        if (!card.anonymized() && !card.tabs().isEmpty()) {
            String shown = tab != null && card.tabs().contains(tab) ? tab : card.tabs().get(0);
            model.addAttribute("tab", shown);
            model.addAttribute("rows", rows(id, shown));
        }
        return "customer";
    }

    private Object rows(long id, String tab) {
        return switch (tab) {
            case "branches" -> customers.branches(CustomerId.of(id));
            case "creditReports" -> customers.creditReports(CustomerId.of(id));
            case "documents" -> customers.documents(CustomerId.of(id));
            case "properties" -> customers.properties(CustomerId.of(id));
            case "quotes" -> sales.quotes(id, 0, TAB_PAGE_SIZE);
            case "orders" -> sales.orders(id, 0, TAB_PAGE_SIZE);
            case "invoices" -> invoices.invoices(id, 0, TAB_PAGE_SIZE);
            case "activities" -> activities.activities(id, 0, TAB_PAGE_SIZE);
            case "cases" -> cases.cases(id, 0, TAB_PAGE_SIZE);
            default -> throw new IllegalStateException("no such tab");
        };
    }
}
