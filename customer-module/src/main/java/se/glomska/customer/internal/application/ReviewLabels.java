package se.glomska.customer.internal.application;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A field to check as the pages name it, in the request's language: message {@code review.field.<recordType>.<field>}
 * or {@code review.field.<field>} of the application's messages, else the field's name in words.
 */
@Component
public class ReviewLabels {

    private final MessageSource messages;

    ReviewLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String recordType, String field) {
        var locale = LocaleContextHolder.getLocale();
        String general = messages.getMessage("review.field." + ("*".equals(field) ? "all" : field), null,
                words(field), locale);
        return messages.getMessage("review.field." + recordType + "." + field, null, general, locale);
    }

    /** {@code "internalComment"} as "Internal comment". */
    static String words(String field) {
        if ("*".equals(field)) {
            return "All fields (bookkeeping record, never changed)";
        }
        String spaced = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
