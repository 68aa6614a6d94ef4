package se.glomska.customer.internal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.customer.Page;
import se.glomska.customer.Retention;
import se.glomska.customer.RetentionRun;

import java.security.Principal;

/**
 * Retention over HTTP (api.md, "Retention"; DATA_PROTECTION only, enforced by the security configuration):
 * the candidates and what would happen to each, and the runs with their progress.
 */
@RestController
class RetentionController {

    private final Retention retention;

    RetentionController(Retention retention) {
        this.retention = retention;
    }

    /** {@code dryRun}: decide and record what would be done, change nothing. */
    record StartRun(@NotNull Boolean dryRun) {
    }

    @GetMapping("/api/retention/candidates")
    Retention.CandidatePage candidates(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return retention.candidates(page, size);
    }

    @PostMapping("/api/retention/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RetentionRun start(@Valid @RequestBody StartRun body, Principal principal) {
        return retention.start(body.dryRun(), principal.getName());
    }

    @GetMapping("/api/retention/runs")
    Page<RetentionRun> runs(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                           @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return retention.runs(page, size);
    }

    @GetMapping("/api/retention/runs/{id}")
    RetentionRun run(@PathVariable long id) {
        return retention.run(id);
    }
}
