package se.glomska.support;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerRef;
import se.glomska.support.internal.application.ViewCases;
import se.glomska.customer.Page;


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

    /** The customer's cases, or without {@code customerId} those of all. */
    public Page<CaseLine> cases(Long customerId, int page, int size) {
        return view.list(customerId, new Page.Request(page, size));
    }
}
