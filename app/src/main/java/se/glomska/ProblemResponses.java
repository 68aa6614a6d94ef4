package se.glomska;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every error into {@code application/problem+json} (RFC 9457) with a type of its own: 400 with
 * the offending fields for bad input (for malformed JSON, where the parser stopped), 409 for conflicts,
 * 503 while the database is unreachable or a lock cannot be had, 500 otherwise.
 * Details never repeat the input values, so no personal data reaches a response or a log line.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    static ProblemDetail validation(String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid input");
        problem.setType(URI.create("urn:glomska:problem:validation"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> error(f.getField(), String.valueOf(f.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(validation("Invalid fields: "
                + errors.stream().map(e -> e.get("field")).collect(Collectors.joining(", ")), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(e -> error(
                        e instanceof FieldError f ? f.getField() : result.getMethodParameter().getParameterName(),
                        String.valueOf(e.getDefaultMessage()))))
                .toList();
        return ResponseEntity.badRequest().body(validation("Invalid parameters: "
                + errors.stream().map(e -> e.get("field")).collect(Collectors.joining(", ")), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge).getBody());
            }
        }
        JacksonException json = null;
        for (Throwable t = ex.getCause(); t != null && json == null; t = t.getCause()) {
            if (t instanceof JacksonException j && !location(j).isEmpty()) {
                json = j;
            }
        }
        if (json != null) {
            String field = capped(location(json));
            String message = json instanceof UnrecognizedPropertyException ? "unknown field"
                    : json instanceof StreamConstraintsException ? "holds a number or text longer than allowed"
                    : json instanceof StreamReadException ? "is not valid JSON here"
                    : "has a value of the wrong type or format";
            return ResponseEntity.badRequest().body(validation(field + ": " + message, List.of(error(field, message))));
        }
        return ResponseEntity.badRequest().body(validation("The request body is missing or is not valid JSON.",
                List.of(error("body", "is not valid JSON"))));
    }

    /** Names echoed from the request are cut to this many characters (a JSON name may hold 50,000). */
    static final int ECHOED_NAME_LIMIT = 100;

    static String capped(String name) {
        if (name.length() <= ECHOED_NAME_LIMIT) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(ECHOED_NAME_LIMIT - 1)) ? ECHOED_NAME_LIMIT - 1 : ECHOED_NAME_LIMIT;
        return name.substring(0, end) + "…";
    }

    /**
     * Where in the body the problem is, as {@code invoiceAddress.city} or {@code lines[0].quantity}: for a
     * syntax error the parser's position, otherwise the path of the value that did not fit.
     */
    private static String location(JacksonException e) {
        if (e instanceof StreamReadException && e.processor() instanceof JsonParser parser) {
            String position = position(parser.streamReadContext());
            if (!position.isEmpty()) {
                return position;
            }
        }
        return fieldPath(e);
    }

    private static String position(TokenStreamContext context) {
        Deque<String> steps = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.currentName() != null) {
                steps.push("." + c.currentName());
            }
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String fieldPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * Problems the framework builds itself (415, 405, 406, 404 for unknown paths, ...) get a type of
     * their own instead of {@code about:blank}, like every other problem of the API.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(typeOf(statusCode));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    static URI typeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String slug = known == null ? "status-" + status.value()
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return URI.create("urn:glomska:problem:" + slug);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        String message = ex.getRequiredType() != null && ex.getRequiredType().isEnum()
                ? "must be one of " + java.util.Arrays.toString(ex.getRequiredType().getEnumConstants())
                : "has the wrong type";
        return ResponseEntity.badRequest().body(validation(ex.getName() + ": " + message,
                List.of(error(ex.getName(), message))));
    }

    /**
     * A parameter name or value the security firewall refuses (control characters, say), found when the
     * application first reads the parameters of a form body: 400, as for such a URL.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException ex) {
        log.debug("Request refused by the firewall: {}", ex.getClass().getSimpleName());
        return ResponseEntity.badRequest().body(validation("The request contains characters that are not allowed.",
                List.of(error("body", "contains characters that are not allowed"))));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, ex.getMessage());
        problem.setTitle("Request body too large");
        problem.setType(URI.create("urn:glomska:problem:too-large"));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex) {
        log.debug("Duplicate key refused by the database ({})", ex.getClass().getSimpleName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The record conflicts with one that already exists.");
        problem.setType(URI.create("urn:glomska:problem:duplicate"));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
        log.debug("Data refused by the database ({})", ex.getClass().getSimpleName());
        return ResponseEntity.badRequest().body(validation("A value does not fit its field.",
                List.of(error("body", "a value is too long or out of range"))));
    }

    /**
     * The database is down, the connection broke, or a lock could not be had (deadlock, lock wait
     * timeout): the transaction was rolled back, so nothing was changed, and the client may retry.
     */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class, RecoverableDataAccessException.class,
            PessimisticLockingFailureException.class, TransientDataAccessException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception ex) {
        log.warn("Database unavailable or busy: {}", ex.getClass().getSimpleName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database is unavailable or busy; nothing was changed. Try again shortly.");
        problem.setTitle("Service unavailable");
        problem.setType(URI.create("urn:glomska:problem:unavailable"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        // The message of a database exception may quote values; log the type and the stack only.
        log.error("Unexpected {} at {}", ex.getClass().getName(),
                ex.getStackTrace().length > 0 ? ex.getStackTrace()[0] : "?");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; nothing was changed.");
        problem.setType(URI.create("urn:glomska:problem:internal"));
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    /**
     * URLs that the security firewall refuses before any controller runs (encoded slashes or
     * semicolons, {@code ..}, non-printable characters): 400 as problem+json instead of the container's
     * error page. Only the path's shape is named, never its content.
     */
    @Component
    static class RejectedRequests implements RequestRejectedHandler {

        private final ObjectMapper json;

        RejectedRequests(ObjectMapper json) {
            this.json = json;
        }

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
                throws IOException {
            log.debug("Request refused by the firewall: {}", e.getClass().getSimpleName());
            ProblemDetail problem = validation("The request URL contains characters that are not allowed.",
                    List.of(error("path", "contains characters that are not allowed")));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        }
    }
}
