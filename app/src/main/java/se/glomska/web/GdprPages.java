package se.glomska.web;

import se.glomska.customer.CustomerId;
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
import se.glomska.customer.Page;
import se.glomska.customer.CustomerErasures;
import se.glomska.customer.CustomerPages;
import se.glomska.customer.ErasureAction;
import se.glomska.customer.ErasureDecision;
import se.glomska.customer.ErasureResult;
import se.glomska.customer.ReviewAction;
import se.glomska.customer.ReviewEntry;

import java.security.Principal;
import java.util.Arrays;

/**
 * Register → Customer register → "Ta bort kunder (GDPR)" (erasure-rules.md section 1): the user picks a
 * customer and sees the decision (what will be changed, what blocks it and why, what to check by hand,
 * the information text), ticks the acknowledgement and presses the one button offered. After an
 * anonymization the user lands on the card; after a deletion on the register, with a confirmation.
 * Only for the role DATA_PROTECTION (the security configuration guards {@code /gdpr/**}).
 */
@Controller
class GdprPages {

    static final int PAGE_SIZE = 20;

    private final CustomerPages customers;
    private final CustomerErasures erasures;

    GdprPages(CustomerPages customers, CustomerErasures erasures) {
        this.customers = customers;
        this.erasures = erasures;
    }

    /** Pick a customer: by search, or straight by its id. */
    @GetMapping("/gdpr")
    String pick(@RequestParam(required = false) String q, @RequestParam(required = false) Long customerId,
                Model model) {
        if (customerId != null) {
            return "redirect:/gdpr/customers/" + customerId;
        }
        model.addAttribute("nav", "gdpr");
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("result", customers.search(q, 0, PAGE_SIZE));
        }
        return "gdpr";
    }

    /** The decision; {@code review=all} lists every field to check by hand instead of the first ones. */
    @GetMapping("/gdpr/customers/{id}")
    String decision(@PathVariable long id, @RequestParam(required = false) String review, Model model) {
        return decisionPage(id, "all".equals(review), model);
    }

    /**
     * Carries out the offered action. Without the acknowledgement nothing happens and the page says
     * why (400); an action no longer offered, or blocked meanwhile, is refused (409) and the page shows
     * the decision as it is now.
     */
    @PostMapping("/gdpr/customers/{id}")
    String erase(@PathVariable long id, @RequestParam(required = false) String action,
                 @RequestParam(defaultValue = "false") boolean acknowledged,
                 @RequestParam(defaultValue = "false") boolean redactMentions, Principal user, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        ErasureAction requested = Arrays.stream(ErasureAction.values())
                .filter(a -> a != ErasureAction.NONE && a.name().equals(action))
                .findFirst().orElse(null);
        if (!acknowledged || requested == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", acknowledged ? "gdpr.error.action" : "gdpr.error.acknowledge");
            return decisionPage(id, false, model);
        }
        ErasureResult outcome;
        try {
            outcome = erasures.perform(CustomerId.of(id), requested, true, redactMentions, user.getName());
        } catch (ErrorResponseException e) {
            if (e.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
                throw e;
            }
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("error", "gdpr.error.conflict");
            return decisionPage(id, false, model);
        }
        if (outcome.action() == ErasureAction.ANONYMIZE) {
            redirect.addFlashAttribute("anonymizedNow", true);
            redirect.addFlashAttribute("redactedFields", outcome.redactedFields());
            return "redirect:/customers/" + id;
        }
        redirect.addFlashAttribute("deletedCustomer", id);
        return "redirect:/customers";
    }

    private String decisionPage(long id, boolean wholeReview, Model model) {
        model.addAttribute("nav", "gdpr");
        model.addAttribute("card", customers.card(CustomerId.of(id)));
        ErasureDecision decision = wholeReview ? erasures.decide(CustomerId.of(id), CustomerErasures.WHOLE_REVIEW)
                : erasures.decide(CustomerId.of(id));
        model.addAttribute("decision", decision);
        if (decision.action() == ErasureAction.NONE) {
            model.addAttribute("reviewLeft", erasures.reviewLeft(CustomerId.of(id)));
        }
        return "gdpr-decision";
    }

    static final int REVIEW_PAGE_SIZE = 50;

    /**
     * The manual check (erasure-rules.md section 9): the kept fields with a "names the customer" badge, the
     * value on demand and a button per action; also after the anonymization.
     */
    @GetMapping("/gdpr/customers/{id}/review")
    String review(@PathVariable long id, @RequestParam(defaultValue = "false") boolean mentionsOnly,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Page.number(page);
        Page<ReviewEntry> result = erasures.review(CustomerId.of(id), mentionsOnly, p, REVIEW_PAGE_SIZE);
        model.addAttribute("nav", "gdpr");
        model.addAttribute("card", customers.card(CustomerId.of(id)));
        model.addAttribute("mentionsOnly", mentionsOnly);
        model.addAttribute("result", result);
        model.addAttribute("reviewLeft", erasures.reviewLeft(CustomerId.of(id)));
        return "gdpr-review";
    }

    /** One action on one field; a conflict (bookkeeping, redaction after the anonymization) says why (409). */
    @PostMapping("/gdpr/customers/{id}/review")
    String act(@PathVariable long id, @RequestParam String module, @RequestParam String recordType,
               @RequestParam long recordId, @RequestParam String field, @RequestParam String action,
               @RequestParam(defaultValue = "false") boolean mentionsOnly,
               @RequestParam(defaultValue = "0") int page, Principal user, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        ReviewAction requested = Arrays.stream(ReviewAction.values())
                .filter(a -> a.onField() && a.name().equals(action))
                .findFirst().orElse(null);
        if (requested == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "gdpr.review.error.action");
            return review(id, mentionsOnly, page, model);
        }
        try {
            erasures.act(CustomerId.of(id), module, recordType, recordId, field, requested, user.getName());
        } catch (ErrorResponseException e) {
            if (e.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
                throw e;
            }
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("error", "gdpr.review.error.conflict");
            return review(id, mentionsOnly, page, model);
        }
        redirect.addFlashAttribute("done", "gdpr.review.done." + requested.name());
        redirect.addAttribute("mentionsOnly", mentionsOnly);
        redirect.addAttribute("page", page);
        return "redirect:/gdpr/customers/" + id + "/review";
    }
}
