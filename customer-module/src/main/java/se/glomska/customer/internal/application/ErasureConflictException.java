package se.glomska.customer.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import se.glomska.customer.ErasureDecision;

import java.net.URI;

/**
 * The erasure asked for is not the one the system offers now, is blocked, or the customer is already
 * anonymized (409). Carries the current decision's action and blockers (ids only).
 */
public class ErasureConflictException extends ErrorResponseException {

    public ErasureConflictException(String reason, ErasureDecision decision) {
        super(HttpStatus.CONFLICT, problem(reason, decision), null);
    }

    private static ProblemDetail problem(String reason, ErasureDecision decision) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, reason);
        problem.setTitle("Erasure refused");
        problem.setType(URI.create("urn:glomska:problem:erasure-refused"));
        problem.setProperty("offeredAction", decision.action());
        problem.setProperty("blockers", decision.blockers());
        return problem;
    }
}
