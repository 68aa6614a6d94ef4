package se.glomska.customer.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** A record id that names no record of the customer (404). */
public class UnknownRecordException extends ErrorResponseException {

    public UnknownRecordException(String recordType, long id) {
        super(HttpStatus.NOT_FOUND, problem(recordType, id), null);
    }

    private static ProblemDetail problem(String recordType, long id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no " + recordType + " " + id + ".");
        problem.setTitle("Unknown record");
        problem.setType(URI.create("urn:glomska:problem:unknown-record"));
        return problem;
    }
}
