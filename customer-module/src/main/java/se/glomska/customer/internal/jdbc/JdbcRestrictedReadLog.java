package se.glomska.customer.internal.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.glomska.customer.internal.domain.RestrictedRead;
import se.glomska.customer.internal.domain.RestrictedReadLog;

import java.sql.Timestamp;
import java.util.List;

/** The access record in its table; rows are only ever inserted (the database refuses the rest). */
@Repository
class JdbcRestrictedReadLog implements RestrictedReadLog {

    private final JdbcClient jdbc;

    JdbcRestrictedReadLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(RestrictedRead read) {
        jdbc.sql("""
                INSERT INTO restricted_access (actor, accessed_at, record_type, record_id)
                VALUES (:actor, :at, :recordType, :recordId)""")
                .param("actor", read.actor())
                .param("at", Timestamp.from(read.at()))
                .param("recordType", read.recordType())
                .param("recordId", read.recordId())
                .update();
    }

    @Override
    public List<RestrictedRead> newestFirst(int limit) {
        return jdbc.sql("SELECT * FROM restricted_access ORDER BY accessed_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new RestrictedRead(rs.getString("actor"), rs.getTimestamp("accessed_at").toInstant(),
                        rs.getString("record_type"), rs.getLong("record_id")))
                .list();
    }
}
