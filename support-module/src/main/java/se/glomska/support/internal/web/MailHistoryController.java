package se.glomska.support.internal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.support.MailLine;
import se.glomska.support.internal.application.RecordMail;
import se.glomska.support.internal.application.ViewMailHistory;
import se.glomska.support.internal.domain.NewMail;
import se.glomska.customer.Page;

import java.net.URI;

/** The mail history: {@code /api/mail-history}. */
@RestController
@RequestMapping("/api/mail-history")
class MailHistoryController {

    private final RecordMail recordMail;
    private final ViewMailHistory viewMailHistory;

    MailHistoryController(RecordMail recordMail, ViewMailHistory viewMailHistory) {
        this.recordMail = recordMail;
        this.viewMailHistory = viewMailHistory;
    }

    @PostMapping
    ResponseEntity<MailAnswer> record(@Valid @RequestBody NewMail body) {
        long id = recordMail.record(body);
        return ResponseEntity.created(URI.create("/api/mail-history/" + id))
                .body(MailAnswer.of(viewMailHistory.one(id)));
    }

    @GetMapping("/{id}")
    MailAnswer one(@PathVariable long id) {
        return MailAnswer.of(viewMailHistory.one(id));
    }

    /** The customer's mail history, or without {@code customerId} that of all; the latest first. */
    @GetMapping
    Page<MailLine> list(@RequestParam(required = false) Long customerId,
                  @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                  @RequestParam(defaultValue = "" + Page.Request.DEFAULT_SIZE) @Min(1) @Max(Page.Request.MAX_SIZE) int size) {
        return viewMailHistory.list(customerId, new Page.Request(page, size));
    }
}
