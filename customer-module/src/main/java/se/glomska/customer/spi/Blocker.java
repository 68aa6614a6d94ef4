package se.glomska.customer.spi;

import java.util.Objects;

/**
 * One reason an anonymization is refused, pointing at the record that causes it.
 * The message is readable by an operator and holds ids only, never personal data.
 */
public record Blocker(String module, String code, String message, String recordType, long recordId) {

    public Blocker {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(recordType, "recordType");
    }
}
