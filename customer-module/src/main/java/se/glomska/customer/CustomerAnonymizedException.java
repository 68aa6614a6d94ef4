package se.glomska.customer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The customer is anonymized: it cannot be edited and no module accepts a new record for it (409). */
public class CustomerAnonymizedException extends ErrorResponseException {

    public CustomerAnonymizedException(long customerId) {
        super(HttpStatus.CONFLICT, problem(customerId), null);
    }

    private static ProblemDetail problem(long customerId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Customer " + customerId + " is anonymized: it cannot be edited and takes no new records.");
        problem.setTitle("Anonymized customer");
        problem.setType(URI.create("urn:glomska:problem:anonymized-customer"));
        return problem;
    }
}
