package se.glomska.sales;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * The request conflicts with the record's current state (409): an order already delivered or
 * invoiced, a purchase already received, a delivery that already has its commercial invoice.
 */
public class SalesConflictException extends ErrorResponseException {

    private SalesConflictException(String slug, String title, String detail) {
        super(HttpStatus.CONFLICT, problem(slug, title, detail), null);
    }

    public static SalesConflictException alreadyInvoiced(SalesRecordType type, long id) {
        return new SalesConflictException("already-invoiced", "Already invoiced",
                type.title() + " " + id + " is already invoiced.");
    }

    public static SalesConflictException alreadyDelivered(long orderId) {
        return new SalesConflictException("already-delivered", "Already delivered",
                "Order " + orderId + " is already delivered.");
    }

    public static SalesConflictException alreadyReceived(long purchaseId) {
        return new SalesConflictException("already-received", "Already received",
                "Dropship purchase " + purchaseId + " already has an inbound delivery.");
    }

    public static SalesConflictException commercialInvoiceExists(long deliveryId) {
        return new SalesConflictException("commercial-invoice-exists", "Commercial invoice exists",
                "Delivery " + deliveryId + " already has a commercial invoice.");
    }

    private static ProblemDetail problem(String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:glomska:problem:" + slug));
        return problem;
    }
}
