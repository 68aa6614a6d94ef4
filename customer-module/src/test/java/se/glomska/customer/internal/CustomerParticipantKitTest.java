package se.glomska.customer.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.customer.kit.ParticipantKit;
import se.glomska.customer.spi.AnonymizationParticipant;

import java.util.List;

/** The customer register's own participant held by the participant kit against customer.sql on a real MariaDB. */
class CustomerParticipantKitTest extends ParticipantKit {

    @Override
    protected List<String> changelogs() {
        return List.of("db/changelog/customer.sql");
    }

    @Override
    protected AnonymizationParticipant participant(JdbcClient jdbc) {
        return new CustomerParticipant();
    }

    @Override
    protected void recordHistory(JdbcClient jdbc, long customerId, String m) {
        jdbc.sql("""
                        INSERT INTO customer (id, customer_number, kind, relation, first_name, last_name, name,
                            organization_number, vat_number, gender, customer_group, country, region, delivery_country,
                            accepts_email_marketing, accepts_postal_marketing, info, internal_info,
                            invoice_company_name, invoice_attention, invoice_line1, invoice_line2, invoice_line3,
                            invoice_postal_code, invoice_city, invoice_region, invoice_country, invoice_latitude,
                            invoice_longitude, visit_company_name, visit_line1, visit_line2, visit_line3, visit_postal_code,
                            visit_city, visit_region, visit_country, visit_latitude, visit_longitude, contact_person, phone,
                            mobile, fax, email, website, birth_date)
                        VALUES (:c, CONCAT('K', :c), 'PERSON', 'CUSTOMER', :m, :m, :m, '19121212-1212', :m, 'FEMALE', :m,
                            'SE', :m, 'SE', TRUE, TRUE, :m, :m, :m, :m, :m, :m, :m, '411 01', :m, :m, 'SE', 57.7, 11.9, :m,
                            :m, :m, :m, '411 02', :m, :m, 'SE', 57.7, 11.9, :m, '070-123 45 67', '070-765 43 21',
                            '031-12 34 56', CONCAT(:m, '@example.se'), CONCAT('https://', :m, '.example.se'), '1980-05-17')""")
                .param("c", customerId).param("m", m).update();
        jdbc.sql("""
                        INSERT INTO customer_branch (customer_id, name, line1, line2, postal_code, city, country, phone, email,
                            contact_person, notes)
                        VALUES (:c, :m, :m, :m, '411 03', :m, 'SE', '070-111 22 33', CONCAT(:m, '@example.se'), :m, :m)""")
                .param("c", customerId).param("m", m).update();
        long report = jdbc.sql("""
                        INSERT INTO credit_report (customer_id, provider, rating, reported_at, notes, file_name)
                        VALUES (:c, 'UC', 'AAA', '2025-01-02', :m, CONCAT(:m, '.pdf')) RETURNING id""")
                .param("c", customerId).param("m", m).query(Long.class).single();
        jdbc.sql("INSERT INTO credit_report_file (id, customer_id, content) VALUES (:id, :c, :bytes)")
                .param("id", report).param("c", customerId).param("bytes", ("%PDF " + m).getBytes()).update();
        jdbc.sql("""
                        INSERT INTO customer_document (customer_id, file_name, description, content)
                        VALUES (:c, CONCAT(:m, '.txt'), :m, :bytes)""")
                .param("c", customerId).param("m", m).param("bytes", m.getBytes()).update();
        jdbc.sql("INSERT INTO customer_property (customer_id, property_key, property_value) VALUES (:c, 'note', :m)")
                .param("c", customerId).param("m", m).update();
    }
}
