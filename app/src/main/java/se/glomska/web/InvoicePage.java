package se.glomska.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.glomska.accounting.InvoicePages;
import se.glomska.customer.RestrictedRecords;

/**
 * One invoice. An invoice of an anonymized customer is restricted: the page says why its details are
 * hidden, and shows the bill-to as {@code Xxxx} unless the user has the role BOOKKEEPING (whose read is
 * then recorded, as in the API).
 */
@Controller
class InvoicePage {

    private final InvoicePages invoices;

    InvoicePage(InvoicePages invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/invoices/{id}")
    String invoice(@PathVariable long id, HttpServletRequest request, Model model) {
        model.addAttribute("nav", "invoices");
        model.addAttribute("invoice", invoices.invoice(id, request.getRemoteUser(),
                request.isUserInRole(RestrictedRecords.BOOKKEEPING_ROLE)));
        return "invoice";
    }
}
