package se.glomska.accounting.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The id names no payment reminder (404). */
public class UnknownReminderException extends ErrorResponseException {

    public UnknownReminderException(long reminderId) {
        super(HttpStatus.NOT_FOUND, problem(reminderId), null);
    }

    private static ProblemDetail problem(long reminderId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Payment reminder " + reminderId + " does not exist.");
        problem.setTitle("Unknown payment reminder");
        problem.setType(URI.create("urn:glomska:problem:unknown-payment-reminder"));
        return problem;
    }
}
