package se.glomska.accounting.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The id names no payment (404). */
public class UnknownPaymentException extends ErrorResponseException {

    public UnknownPaymentException(long paymentId) {
        super(HttpStatus.NOT_FOUND, problem(paymentId), null);
    }

    private static ProblemDetail problem(long paymentId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Payment " + paymentId + " does not exist.");
        problem.setTitle("Unknown payment");
        problem.setType(URI.create("urn:glomska:problem:unknown-payment"));
        return problem;
    }
}
