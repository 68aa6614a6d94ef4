package se.glomska.customer.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** No retention run with this id (404). */
public class UnknownRetentionRunException extends ErrorResponseException {

    public UnknownRetentionRunException(long id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(long id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No retention run " + id + ".");
        problem.setTitle("Unknown retention run");
        problem.setType(URI.create("urn:glomska:problem:unknown-retention-run"));
        return problem;
    }
}
