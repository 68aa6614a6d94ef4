package se.glomska.accounting.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The lines add up to more than an amount column holds (400, like any other invalid input). */
public class AmountOutOfRangeException extends ErrorResponseException {

    public AmountOutOfRangeException() {
        super(HttpStatus.BAD_REQUEST, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The total of the lines exceeds the largest amount (17 digits and 2 decimals).");
        problem.setTitle("Invalid request");
        problem.setType(URI.create("urn:glomska:problem:amount-out-of-range"));
        problem.setProperty("errors", List.of(Map.of("field", "lines", "message", "the total is too large")));
        return problem;
    }
}
