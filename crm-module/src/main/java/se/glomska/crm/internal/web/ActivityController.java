package se.glomska.crm.internal.web;

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
import se.glomska.crm.ActivityLine;
import se.glomska.crm.internal.application.RecordActivity;
import se.glomska.crm.internal.application.ViewActivities;
import se.glomska.crm.internal.domain.NewActivity;
import se.glomska.customer.Page;

import java.net.URI;
import java.security.Principal;

/** CRM activities and events: {@code /api/crm/activities}. */
@RestController
@RequestMapping("/api/crm/activities")
class ActivityController {

    private final RecordActivity recordActivity;
    private final ViewActivities viewActivities;

    ActivityController(RecordActivity recordActivity, ViewActivities viewActivities) {
        this.recordActivity = recordActivity;
        this.viewActivities = viewActivities;
    }

    @PostMapping
    ResponseEntity<ActivityAnswer> record(@Valid @RequestBody NewActivity body, Principal user) {
        NewActivity activity = user == null ? body : body.ownedByDefault(user.getName());
        long id = recordActivity.record(activity);
        return ResponseEntity.created(URI.create("/api/crm/activities/" + id))
                .body(ActivityAnswer.of(viewActivities.one(id)));
    }

    @GetMapping("/{id}")
    ActivityAnswer one(@PathVariable long id) {
        return ActivityAnswer.of(viewActivities.one(id));
    }

    /** The customer's activities, or without {@code customerId} those of all; the latest first. */
    @GetMapping
    Page<ActivityLine> list(@RequestParam(required = false) Long customerId,
                           @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                           @RequestParam(defaultValue = "" + Page.Request.DEFAULT_SIZE) @Min(1) @Max(Page.Request.MAX_SIZE) int size) {
        return viewActivities.list(customerId, new Page.Request(page, size));
    }
}
