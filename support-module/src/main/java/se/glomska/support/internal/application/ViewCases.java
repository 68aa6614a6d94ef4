package se.glomska.support.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.CustomerDirectory.Unnamed;
import se.glomska.customer.Page;
import se.glomska.support.CaseLine;
import se.glomska.support.internal.domain.SupportCase;
import se.glomska.support.internal.domain.SupportCases;

/** Shows support cases with their customers named the way the customer register says. */
@Service
@Transactional(readOnly = true)
public class ViewCases {

    private final SupportCases cases;
    private final CustomerDirectory customers;

    ViewCases(SupportCases cases, CustomerDirectory customers) {
        this.cases = cases;
        this.customers = customers;
    }

    /** @throws UnknownRecordException for an unknown id (404) */
    public CaseView one(long id) {
        SupportCase supportCase = cases.find(id).orElseThrow(() -> new UnknownRecordException(UnknownRecordException.RecordType.SUPPORT_CASE, id));
        return new CaseView(supportCase, customers.shown(supportCase.customerId()));
    }

    /**
     * The customer's cases, or without a customer those of all; the latest first, without replies.
     *
     * @throws se.glomska.customer.UnknownCustomerException when the customer is unknown or anonymized (404)
     */
    public Page<CaseLine> list(Long customerId, Page.Request request) {
        return customers.named(cases.list(customers.listFilter(customerId), request).map(c -> new Unnamed<>(
                c.customerId(), ref -> new CaseLine(c.id(), ref, c.name(), c.subject(), c.createdAt()))));
    }
}
