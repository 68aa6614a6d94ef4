package se.glomska.customer;

/**
 * What a person does with a field to check: clear, redact or mark it checked; {@code DELETE} is logged
 * when a whole document or property is deleted and is not an action on one field.
 */
public enum ReviewAction {
    CLEAR, REDACT, KEEP, DELETE;

    /** Whether a person may ask for it on one field. */
    public boolean onField() {
        return this != DELETE;
    }
}
