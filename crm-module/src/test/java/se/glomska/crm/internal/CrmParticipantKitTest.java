package se.glomska.crm.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.customer.kit.ParticipantKit;
import se.glomska.customer.spi.AnonymizationParticipant;

import java.util.List;

/** CRM's participant held by the participant kit against crm.sql on a real MariaDB. */
class CrmParticipantKitTest extends ParticipantKit {

    @Override
    protected List<String> changelogs() {
        return List.of("db/changelog/crm.sql");
    }

    @Override
    protected AnonymizationParticipant participant(JdbcClient jdbc) {
        return new CrmParticipant();
    }

    @Override
    protected void recordHistory(JdbcClient jdbc, long customerId, String marker) {
        jdbc.sql("""
                        INSERT INTO crm_activity (customer_id, kind, status, subject, notes, contact_person, contact_email,
                                                  contact_phone, occurs_at, owner)
                        VALUES (:c, 'CALL', 'DONE', :m, CONCAT('Ring ', :m, ' efter kl 10'), :m, CONCAT(:m, '@example.se'),
                                '070-123 45 67', '2025-03-04 09:30:00', 'karin.sales')""")
                .param("c", customerId).param("m", marker).update();
    }
}
