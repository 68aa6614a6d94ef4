package se.glomska.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on a page answer an HTML page with the status, not the API's problem+json: 404 for an
 * unknown customer, 400 for a malformed parameter, 503 while the database is unreachable or a lock
 * cannot be had, 500 otherwise. Nothing the user typed is logged.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private static boolean unavailable(Exception e) {
        return e instanceof PessimisticLockingFailureException || e instanceof TransientDataAccessException
                || e instanceof DataAccessResourceFailureException || e instanceof RecoverableDataAccessException
                || e instanceof CannotGetJdbcConnectionException || e instanceof CannotCreateTransactionException;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView error(Exception e) {
        HttpStatus status;
        if (e instanceof ErrorResponse response) {
            status = HttpStatus.resolve(response.getStatusCode().value());
        } else if (e instanceof TypeMismatchException || e instanceof BindException
                || e instanceof RequestRejectedException) {
            status = HttpStatus.BAD_REQUEST;
        } else if (unavailable(e)) {
            // As on the API: the database is down or a lock could not be had even after retries; the
            // transaction was rolled back, nothing was changed, and the user may try again.
            log.warn("Page answered 503: database unavailable or busy ({})", e.getClass().getSimpleName());
            ModelAndView page = new ModelAndView("error");
            page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
            page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            return page;
        } else {
            status = null;
        }
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status.is5xxServerError()) {
            // The message of a database exception may quote values: the type and where it happened only.
            log.error("Page failed with {} at {}", e.getClass().getName(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }
}
