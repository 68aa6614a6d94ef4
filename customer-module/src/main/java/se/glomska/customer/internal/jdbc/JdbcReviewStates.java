package se.glomska.customer.internal.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.glomska.customer.ReviewAction;
import se.glomska.customer.ReviewState;
import se.glomska.customer.internal.domain.ReviewStates;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The manual check's states and log in the customer module's own tables (changesets customer-review-*). */
@Repository
class JdbcReviewStates implements ReviewStates {

    private final JdbcClient jdbc;

    JdbcReviewStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Stored> of(long customerId) {
        return jdbc.sql("SELECT module, record_type, record_id, field, mentions_customer, state FROM erasure_review"
                        + " WHERE customer_id = :customerId")
                .param("customerId", customerId)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getBoolean(5), ReviewState.valueOf(rs.getString(6))))
                .list();
    }

    @Override
    public void put(long customerId, String module, String recordType, long recordId, String field,
                    boolean mentions, ReviewState state, Instant at) {
        jdbc.sql("""
                INSERT INTO erasure_review (customer_id, module, record_type, record_id, field, mentions_customer,
                    state, changed_at)
                VALUES (:customerId, :module, :recordType, :recordId, :field, :mentions, :state, :at)
                ON DUPLICATE KEY UPDATE state = VALUES(state), changed_at = VALUES(changed_at),
                    mentions_customer = erasure_review.mentions_customer OR VALUES(mentions_customer)""")
                .param("customerId", customerId)
                .param("module", module)
                .param("recordType", recordType)
                .param("recordId", recordId)
                .param("field", field)
                .param("mentions", mentions)
                .param("state", state.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public void log(Logged a) {
        jdbc.sql("""
                INSERT INTO erasure_review_action (customer_id, actor, performed_at, module, record_type, record_id,
                    field, action)
                VALUES (:customerId, :actor, :at, :module, :recordType, :recordId, :field, :action)""")
                .param("customerId", a.customerId())
                .param("actor", a.actor())
                .param("at", Timestamp.from(a.performedAt()))
                .param("module", a.module())
                .param("recordType", a.recordType())
                .param("recordId", a.recordId())
                .param("field", a.field())
                .param("action", a.action().name())
                .update();
    }

    @Override
    public long logRedactedAt(long customerId, String actor, Instant at) {
        // Without a column list (every column in table order): MariaDB 11.4.5 fails a multi-row INSERT ... SELECT
        // with a column list into a table with triggers ("Column 'customer_id' cannot be null" from the second row
        // on), as docs/benchmarks.md notes for the generator.
        return jdbc.sql("""
                INSERT INTO erasure_review_action
                SELECT NULL, customer_id, :actor, changed_at, module, record_type, record_id, field, 'REDACT'
                FROM erasure_review WHERE customer_id = :customerId AND state = 'REDACTED' AND changed_at = :at""")
                .param("customerId", customerId)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public List<Logged> newestFirst(int limit) {
        return jdbc.sql("SELECT * FROM erasure_review_action ORDER BY performed_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new Logged(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("actor"),
                        rs.getTimestamp("performed_at").toInstant(), rs.getString("module"),
                        rs.getString("record_type"), rs.getLong("record_id"), rs.getString("field"),
                        ReviewAction.valueOf(rs.getString("action"))))
                .list();
    }
}
