package se.glomska.support.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;
import se.glomska.support.internal.domain.NewReply;
import se.glomska.support.internal.domain.PostedReply;
import se.glomska.support.internal.domain.Reply;
import se.glomska.support.internal.domain.SupportCase;
import se.glomska.support.internal.domain.SupportCases;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Posts a reply on a support case; a reply is a new record for the case's customer. */
@Service
@RetriedOnWriteConflict
public class ReplyToCase {

    private final SupportCases cases;
    private final CustomerDirectory customers;
    private final java.time.Clock clock;

    ReplyToCase(SupportCases cases, CustomerDirectory customers, java.time.Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.customers = customers;
    }

    /**
     * @throws UnknownRecordException                             for an unknown case (404)
     * @throws se.glomska.customer.CustomerAnonymizedException when the case's customer is anonymized (409)
     */
    @Transactional
    public Reply reply(long caseId, NewReply reply) {
        SupportCase supportCase = cases.find(caseId).orElseThrow(() -> new UnknownRecordException(UnknownRecordException.RecordType.SUPPORT_CASE, caseId));
        Instant postedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        customers.lockForNewRecord(CustomerId.of(supportCase.customerId()), postedAt);
        PostedReply posted = supportCase.reply(reply, postedAt);
        return new Reply(cases.add(posted), posted.text(), posted.postedAt());
    }
}
