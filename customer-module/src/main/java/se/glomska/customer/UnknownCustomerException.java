package se.glomska.customer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The customer id names no customer (404). */
public class UnknownCustomerException extends ErrorResponseException {

    public UnknownCustomerException(long customerId) {
        super(HttpStatus.NOT_FOUND, problem(customerId), null);
    }

    private static ProblemDetail problem(long customerId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Customer " + customerId + " does not exist.");
        problem.setTitle("Unknown customer");
        problem.setType(URI.create("urn:glomska:problem:unknown-customer"));
        return problem;
    }
}
