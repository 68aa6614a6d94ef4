package se.glomska.support.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** The id names no record of the type (404); each type keeps its own problem type. */
public class UnknownRecordException extends ErrorResponseException {

    /** The records an id may name here: how a message names them and their problem type. */
    public enum RecordType {
        SUPPORT_CASE("Support case", "unknown-support-case"),
        MAIL("Mail history entry", "unknown-mail");

        private final String name;
        private final String problemType;

        RecordType(String name, String problemType) {
            this.name = name;
            this.problemType = problemType;
        }
    }

    public UnknownRecordException(RecordType type, long id) {
        super(HttpStatus.NOT_FOUND, problem(type, id), null);
    }

    private static ProblemDetail problem(RecordType type, long id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                type.name + " " + id + " does not exist.");
        problem.setTitle("Unknown " + type.name.toLowerCase(java.util.Locale.ROOT));
        problem.setType(URI.create("urn:glomska:problem:" + type.problemType));
        return problem;
    }
}
