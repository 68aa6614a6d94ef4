package se.glomska.support;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerRef;
import se.glomska.support.internal.application.ViewCases;
import se.glomska.customer.Page;

import java.time.Instant;
import java.util.List;

/**
 * The support case list as the web pages show it, the latest first. A row names its customer only by
 * a {@link CustomerRef}: {@code Xxxx} without a link once the customer is anonymized.
 */
@Service
@Transactional(readOnly = true)
public class CaseLists {

    private final ViewCases view;

    CaseLists(ViewCases view) {
        this.view = view;
    }

    /** A support case in a list. */
    public record CaseLine(long id, CustomerRef customer, String subject, Instant createdAt) {
    }

    /** The customer's cases, or without {@code customerId} those of all. */
    public Page<CaseLine> cases(Long customerId, int page, int size) {
        var found = view.list(customerId, new Page.Request(page, size));
        return new Page<>(found.items().stream()
                .map(v -> new CaseLine(v.supportCase().id(), v.customer(), v.supportCase().subject(),
                        v.supportCase().createdAt()))
                .toList(), found.page(), found.size(), found.total());
    }
}
