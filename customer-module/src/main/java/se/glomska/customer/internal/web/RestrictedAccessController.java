package se.glomska.customer.internal.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.customer.RestrictedRecords;

import java.util.List;

/** Who read restricted bookkeeping records, the latest first; needs the role DATA_PROTECTION. */
@RestController
class RestrictedAccessController {

    static final int LIMIT = 1000;

    private final RestrictedRecords restricted;

    RestrictedAccessController(RestrictedRecords restricted) {
        this.restricted = restricted;
    }

    record Reads(List<RestrictedRecords.Access> items) {
    }

    @GetMapping("/api/restricted-access")
    Reads reads() {
        return new Reads(restricted.newestFirst(LIMIT));
    }
}
