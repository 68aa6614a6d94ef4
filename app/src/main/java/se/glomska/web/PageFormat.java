package se.glomska.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import se.glomska.customer.CustomerErasures;
import se.glomska.customer.CustomerRef;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formatting helpers the templates call as {@code @pageFormat}: times in Swedish time, amounts in the
 * page's language, the page link of a customer reference, names of record types and modules, and the
 * current URL with one parameter replaced (paging, language links).
 */
@Component("pageFormat")
class PageFormat {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String API_CUSTOMERS = "/api/customers/";

    private final MessageSource messages;

    PageFormat(MessageSource messages) {
        this.messages = messages;
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(SWEDEN));
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /**
     * The card page of the customer a list row names; null for an anonymized customer, whose row shows
     * {@code Xxxx} without a link.
     */
    public String customerPage(CustomerRef ref) {
        if (ref == null || ref.href() == null) {
            return null;
        }
        return ref.href().startsWith(API_CUSTOMERS) ? "/customers/" + ref.href().substring(API_CUSTOMERS.length())
                : ref.href();
    }

    /** A record type in words, e.g. {@code "dropshipOrder"} as "Direktleveransorder". */
    public String recordType(String recordType) {
        return text("recordType." + key(recordType), recordType);
    }

    /** A module's name in words. */
    public String module(String module) {
        return text("module." + key(module), module);
    }

    /** A blocker in the page's language, falling back to the module's own (English) message. */
    public String blocker(CustomerErasures.Blocker blocker) {
        return messages.getMessage("blocker." + blocker.code(), new Object[] {String.valueOf(blocker.recordId())},
                blocker.message(), LocaleContextHolder.getLocale());
    }

    /** A blocker an erasure request waits for, in the page's language (as {@link #blocker(CustomerErasures.Blocker)}). */
    public String blocker(se.glomska.customer.spi.Blocker blocker) {
        return messages.getMessage("blocker." + blocker.code(), new Object[] {String.valueOf(blocker.recordId())},
                blocker.message(), LocaleContextHolder.getLocale());
    }

    /** The current page's address with {@code name} set to {@code value} (other parameters kept). */
    public String urlWith(String name, Object value) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return urlWith(request, name, value);
    }

    static String urlWith(HttpServletRequest request, String name, Object value) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        try {
            return UriComponentsBuilder.fromUriString(query == null ? path : path + "?" + query)
                    .replaceQueryParam(name, String.valueOf(value))
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException malformedQuery) {
            return UriComponentsBuilder.fromPath(path).queryParam(name, String.valueOf(value)).encode().build()
                    .toUriString();
        }
    }

    private String text(String code, String fallback) {
        return messages.getMessage(code, null, fallback, LocaleContextHolder.getLocale());
    }

    /** "invoice line" and "invoiceLine" both become the message key part {@code invoiceLine}. */
    static String key(String words) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : words.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = !key.isEmpty();
            }
        }
        return key.toString();
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
