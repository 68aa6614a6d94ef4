package se.glomska.support.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.CustomerDirectory.Unnamed;
import se.glomska.customer.Page;
import se.glomska.support.MailLine;
import se.glomska.support.internal.domain.SentMail;
import se.glomska.support.internal.domain.SentMails;

/** Shows the mail history with its customers named the way the customer register says. */
@Service
@Transactional(readOnly = true)
public class ViewMailHistory {

    private final SentMails mails;
    private final CustomerDirectory customers;

    ViewMailHistory(SentMails mails, CustomerDirectory customers) {
        this.mails = mails;
        this.customers = customers;
    }

    /** @throws UnknownRecordException for an unknown id (404) */
    public MailView one(long id) {
        SentMail mail = mails.find(id).orElseThrow(() -> new UnknownRecordException(UnknownRecordException.RecordType.MAIL, id));
        return new MailView(mail, customers.shown(mail.customerId()));
    }

    /**
     * The customer's mail history, or without a customer that of all; the latest first.
     *
     * @throws se.glomska.customer.UnknownCustomerException when the customer is unknown or anonymized (404)
     */
    public Page<MailLine> list(Long customerId, Page.Request request) {
        return customers.named(mails.list(customers.listFilter(customerId), request).map(m -> new Unnamed<>(
                m.customerId(), ref -> new MailLine(m.id(), ref, m.documentType(), m.documentId(), m.subject(),
                        m.sentAt()))));
    }
}
