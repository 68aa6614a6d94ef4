package se.glomska.customer.internal.domain;

import se.glomska.customer.CustomerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The records on a customer's tabs: branches, credit reports with their PDFs, documents, properties. */
public interface CustomerTabs {

    long addBranch(long customerId, Branch branch);

    List<Branch> branches(long customerId);

    /** The branches of each of the customers that has any, in one statement (a retention batch). */
    Map<Long, List<Branch>> branches(java.util.Collection<Long> customerIds);

    long addCreditReport(long customerId, CreditReport report, byte[] pdf);

    List<CreditReport> creditReports(long customerId);

    Optional<CreditReport.Pdf> creditReportPdf(CustomerId customerId, long reportId);

    long addDocument(long customerId, String fileName, String description, byte[] content);

    /** The customer's documents without their content. */
    List<CustomerDocument> documents(long customerId);

    Optional<CustomerDocument.Content> documentContent(CustomerId customerId, long documentId);

    void putProperty(long customerId, String key, String value);

    Map<String, String> properties(long customerId);

    /** The id of the customer's property {@code key}, if it has one. */
    java.util.Optional<Long> propertyId(long customerId, String key);
}
