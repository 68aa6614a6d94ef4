package se.glomska.customer.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** A retention run cannot start: one is going on (on any instance), or retention is not configured (409). */
public class RetentionConflictException extends ErrorResponseException {

    private RetentionConflictException(String type, String title, String detail, Long runId) {
        super(HttpStatus.CONFLICT, problem(type, title, detail, runId), null);
    }

    static RetentionConflictException running(Long runId) {
        return new RetentionConflictException("retention-run-going-on", "A retention run is going on",
                "A retention run is going on; one runs at a time across every instance.", runId);
    }

    static RetentionConflictException off() {
        return new RetentionConflictException("retention-off", "Retention is not configured",
                "Set glomska.retention.inactive-after (an ISO period such as P3Y) to find inactive customers.", null);
    }

    private static ProblemDetail problem(String type, String title, String detail, Long runId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:glomska:problem:" + type));
        if (runId != null) {
            problem.setProperty("runId", runId);
        }
        return problem;
    }
}
