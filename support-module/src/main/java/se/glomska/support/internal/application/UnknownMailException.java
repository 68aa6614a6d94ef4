package se.glomska.support.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The id names no mail history entry (404). */
public class UnknownMailException extends ErrorResponseException {

    public UnknownMailException(long id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(long id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Mail history entry " + id + " does not exist.");
        problem.setTitle("Unknown mail history entry");
        problem.setType(URI.create("urn:glomska:problem:unknown-mail"));
        return problem;
    }
}
