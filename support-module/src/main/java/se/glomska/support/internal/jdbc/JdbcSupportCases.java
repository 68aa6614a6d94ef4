package se.glomska.support.internal.jdbc;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import se.glomska.support.internal.domain.NewCase;
import se.glomska.customer.Page;
import se.glomska.support.internal.domain.PostedReply;
import se.glomska.support.internal.domain.Reply;
import se.glomska.support.internal.domain.SupportCase;
import se.glomska.support.internal.domain.SupportCases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static se.glomska.support.internal.jdbc.UtcTimes.instant;
import static se.glomska.support.internal.jdbc.UtcTimes.utc;

/** {@link SupportCases} in the tables {@code support_case} and {@code support_case_reply}. */
@Repository
class JdbcSupportCases implements SupportCases {

    private static final String SELECT = """
            SELECT id, customer_id, name, email, phone, subject, text, internal_comment, created_at
              FROM support_case""";

    private static final RowMapper<Reply> REPLY = (rs, n) ->
            new Reply(rs.getLong("id"), rs.getString("text"), instant(rs, "posted_at"));

    private final JdbcClient jdbc;

    JdbcSupportCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long open(NewCase supportCase, Instant createdAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO support_case (customer_id, name, email, phone, subject, text, internal_comment, created_at)
                        VALUES (:customerId, :name, :email, :phone, :subject, :text, :internalComment, :createdAt)""")
                .param("customerId", supportCase.customerId())
                .param("name", supportCase.name())
                .param("email", supportCase.email())
                .param("phone", supportCase.phone())
                .param("subject", supportCase.subject())
                .param("text", supportCase.text())
                .param("internalComment", supportCase.internalComment())
                .param("createdAt", utc(createdAt))
                .update(key);
        return key.getKey().longValue();
    }

    @Override
    public long add(PostedReply reply) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO support_case_reply (case_id, customer_id, text, posted_at)
                        VALUES (:caseId, :customerId, :text, :postedAt)""")
                .param("caseId", reply.caseId())
                .param("customerId", reply.customerId())
                .param("text", reply.text())
                .param("postedAt", utc(reply.postedAt()))
                .update(key);
        return key.getKey().longValue();
    }

    @Override
    public Optional<SupportCase> find(long id) {
        List<Reply> replies = jdbc.sql("SELECT id, text, posted_at FROM support_case_reply WHERE case_id = :id ORDER BY posted_at, id")
                .param("id", id)
                .query(REPLY)
                .list();
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> supportCase(rs, replies))
                .optional();
    }

    @Override
    public Page<SupportCase> list(Long customerId, Page.Request request) {
        String where = customerId == null ? "" : " WHERE customer_id = :customerId";
        Map<String, Object> params = new HashMap<>();
        params.put("customerId", customerId);
        long total = jdbc.sql("SELECT COUNT(*) FROM support_case" + where).params(params).query(Long.class).single();
        List<SupportCase> items = jdbc.sql(SELECT + where + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query((rs, n) -> supportCase(rs, List.of()))
                .list();
        return new Page<>(items, request.page(), request.size(), total);
    }

    private static SupportCase supportCase(ResultSet rs, List<Reply> replies) throws SQLException {
        return new SupportCase(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("subject"),
                rs.getString("text"),
                rs.getString("internal_comment"),
                instant(rs, "created_at"),
                replies);
    }
}
