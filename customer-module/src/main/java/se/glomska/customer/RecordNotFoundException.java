package se.glomska.customer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.Locale;

/**
 * An id names no record of its type (404), for every module's own "unknown record" exception: the
 * detail "{Name} {id} does not exist.", the title "Unknown {name}" and the type
 * {@code urn:glomska:problem:{problemType}}.
 */
public abstract class RecordNotFoundException extends ErrorResponseException {

    protected RecordNotFoundException(String name, long id, String problemType) {
        super(HttpStatus.NOT_FOUND, problem(name, id, problemType), null);
    }

    private static ProblemDetail problem(String name, long id, String problemType) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                name + " " + id + " does not exist.");
        problem.setTitle("Unknown " + name.toLowerCase(Locale.ROOT));
        problem.setType(URI.create("urn:glomska:problem:" + problemType));
        return problem;
    }
}
