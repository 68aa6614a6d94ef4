package se.glomska.crm.internal.jdbc;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import se.glomska.crm.internal.domain.Activities;
import se.glomska.crm.internal.domain.Activity;
import se.glomska.crm.internal.domain.ActivityKind;
import se.glomska.crm.internal.domain.ActivityStatus;
import se.glomska.crm.internal.domain.NewActivity;
import se.glomska.customer.Page;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Activities} in the table {@code crm_activity}; times are stored as UTC {@code DATETIME(6)}. */
@Repository
class JdbcActivities implements Activities {

    private static final String SELECT = """
            SELECT id, customer_id, kind, status, subject, notes, contact_person, contact_email, contact_phone,
                   occurs_at, owner
              FROM crm_activity""";

    private static final RowMapper<Activity> ACTIVITY = (rs, n) -> new Activity(
            rs.getLong("id"),
            rs.getObject("customer_id", Long.class),
            ActivityKind.valueOf(rs.getString("kind")),
            ActivityStatus.valueOf(rs.getString("status")),
            rs.getString("subject"),
            rs.getString("notes"),
            rs.getString("contact_person"),
            rs.getString("contact_email"),
            rs.getString("contact_phone"),
            rs.getObject("occurs_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
            rs.getString("owner"));

    private final JdbcClient jdbc;

    JdbcActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long add(NewActivity activity) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO crm_activity (customer_id, kind, status, subject, notes, contact_person, contact_email,
                                                  contact_phone, occurs_at, owner)
                        VALUES (:customerId, :kind, :status, :subject, :notes, :contactPerson, :contactEmail,
                                :contactPhone, :occursAt, :owner)""")
                .param("customerId", activity.customerId())
                .param("kind", activity.kind().name())
                .param("status", activity.status().name())
                .param("subject", activity.subject())
                .param("notes", activity.notes())
                .param("contactPerson", activity.contactPerson())
                .param("contactEmail", activity.contactEmail())
                .param("contactPhone", activity.contactPhone())
                .param("occursAt", utc(activity.occursAt()))
                .param("owner", activity.owner())
                .update(key);
        return key.getKey().longValue();
    }

    @Override
    public Optional<Activity> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ACTIVITY).optional();
    }

    @Override
    public Page<Activity> list(Long customerId, Page.Request request) {
        String where = customerId == null ? "" : " WHERE customer_id = :customerId";
        Map<String, Object> params = new HashMap<>();
        params.put("customerId", customerId);
        long total = jdbc.sql("SELECT COUNT(*) FROM crm_activity" + where).params(params).query(Long.class).single();
        List<Activity> items = jdbc.sql(SELECT + where + " ORDER BY occurs_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(ACTIVITY)
                .list();
        return new Page<>(items, request.page(), request.size(), total);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
