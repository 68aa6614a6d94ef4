package se.glomska.customer.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Input that is well-formed but breaks a rule of the register (400), naming the offending field. */
public class InvalidInputException extends ErrorResponseException {

    public InvalidInputException(String field, String message) {
        super(HttpStatus.BAD_REQUEST, problem(field, message), null);
    }

    private static ProblemDetail problem(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + message);
        problem.setTitle("Invalid input");
        problem.setType(URI.create("urn:glomska:problem:validation"));
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }
}
