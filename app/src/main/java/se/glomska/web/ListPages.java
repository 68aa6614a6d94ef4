package se.glomska.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.glomska.accounting.InvoiceLists;
import se.glomska.sales.SalesLists;

/**
 * The order list and the invoice list, newest first. The customer column links to the card, or shows
 * {@code Xxxx} without a link for an anonymized customer.
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
    String orders(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("nav", "orders");
        model.addAttribute("result", sales.orders(null, Paging.page(page), PAGE_SIZE));
        return "orders";
    }

    @GetMapping("/invoices")
    String invoices(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("nav", "invoices");
        model.addAttribute("result", invoices.invoices(null, Paging.page(page), PAGE_SIZE));
        return "invoices";
    }
}
