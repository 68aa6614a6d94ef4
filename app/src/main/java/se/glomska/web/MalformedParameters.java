package se.glomska.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.util.Locale;

/**
 * Refuses, before anything else reads them, requests whose parameters cannot be decoded: malformed
 * %-encoding ({@code %ZZ}, a lone {@code %}) or bytes that are not UTF-8 ({@code %FF}) in the query
 * string or in a form body. Tomcat reports them only when a parameter is first read, which may be
 * deep in a filter or a controller, and then it was a 500; now it is a 400: problem+json for the API,
 * the error page in the user's language for pages. Nothing of the request is logged.
 */
@Component
// Right after Spring Boot's CharacterEncodingFilter (HIGHEST_PRECEDENCE): parameters must be decoded as
// UTF-8, as the application reads them, not as Tomcat's default ISO-8859-1.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedParameters extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedParameters.class);

    private final MessageSource messages;
    private final PageLocaleResolver languages = new PageLocaleResolver();

    MalformedParameters(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            try {
                request.getParameterMap();
            } catch (IllegalStateException malformed) {
                int status = malformed instanceof InvalidParameterException invalid && invalid.getErrorCode() == 413
                        ? HttpStatus.PAYLOAD_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value();
                log.debug("Request refused: its parameters cannot be decoded ({})", malformed.getClass().getSimpleName());
                refuse(request, response, status);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(status == 413
                    ? "{\"type\":\"urn:glomska:problem:too-large\",\"title\":\"Request body too large\",\"status\":413,"
                    + "\"detail\":\"The form body is larger than allowed.\"}"
                    : "{\"type\":\"urn:glomska:problem:validation\",\"title\":\"Invalid input\",\"status\":400,"
                    + "\"detail\":\"The query string or form body is not valid percent-encoded UTF-8.\","
                    + "\"errors\":[{\"field\":\"query\",\"message\":\"is not valid percent-encoded UTF-8\"}]}");
            return;
        }
        Locale locale = languages.resolveLocale(request);
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("error." + status, null, locale));
        String back = HtmlUtils.htmlEscape(messages.getMessage("error.back", null, locale));
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/css/glomska.css\"></head>\n<body><main id=\"main\" class=\"narrow\"><h1>" + title + "</h1>"
                + "<p class=\"notice error\">" + text + "</p><p><a href=\"" + request.getContextPath() + "/customers\">"
                + back + "</a></p></main></body>\n</html>\n");
    }
}
