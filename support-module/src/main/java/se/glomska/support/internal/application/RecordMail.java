package se.glomska.support.internal.application;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.RetriedOnWriteConflict;
import se.glomska.support.internal.domain.NewMail;
import se.glomska.support.internal.domain.SentMails;

/** Records an e-mail sent to a customer in the mail history. */
@Service
@RetriedOnWriteConflict
public class RecordMail {

    private final SentMails mails;
    private final CustomerDirectory customers;
    private final java.time.Clock clock;

    RecordMail(SentMails mails, CustomerDirectory customers, java.time.Clock clock) {
        this.clock = clock;
        this.mails = mails;
        this.customers = customers;
    }

    /**
     * @return the new entry's id
     * @throws se.glomska.customer.UnknownCustomerException     for an unknown customer (404)
     * @throws se.glomska.customer.CustomerAnonymizedException for an anonymized customer (409)
     */
    @Transactional
    public long record(NewMail mail) {
        customers.lockForNewRecord(CustomerId.of(mail.customerId()), clock.instant());
        return mails.add(mail);
    }
}
