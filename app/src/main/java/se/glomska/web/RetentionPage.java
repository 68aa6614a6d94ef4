package se.glomska.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.glomska.customer.Page;
import se.glomska.customer.Retention;
import se.glomska.customer.RetentionRun;

import java.security.Principal;

/**
 * Retention (role DATA_PROTECTION): the customers with no record since the horizon and what a run would do
 * with each, a dry run or a run started from here, and the runs with their progress (the page reloads itself
 * while one goes on).
 */
@Controller
class RetentionPage {

    static final int CANDIDATES = 50;
    static final int RUNS = 20;

    private final Retention retention;

    RetentionPage(Retention retention) {
        this.retention = retention;
    }

    @GetMapping("/retention")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("nav", "retention");
        boolean configured = retention.configured();
        model.addAttribute("configured", configured);
        if (configured) {
            model.addAttribute("candidates", retention.candidates(Page.number(page), CANDIDATES));
        }
        Page<RetentionRun> runs = retention.runs(0, RUNS);
        model.addAttribute("runs", runs.items());
        model.addAttribute("running", runs.items().stream().anyMatch(RetentionRun::running));
        return "retention";
    }

    @PostMapping("/retention/runs")
    String start(@RequestParam(defaultValue = "true") boolean dryRun, Principal user, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        try {
            RetentionRun run = retention.start(dryRun, user.getName());
            redirect.addFlashAttribute("started", run.id());
            return "redirect:/retention";
        } catch (ErrorResponseException refused) {
            response.setStatus(refused.getStatusCode().value());
            model.addAttribute("error", retention.configured() ? "retention.error.running" : "retention.error.off");
            return page(0, model);
        }
    }
}
