package se.glomska.crm;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.crm.internal.application.ViewActivities;
import se.glomska.crm.internal.domain.Activity;
import se.glomska.customer.Page;
import se.glomska.customer.CustomerRef;

import java.time.Instant;
import java.util.List;

/**
 * The activity list as the web pages show it, the latest first. A row names its customer only by a
 * {@link CustomerRef}: {@code Xxxx} without a link once the customer is anonymized.
 */
@Service
@Transactional(readOnly = true)
public class ActivityLists {

    private final ViewActivities view;

    ActivityLists(ViewActivities view) {
        this.view = view;
    }

    /** An activity or event in a list; {@code customer} is null when it concerns no customer. */
    public record ActivityLine(long id, CustomerRef customer, String kind, String status, String subject,
                               Instant occursAt, String owner) {
    }

    /** The customer's activities, or without {@code customerId} those of all. */
    public Page<ActivityLine> activities(Long customerId, int page, int size) {
        var found = view.list(customerId, new Page.Request(page, size));
        return new Page<>(found.items().stream()
                .map(v -> {
                    Activity a = v.activity();
                    return new ActivityLine(a.id(), v.customer(), a.kind().name(), a.status().name(), a.subject(),
                            a.occursAt(), a.owner());
                })
                .toList(), found.page(), found.size(), found.total());
    }
}
