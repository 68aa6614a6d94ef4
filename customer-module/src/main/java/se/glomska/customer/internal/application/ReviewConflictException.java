package se.glomska.customer.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * A manual-check action the field does not allow now (409): any change to a bookkeeping record, a
 * redaction after the anonymization (the identifiers are gone) or of a file's content (not text).
 */
public class ReviewConflictException extends ErrorResponseException {

    public ReviewConflictException(String detail) {
        super(HttpStatus.CONFLICT, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Action not possible on this field");
        problem.setType(URI.create("urn:glomska:problem:review-conflict"));
        return problem;
    }
}
