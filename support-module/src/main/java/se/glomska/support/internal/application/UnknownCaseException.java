package se.glomska.support.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The id names no support case (404). */
public class UnknownCaseException extends ErrorResponseException {

    public UnknownCaseException(long id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(long id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Support case " + id + " does not exist.");
        problem.setTitle("Unknown support case");
        problem.setType(URI.create("urn:glomska:problem:unknown-support-case"));
        return problem;
    }
}
