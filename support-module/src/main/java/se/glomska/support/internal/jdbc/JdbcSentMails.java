package se.glomska.support.internal.jdbc;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import se.glomska.support.internal.domain.DocumentType;
import se.glomska.support.internal.domain.NewMail;
import se.glomska.customer.Page;
import se.glomska.support.internal.domain.SentMail;
import se.glomska.support.internal.domain.SentMails;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static se.glomska.support.internal.jdbc.UtcTimes.instant;
import static se.glomska.support.internal.jdbc.UtcTimes.utc;

/** {@link SentMails} in the table {@code support_mail}. */
@Repository
class JdbcSentMails implements SentMails {

    private static final String SELECT = """
            SELECT id, customer_id, document_type, document_id, name, email, phone, subject, text, replies,
                   internal_comment, sent_at
              FROM support_mail""";

    private static final RowMapper<SentMail> MAIL = (rs, n) -> new SentMail(
            rs.getLong("id"),
            rs.getLong("customer_id"),
            DocumentType.valueOf(rs.getString("document_type")),
            rs.getLong("document_id"),
            rs.getString("name"),
            rs.getString("email"),
            rs.getString("phone"),
            rs.getString("subject"),
            rs.getString("text"),
            rs.getString("replies"),
            rs.getString("internal_comment"),
            instant(rs, "sent_at"));

    private final JdbcClient jdbc;

    JdbcSentMails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long add(NewMail mail) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO support_mail (customer_id, document_type, document_id, name, email, phone, subject, text,
                                                  replies, internal_comment, sent_at)
                        VALUES (:customerId, :documentType, :documentId, :name, :email, :phone, :subject, :text,
                                :replies, :internalComment, :sentAt)""")
                .param("customerId", mail.customerId())
                .param("documentType", mail.documentType().name())
                .param("documentId", mail.documentId())
                .param("name", mail.name())
                .param("email", mail.email())
                .param("phone", mail.phone())
                .param("subject", mail.subject())
                .param("text", mail.text())
                .param("replies", mail.replies())
                .param("internalComment", mail.internalComment())
                .param("sentAt", utc(mail.sentAt()))
                .update(key);
        return key.getKey().longValue();
    }

    @Override
    public Optional<SentMail> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(MAIL).optional();
    }

    @Override
    public Page<SentMail> list(Long customerId, Page.Request request) {
        String where = customerId == null ? "" : " WHERE customer_id = :customerId";
        Map<String, Object> params = new HashMap<>();
        params.put("customerId", customerId);
        long total = jdbc.sql("SELECT COUNT(*) FROM support_mail" + where).params(params).query(Long.class).single();
        List<SentMail> items = jdbc.sql(SELECT + where + " ORDER BY sent_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(MAIL)
                .list();
        return new Page<>(items, request.page(), request.size(), total);
    }
}
