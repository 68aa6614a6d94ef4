package se.glomska.support.internal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.support.CaseLine;
import se.glomska.support.internal.application.OpenCase;
import se.glomska.support.internal.application.ReplyToCase;
import se.glomska.support.internal.application.ViewCases;
import se.glomska.support.internal.domain.NewCase;
import se.glomska.customer.Page;
import se.glomska.support.internal.domain.NewReply;
import se.glomska.support.internal.domain.Reply;

import java.net.URI;

/** Support cases and their replies: {@code /api/support/cases}. */
@RestController
@RequestMapping("/api/support/cases")
class SupportCaseController {

    private final OpenCase openCase;
    private final ReplyToCase replyToCase;
    private final ViewCases viewCases;

    SupportCaseController(OpenCase openCase, ReplyToCase replyToCase, ViewCases viewCases) {
        this.openCase = openCase;
        this.replyToCase = replyToCase;
        this.viewCases = viewCases;
    }

    @PostMapping
    ResponseEntity<CaseAnswer> open(@Valid @RequestBody NewCase body) {
        long id = openCase.open(body);
        return ResponseEntity.created(URI.create("/api/support/cases/" + id)).body(CaseAnswer.of(viewCases.one(id)));
    }

    @GetMapping("/{id}")
    CaseAnswer one(@PathVariable long id) {
        return CaseAnswer.of(viewCases.one(id));
    }

    /** The customer's cases, or without {@code customerId} those of all; the latest first. */
    @GetMapping
    Page<CaseLine> list(@RequestParam(required = false) Long customerId,
                  @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                  @RequestParam(defaultValue = "" + Page.Request.DEFAULT_SIZE) @Min(1) @Max(Page.Request.MAX_SIZE) int size) {
        return viewCases.list(customerId, new Page.Request(page, size));
    }

    /** Posts a reply; answers it as it was stored ({@code id, text, postedAt}). */
    @PostMapping("/{id}/replies")
    @ResponseStatus(HttpStatus.CREATED)
    Reply reply(@PathVariable long id, @Valid @RequestBody NewReply body) {
        return replyToCase.reply(id, body);
    }
}
