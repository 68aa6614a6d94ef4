package se.glomska.customer.spi;

/**
 * What the erasure does with one column (erasure-rules.md sections 4 and 5), or why it keeps it.
 */
public enum FieldRule {
    /** Row identity or link (ids, foreign keys, the customer link itself): kept, not personal. */
    KEY(false),
    /** Holds no personal data (amounts, dates, status, kind, owner): kept. */
    NOT_PERSONAL(false),
    /** May hold personal data but the spec keeps it (section 5): kept and listed for manual review. */
    REVIEW(false),
    /** Bookkeeping record (Bokföringslagen ranks above GDPR): never changed. */
    BOOKKEEPING(false),
    /** Becomes the placeholder {@code Xxxx}. */
    PLACEHOLDER(true),
    /** Cleared: becomes SQL {@code NULL}. */
    CLEAR(true),
    /** A date reduced to its year: {@code YYYY-01-01}. */
    YEAR_ONLY(true),
    /** A coordinate set to {@code 0.000000}. */
    ZERO(true),
    /** A consent or flag set to {@code false}. */
    FALSE(true),
    /** The anonymized marker set to {@code true}. */
    TRUE(true),
    /** The anonymization timestamp set to the time of the erasure. */
    ERASURE_TIME(true);

    private final boolean changesValue;

    FieldRule(boolean changesValue) {
        this.changesValue = changesValue;
    }

    /** Whether an anonymization writes this column. */
    public boolean changesValue() {
        return changesValue;
    }
}
