package se.glomska.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
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
 * unknown customer, 400 for a malformed parameter, 500 otherwise. Nothing the user typed is logged.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(Exception.class)
    ModelAndView error(Exception e) {
        HttpStatus status;
        if (e instanceof ErrorResponse response) {
            status = HttpStatus.resolve(response.getStatusCode().value());
        } else if (e instanceof TypeMismatchException || e instanceof BindException) {
            status = HttpStatus.BAD_REQUEST;
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
