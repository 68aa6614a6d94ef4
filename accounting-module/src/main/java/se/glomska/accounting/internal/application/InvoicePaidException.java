package se.glomska.accounting.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The invoice is fully paid: there is nothing to remind of (409). */
public class InvoicePaidException extends ErrorResponseException {

    public InvoicePaidException(long invoiceId) {
        super(HttpStatus.CONFLICT, problem(invoiceId), null);
    }

    private static ProblemDetail problem(long invoiceId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Invoice " + invoiceId + " is fully paid.");
        problem.setTitle("Invoice paid");
        problem.setType(URI.create("urn:glomska:problem:invoice-paid"));
        return problem;
    }
}
