package se.glomska.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.CustomerId;
import se.glomska.customer.CustomerRef;
import se.glomska.customer.ErasureRequestId;
import se.glomska.customer.ErasureRequestRegister;
import se.glomska.customer.ErasureRequestRow;
import se.glomska.customer.ErasureRequestRow.Action;
import se.glomska.customer.ErasureRequestRow.Channel;
import se.glomska.customer.ErasureRequestRow.Status;
import se.glomska.customer.Page;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Dataskydd → "Begäran om radering" / "Erasure requests" (erasure-rules.md section 10): the register, earliest
 * deadline first, overdue ones marked, what each waits for, and the actions: register, extend, approve, refuse.
 * Only for the role DATA_PROTECTION (the security configuration guards {@code /gdpr/**}). A refused action answers
 * the register again with the status (400, 404, 409) and why.
 */
@Controller
class ErasureRequestPages {

    static final int PAGE_SIZE = 50;

    private final ErasureRequestRegister register;
    private final CustomerDirectory customers;

    ErasureRequestPages(ErasureRequestRegister register, CustomerDirectory customers) {
        this.register = register;
        this.customers = customers;
    }

    @GetMapping("/gdpr/requests")
    String list(@RequestParam(required = false) Status status, @RequestParam(required = false) Boolean overdue,
                @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Page.number(page);
        Page<ErasureRequestRow> result = register.list(status, overdue, p, PAGE_SIZE);
        Map<Long, CustomerRef> refs = customers.refs(result.items().stream().map(r -> r.customerId().value()).toList());
        model.addAttribute("nav", "requests");
        model.addAttribute("result", result);
        model.addAttribute("refs", refs);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", Status.values());
        model.addAttribute("channels", Channel.values());
        return "erasure-requests";
    }

    @PostMapping("/gdpr/requests")
    String registerRequest(@RequestParam(required = false) String customerId,
                           @RequestParam(required = false) String receivedAt,
                           @RequestParam(required = false) String channel,
                           @RequestParam(required = false) String reference, Model model,
                           RedirectAttributes redirect, HttpServletResponse response) {
        Long customer = number(customerId);
        LocalDate received = date(receivedAt);
        Channel via = Arrays.stream(Channel.values()).filter(c -> c.name().equals(channel)).findFirst().orElse(null);
        if (customer == null || received == null || via == null || reference == null || reference.isBlank()
                || reference.length() > 100) {
            return refused(HttpStatus.BAD_REQUEST, "requests.error.register", model, response);
        }
        return act(() -> register.register(CustomerId.of(customer), received, via, reference.strip()),
                "requests.done.registered", model, redirect, response);
    }

    @PostMapping("/gdpr/requests/{id}/extension")
    String extend(@PathVariable long id, @RequestParam(required = false) String until,
                  @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        LocalDate date = date(until);
        if (date == null || blankOrLong(reason)) {
            return refused(HttpStatus.BAD_REQUEST, "requests.error.extension", model, response);
        }
        return act(() -> register.extend(ErasureRequestId.of(id), date, reason.strip()), "requests.done.extended",
                model, redirect, response);
    }

    @PostMapping("/gdpr/requests/{id}/approval")
    String approve(@PathVariable long id, @RequestParam(required = false) String action,
                   @RequestParam(defaultValue = "false") boolean acknowledged,
                   @RequestParam(defaultValue = "false") boolean whenUnblocked, Principal user, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        Action approved = Arrays.stream(Action.values()).filter(a -> a.name().equals(action)).findFirst().orElse(null);
        if (!acknowledged || approved == null) {
            return refused(HttpStatus.BAD_REQUEST, "requests.error.approval", model, response);
        }
        return act(() -> register.approve(ErasureRequestId.of(id), approved, true, whenUnblocked, user.getName()),
                "requests.done.approved", model, redirect, response);
    }

    @PostMapping("/gdpr/requests/{id}/refusal")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (blankOrLong(reason)) {
            return refused(HttpStatus.BAD_REQUEST, "requests.error.refusal", model, response);
        }
        return act(() -> register.refuse(ErasureRequestId.of(id), reason.strip()), "requests.done.refused", model,
                redirect, response);
    }

    private String act(Supplier<ErasureRequestRow> action, String done, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        ErasureRequestRow row;
        try {
            row = action.get();
        } catch (ErrorResponseException e) {
            HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
            if (status == null || status.is5xxServerError()) {
                throw e;
            }
            return refused(status, "requests.error." + status.value(), model, response);
        }
        redirect.addFlashAttribute("done", done);
        redirect.addFlashAttribute("doneId", row.id().value());
        redirect.addFlashAttribute("doneStatus", row.status().name());
        return "redirect:/gdpr/requests";
    }

    private String refused(HttpStatus status, String error, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("error", error);
        return list(null, null, 0, model);
    }

    private static boolean blankOrLong(String text) {
        return text == null || text.isBlank() || text.length() > 500;
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
