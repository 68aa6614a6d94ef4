package se.glomska.sales;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The id names no record of the kind asked for (404), e.g. no order 17 (or none of this customer). */
public class UnknownSalesRecordException extends ErrorResponseException {

    private final String recordType;
    private final long recordId;

    public UnknownSalesRecordException(SalesRecordType type, long recordId) {
        super(HttpStatus.NOT_FOUND, problem(type, recordId), null);
        this.recordType = type.recordType();
        this.recordId = recordId;
    }

    public String recordType() {
        return recordType;
    }

    public long recordId() {
        return recordId;
    }

    private static ProblemDetail problem(SalesRecordType type, long recordId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                type.title() + " " + recordId + " does not exist.");
        problem.setTitle("Unknown " + type.label());
        problem.setType(URI.create("urn:glomska:problem:unknown-" + type.slug()));
        return problem;
    }
}
