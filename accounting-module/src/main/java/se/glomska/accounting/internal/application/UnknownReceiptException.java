package se.glomska.accounting.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The id names no receipt (404). */
public class UnknownReceiptException extends ErrorResponseException {

    public UnknownReceiptException(long receiptId) {
        super(HttpStatus.NOT_FOUND, problem(receiptId), null);
    }

    private static ProblemDetail problem(long receiptId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Receipt " + receiptId + " does not exist.");
        problem.setTitle("Unknown receipt");
        problem.setType(URI.create("urn:glomska:problem:unknown-receipt"));
        return problem;
    }
}
