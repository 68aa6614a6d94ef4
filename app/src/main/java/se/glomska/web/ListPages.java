package se.glomska.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.glomska.customer.Page;
import se.glomska.accounting.InvoiceLists;
import se.glomska.sales.SalesLists;

/**
 * The order list and the invoice list, newest first, of all customers or of one ({@code customerId}).
 * The customer column links to the card, or shows {@code Xxxx} without a link for an anonymized
 * customer; a list of an anonymized customer's records answers 404, as its card has no tabs.
 */
@Controller
class ListPages {

    static final int PAGE_SIZE = 50;

    private final SalesLists sales;
    private final InvoiceLists invoices;

    ListPages(SalesLists sales, InvoiceLists invoices) {
        this.sales = sales;
        this.invoices = invoices;
    }

    @GetMapping("/orders")
    String orders(@RequestParam(required = false) Long customerId, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        model.addAttribute("nav", "orders");
        model.addAttribute("result", sales.orders(customerId, Page.number(page), PAGE_SIZE));
        return "orders";
    }

    @GetMapping("/invoices")
    String invoices(@RequestParam(required = false) Long customerId, @RequestParam(defaultValue = "0") int page,
                    Model model) {
        model.addAttribute("nav", "invoices");
        model.addAttribute("result", invoices.invoices(customerId, Page.number(page), PAGE_SIZE));
        return "invoices";
    }
}
