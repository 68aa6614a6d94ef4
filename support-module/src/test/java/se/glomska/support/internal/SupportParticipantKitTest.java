package se.glomska.support.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.customer.kit.ParticipantKit;
import se.glomska.customer.spi.AnonymizationParticipant;

import java.util.List;

/** Support's participant held by the participant kit against support.sql on a real MariaDB. */
class SupportParticipantKitTest extends ParticipantKit {

    @Override
    protected List<String> changelogs() {
        return List.of("db/changelog/support.sql");
    }

    @Override
    protected AnonymizationParticipant participant(JdbcClient jdbc) {
        return new SupportParticipant();
    }

    @Override
    protected void recordHistory(JdbcClient jdbc, long customerId, String marker) {
        long caseId = jdbc.sql("""
                        INSERT INTO support_case (customer_id, name, email, phone, subject, text, internal_comment, created_at)
                        VALUES (:c, :m, CONCAT(:m, '@example.se'), '070-123 45 67', :m, CONCAT('Hej, ', :m),
                                CONCAT('Kunden ', :m, ' ringde'), '2025-03-04 09:30:00')
                        RETURNING id""")
                .param("c", customerId).param("m", marker).query(Long.class).single();
        jdbc.sql("INSERT INTO support_case_reply (case_id, customer_id, text, posted_at) "
                        + "VALUES (:case, :c, CONCAT('Svar till ', :m), '2025-03-05 10:00:00')")
                .param("case", caseId).param("c", customerId).param("m", marker).update();
        jdbc.sql("""
                        INSERT INTO support_mail (customer_id, document_type, document_id, name, email, phone, subject, text,
                                                  replies, internal_comment, sent_at)
                        VALUES (:c, 'INVOICE', 1001, :m, CONCAT(:m, '@example.se'), '070-123 45 67', :m, :m, :m, :m,
                                '2025-03-06 11:00:00')""")
                .param("c", customerId).param("m", marker).update();
    }
}
