package se.glomska.support.internal.web;

import se.glomska.customer.CustomerRef;
import se.glomska.support.internal.application.CaseView;
import se.glomska.support.internal.domain.Reply;
import se.glomska.support.internal.domain.SupportCase;

import java.time.Instant;
import java.util.List;

/**
 * One support case: the body's fields plus {@code id}, {@code customer}, {@code createdAt} and its
 * {@code replies}. {@code customerId} is null once the customer is anonymized (it shows as Xxxx).
 */
record CaseAnswer(
        long id,
        Long customerId,
        CustomerRef customer,
        String name,
        String email,
        String phone,
        String subject,
        String text,
        String internalComment,
        Instant createdAt,
        List<Reply> replies) {

    static CaseAnswer of(CaseView view) {
        SupportCase c = view.supportCase();
        return new CaseAnswer(c.id(), view.shown().customerId(), view.customer(), c.name(), c.email(),
                c.phone(), c.subject(), c.text(), c.internalComment(), c.createdAt(), c.replies());
    }
}
