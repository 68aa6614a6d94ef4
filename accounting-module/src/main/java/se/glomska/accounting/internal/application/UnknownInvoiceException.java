package se.glomska.accounting.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The id names no invoice (404). */
public class UnknownInvoiceException extends ErrorResponseException {

    public UnknownInvoiceException(long invoiceId) {
        super(HttpStatus.NOT_FOUND, problem(invoiceId), null);
    }

    private static ProblemDetail problem(long invoiceId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Invoice " + invoiceId + " does not exist.");
        problem.setTitle("Unknown invoice");
        problem.setType(URI.create("urn:glomska:problem:unknown-invoice"));
        return problem;
    }
}
