package se.glomska.accounting.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** Accounting already issued an invoice for the order or dropship order (409). */
public class OrderAlreadyInvoicedException extends ErrorResponseException {

    public OrderAlreadyInvoicedException(String what, long id) {
        super(HttpStatus.CONFLICT, problem(what, id), null);
    }

    private static ProblemDetail problem(String what, long id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                what + " " + id + " is already invoiced.");
        problem.setTitle("Already invoiced");
        problem.setType(URI.create("urn:glomska:problem:already-invoiced"));
        return problem;
    }
}
