package se.glomska.crm.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The id names no activity (404). */
public class UnknownActivityException extends ErrorResponseException {

    public UnknownActivityException(long activityId) {
        super(HttpStatus.NOT_FOUND, problem(activityId), null);
    }

    private static ProblemDetail problem(long activityId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Activity " + activityId + " does not exist.");
        problem.setTitle("Unknown activity");
        problem.setType(URI.create("urn:glomska:problem:unknown-activity"));
        return problem;
    }
}
