package se.glomska.customer.internal.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.glomska.customer.ErasureChange;
import se.glomska.customer.ErasureAction;
import se.glomska.customer.ErasureRequestId;
import se.glomska.customer.internal.domain.ErasureLog;
import se.glomska.customer.ErasureLogEntry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The erasure log in its table; entries are only ever inserted (the database refuses the rest). */
@Repository
class JdbcErasureLog implements ErasureLog {

    private static final TypeReference<List<ErasureChange>> CHANGES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    JdbcErasureLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void append(ErasureLogEntry entry) {
        jdbc.sql("""
                INSERT INTO erasure_log (customer_id, action, actor, performed_at, changes, request_id)
                VALUES (:customerId, :action, :actor, :performedAt, :changes, :requestId)""")
                .param("requestId", entry.requestId() == null ? null : entry.requestId().value())
                .param("customerId", entry.customerId())
                .param("action", entry.action().name())
                .param("actor", entry.actor())
                .param("performedAt", Timestamp.from(entry.performedAt()))
                .param("changes", json.writeValueAsString(entry.changes()))
                .update();
    }

    @Override
    public boolean contains(long customerId, ErasureAction action, Instant performedAt) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM erasure_log
                WHERE performed_at = :performedAt AND customer_id = :customerId AND action = :action""")
                .param("performedAt", Timestamp.from(performedAt))
                .param("customerId", customerId)
                .param("action", action.name())
                .query(Long.class).single() > 0;
    }

    @Override
    public void appendAll(List<ErasureLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "INSERT INTO erasure_log (customer_id, action, actor, performed_at, changes) VALUES ");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ErasureLogEntry entry = entries.get(i);
            sql.append(i == 0 ? "" : ", ").append("(:c").append(i).append(", :a").append(i).append(", :u").append(i)
                    .append(", :t").append(i).append(", :j").append(i).append(")");
            params.put("c" + i, entry.customerId());
            params.put("a" + i, entry.action().name());
            params.put("u" + i, entry.actor());
            params.put("t" + i, Timestamp.from(entry.performedAt()));
            params.put("j" + i, json.writeValueAsString(entry.changes()));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    @Override
    public List<ErasureLogEntry> newestFirst(int limit) {
        return jdbc.sql("SELECT * FROM erasure_log ORDER BY performed_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new ErasureLogEntry(rs.getLong("id"), rs.getLong("customer_id"),
                        ErasureAction.valueOf(rs.getString("action")), rs.getString("actor"),
                        rs.getTimestamp("performed_at").toInstant(),
                        json.readValue(rs.getString("changes"), CHANGES),
                        rs.getObject("request_id") == null ? null : ErasureRequestId.of(rs.getLong("request_id"))))
                .list();
    }
}
