package se.glomska.customer.internal.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import se.glomska.customer.CustomerId;
import se.glomska.customer.ErasureRequestId;
import se.glomska.customer.ErasureRequestRow.Action;
import se.glomska.customer.ErasureRequestRow.Channel;
import se.glomska.customer.ErasureRequestRow.Status;
import se.glomska.customer.internal.domain.ErasureRequest;
import se.glomska.customer.internal.domain.ErasureRequests;
import se.glomska.customer.Page;
import se.glomska.customer.spi.Blocker;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The erasure requests in {@code erasure_request}; blockers as JSON (ids and codes only). */
@Repository
class JdbcErasureRequests implements ErasureRequests {

    private static final TypeReference<List<Blocker>> BLOCKERS = new TypeReference<>() { };
    private static final String OPEN = "status IN ('RECEIVED', 'WAITING')";
    private static final String DEADLINE = "COALESCE(extended_until, due_at)";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    JdbcErasureRequests(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public ErasureRequestId add(ErasureRequest r) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO erasure_request (customer_id, received_at, channel, reference, due_at, status, created_at)
                VALUES (:customerId, :receivedAt, :channel, :reference, :dueAt, :status, :createdAt)""")
                .param("customerId", r.customerId().value())
                .param("receivedAt", r.receivedAt())
                .param("channel", r.channel().name())
                .param("reference", r.reference())
                .param("dueAt", r.dueAt())
                .param("status", r.status().name())
                .param("createdAt", Timestamp.from(r.createdAt()))
                .update(key, "id");
        return ErasureRequestId.of(key.getKey().longValue());
    }

    @Override
    public Optional<ErasureRequest> find(ErasureRequestId id) {
        return jdbc.sql("SELECT * FROM erasure_request WHERE id = :id").param("id", id.value())
                .query(this::request).optional();
    }

    @Override
    public Optional<ErasureRequest> lock(ErasureRequestId id) {
        return jdbc.sql("SELECT * FROM erasure_request WHERE id = :id FOR UPDATE").param("id", id.value())
                .query(this::request).optional();
    }

    @Override
    public void update(ErasureRequest r) {
        jdbc.sql("""
                UPDATE erasure_request SET extended_until = :extendedUntil, extension_reason = :extensionReason,
                       status = :status, action = :action, approved_by = :approvedBy, approved_at = :approvedAt,
                       blockers = :blockers, refusal_reason = :refusalReason, completed_at = :completedAt
                 WHERE id = :id""")
                .param("extendedUntil", r.extendedUntil())
                .param("extensionReason", r.extensionReason())
                .param("status", r.status().name())
                .param("action", r.action() == null ? null : r.action().name())
                .param("approvedBy", r.approvedBy())
                .param("approvedAt", timestamp(r.approvedAt()))
                .param("blockers", r.blockers().isEmpty() ? null : json.writeValueAsString(r.blockers()))
                .param("refusalReason", r.refusalReason())
                .param("completedAt", timestamp(r.completedAt()))
                .param("id", r.id().value())
                .update();
    }

    @Override
    public List<ErasureRequestId> waiting(CustomerId customerId) {
        return jdbc.sql("SELECT id FROM erasure_request WHERE customer_id = :customerId AND status = 'WAITING' ORDER BY id")
                .param("customerId", customerId.value())
                .query((rs, n) -> ErasureRequestId.of(rs.getLong(1)))
                .list();
    }

    @Override
    public Optional<ErasureRequestId> completeOpen(CustomerId customerId, Instant at) {
        List<Long> open = jdbc.sql("SELECT id FROM erasure_request WHERE customer_id = :customerId AND " + OPEN
                        + " ORDER BY id FOR UPDATE")
                .param("customerId", customerId.value())
                .query(Long.class)
                .list();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE erasure_request SET status = 'DONE', blockers = NULL, completed_at = :at WHERE id IN (:ids)")
                .param("at", Timestamp.from(at))
                .param("ids", open)
                .update();
        return Optional.of(ErasureRequestId.of(open.get(0)));
    }

    @Override
    public Page<ErasureRequest> list(Status status, Boolean overdue, LocalDate today, Page.Request page) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        if (status != null) {
            where.append(" AND status = :status");
        }
        if (Boolean.TRUE.equals(overdue)) {
            where.append(" AND ").append(OPEN).append(" AND ").append(DEADLINE).append(" < :today");
        } else if (Boolean.FALSE.equals(overdue)) {
            where.append(" AND NOT (").append(OPEN).append(" AND ").append(DEADLINE).append(" < :today)");
        }
        long total = params(jdbc.sql("SELECT COUNT(*) FROM erasure_request " + where), status, overdue, today)
                .query(Long.class).single();
        List<ErasureRequest> items = params(jdbc.sql("SELECT * FROM erasure_request " + where
                        + " ORDER BY " + DEADLINE + ", id LIMIT :limit OFFSET :offset"), status, overdue, today)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::request)
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, Status status, Boolean overdue,
                                                   LocalDate today) {
        if (status != null) {
            sql = sql.param("status", status.name());
        }
        if (overdue != null) {
            sql = sql.param("today", today);
        }
        return sql;
    }

    @Override
    public Counts counts(LocalDate today) {
        return jdbc.sql("SELECT COALESCE(SUM(" + OPEN + "), 0), COALESCE(SUM(status = 'WAITING'), 0), "
                        + "COALESCE(SUM(" + OPEN + " AND " + DEADLINE + " < :today), 0) FROM erasure_request")
                .param("today", today)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    private ErasureRequest request(ResultSet rs, int n) throws SQLException {
        String blockers = rs.getString("blockers");
        String action = rs.getString("action");
        return new ErasureRequest(ErasureRequestId.of(rs.getLong("id")), CustomerId.of(rs.getLong("customer_id")),
                rs.getObject("received_at", LocalDate.class), Channel.valueOf(rs.getString("channel")),
                rs.getString("reference"), rs.getObject("due_at", LocalDate.class),
                rs.getObject("extended_until", LocalDate.class), rs.getString("extension_reason"),
                Status.valueOf(rs.getString("status")), action == null ? null : Action.valueOf(action),
                rs.getString("approved_by"), instant(rs.getTimestamp("approved_at")),
                blockers == null ? List.of() : json.readValue(blockers, BLOCKERS), rs.getString("refusal_reason"),
                instant(rs.getTimestamp("completed_at")), instant(rs.getTimestamp("created_at")));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
