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

    /** No record described by {@code what}, e.g. "property colour" (ids and keys only, no personal data). */
    public UnknownRecordException(String what) {
        super(HttpStatus.NOT_FOUND, problem("There is no " + what + "."), null);
    }

    private static ProblemDetail problem(String recordType, long id) {
        return problem("There is no " + recordType + " " + id + ".");
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Unknown record");
        problem.setType(URI.create("urn:glomska:problem:unknown-record"));
        return problem;
    }
}
