package se.glomska.customer.internal.application;

import se.glomska.customer.CustomerDirectory;
import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.RetriedOnWriteConflict;
import se.glomska.customer.UnknownCustomerException;
import se.glomska.customer.internal.domain.Branch;
import se.glomska.customer.internal.domain.CreditReport;
import se.glomska.customer.internal.domain.Customer;
import se.glomska.customer.internal.domain.CustomerDocument;
import se.glomska.customer.internal.domain.CustomerTabs;
import se.glomska.customer.internal.domain.Customers;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Keeps the records on a customer's tabs. An anonymized customer has no tabs: reading or adding
 * answers 404 as for an unknown customer.
 */
@Service
@RetriedOnWriteConflict
public class CustomerTabRecords {

    private final Customers customers;
    private final CustomerTabs tabs;
    private final CustomerDirectory directory;
    private final Clock clock;

    CustomerTabRecords(Customers customers, CustomerTabs tabs, CustomerDirectory directory, Clock clock) {
        this.customers = customers;
        this.tabs = tabs;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public Branch addBranch(long customerId, Branch branch) {
        lockWithTabs(customerId);
        return branch.withId(tabs.addBranch(customerId, branch));
    }

    @Transactional(readOnly = true)
    public List<Branch> branches(long customerId) {
        requireTabs(customerId);
        return tabs.branches(customerId);
    }

    @Transactional
    public CreditReport addCreditReport(long customerId, CreditReport report, byte[] pdf) {
        lockWithTabs(customerId);
        long id = tabs.addCreditReport(customerId, report, pdf);
        return new CreditReport(id, report.provider(), report.rating(), report.reportedAt(), report.notes(),
                report.fileName());
    }

    @Transactional(readOnly = true)
    public List<CreditReport> creditReports(long customerId) {
        requireTabs(customerId);
        return tabs.creditReports(customerId);
    }

    @Transactional(readOnly = true)
    public CreditReport.Pdf creditReportPdf(CustomerId customer, long reportId) {
        long customerId = customer.value();
        requireTabs(customerId);
        return tabs.creditReportPdf(CustomerId.of(customerId), reportId).orElseThrow(() -> new UnknownRecordException("credit report", reportId));
    }

    @Transactional
    public CustomerDocument addDocument(long customerId, String fileName, String description, byte[] content) {
        lockWithTabs(customerId);
        // A document is a record of the customer (CustomerParticipant.recordTimes, counted by the backfill):
        // it moves the last activity (retention), in this transaction, as every other module's new record does.
        directory.lockForNewRecord(CustomerId.of(customerId), clock.instant());
        long id = tabs.addDocument(customerId, fileName, description, content);
        return tabs.documents(customerId).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    /** The customer's documents without their content. */
    @Transactional(readOnly = true)
    public List<CustomerDocument> documents(long customerId) {
        requireTabs(customerId);
        return tabs.documents(customerId);
    }

    @Transactional(readOnly = true)
    public CustomerDocument.Content documentContent(CustomerId customer, long documentId) {
        long customerId = customer.value();
        requireTabs(customerId);
        return tabs.documentContent(CustomerId.of(customerId), documentId)
                .orElseThrow(() -> new UnknownRecordException("document", documentId));
    }

    @Transactional
    public Map<String, String> putProperty(long customerId, String key, String value) {
        lockWithTabs(customerId);
        tabs.putProperty(customerId, key, value);
        return tabs.properties(customerId);
    }

    @Transactional(readOnly = true)
    public Map<String, String> properties(long customerId) {
        requireTabs(customerId);
        return tabs.properties(customerId);
    }

    private void requireTabs(long customerId) {
        Customer customer = customers.find(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        if (customer.anonymized()) {
            throw new UnknownCustomerException(customerId);
        }
    }

    /**
     * Locks the customer (a write of its row, see Customers#lock) so that a record cannot be added while it is
     * being erased, on this node or another node of a cluster.
     */
    private void lockWithTabs(long customerId) {
        Customer customer = customers.lock(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        if (customer.anonymized()) {
            throw new UnknownCustomerException(customerId);
        }
    }
}
