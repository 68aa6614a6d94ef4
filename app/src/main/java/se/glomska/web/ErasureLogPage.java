package se.glomska.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.glomska.customer.CustomerErasures;

/** The erasure log, newest first (role DATA_PROTECTION; it holds ids, actions and counts only). */
@Controller
class ErasureLogPage {

    static final int LIMIT = 200;

    private final CustomerErasures erasures;

    ErasureLogPage(CustomerErasures erasures) {
        this.erasures = erasures;
    }

    @GetMapping("/erasures")
    String log(Model model) {
        model.addAttribute("nav", "erasures");
        model.addAttribute("entries", erasures.log(LIMIT));
        model.addAttribute("limit", LIMIT);
        return "erasures";
    }
}
