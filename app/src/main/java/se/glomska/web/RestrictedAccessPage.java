package se.glomska.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.glomska.customer.RestrictedRecords;

/**
 * Who read restricted bookkeeping records (role DATA_PROTECTION; reader, time and record only, never a
 * value), the latest first.
 */
@Controller
class RestrictedAccessPage {

    static final int LIMIT = 200;

    private final RestrictedRecords restricted;

    RestrictedAccessPage(RestrictedRecords restricted) {
        this.restricted = restricted;
    }

    @GetMapping("/restricted-access")
    String reads(Model model) {
        model.addAttribute("nav", "restricted-access");
        model.addAttribute("reads", restricted.newestFirst(LIMIT));
        model.addAttribute("limit", LIMIT);
        return "restricted-access";
    }
}
