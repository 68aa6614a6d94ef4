package se.glomska.customer.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import se.glomska.customer.internal.domain.ErasureRequest;

import java.net.URI;

/** The request's state does not allow what was asked: approved twice, extended or refused after it was done (409). */
public class ErasureRequestConflictException extends ErrorResponseException {

    public ErasureRequestConflictException(String reason) {
        super(HttpStatus.CONFLICT, problem(reason), null);
    }

    /** The web answer for a transition the request refused: 409 for its state, 400 for a field. */
    static ErrorResponseException of(ErasureRequest.RuleBroken broken) {
        return broken.conflict() ? new ErasureRequestConflictException(broken.getMessage())
                : new InvalidInputException(broken.field(), broken.getMessage());
    }

    private static ProblemDetail problem(String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, reason);
        problem.setTitle("Erasure request conflict");
        problem.setType(URI.create("urn:glomska:problem:erasure-request-conflict"));
        return problem;
    }
}
