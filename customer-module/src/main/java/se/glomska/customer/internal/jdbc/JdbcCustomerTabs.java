package se.glomska.customer.internal.jdbc;

import se.glomska.customer.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import se.glomska.customer.internal.domain.Branch;
import se.glomska.customer.internal.domain.CreditReport;
import se.glomska.customer.internal.domain.CustomerDocument;
import se.glomska.customer.internal.domain.CustomerTabs;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class JdbcCustomerTabs implements CustomerTabs {

    private final JdbcClient jdbc;

    JdbcCustomerTabs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long addBranch(long customerId, Branch b) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO customer_branch (customer_id, name, line1, line2, postal_code, city, country, phone, email,
                                             contact_person, notes)
                VALUES (:customerId, :name, :line1, :line2, :postalCode, :city, :country, :phone, :email,
                        :contactPerson, :notes)""")
                .param("customerId", customerId)
                .param("name", b.name()).param("line1", b.line1()).param("line2", b.line2())
                .param("postalCode", b.postalCode()).param("city", b.city()).param("country", b.country())
                .param("phone", b.phone()).param("email", b.email()).param("contactPerson", b.contactPerson())
                .param("notes", b.notes())
                .update(key, "id");
        return key.getKey().longValue();
    }

    @Override
    public List<Branch> branches(long customerId) {
        return jdbc.sql("SELECT * FROM customer_branch WHERE customer_id = :customerId ORDER BY id")
                .param("customerId", customerId)
                .query((rs, n) -> branch(rs))
                .list();
    }

    @Override
    public Map<Long, List<Branch>> branches(java.util.Collection<Long> customerIds) {
        Map<Long, List<Branch>> branches = new LinkedHashMap<>();
        if (customerIds.isEmpty()) {
            return branches;
        }
        jdbc.sql("SELECT * FROM customer_branch WHERE customer_id IN (:customerIds) ORDER BY customer_id, id")
                .param("customerIds", customerIds)
                .query(rs -> {
                    branches.computeIfAbsent(rs.getLong("customer_id"), k -> new java.util.ArrayList<>()).add(branch(rs));
                });
        return branches;
    }

    private static Branch branch(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Branch(rs.getLong("id"), rs.getString("name"), rs.getString("line1"),
                rs.getString("line2"), rs.getString("postal_code"), rs.getString("city"),
                rs.getString("country"), rs.getString("phone"), rs.getString("email"),
                rs.getString("contact_person"), rs.getString("notes"));
    }

    @Override
    public long addCreditReport(long customerId, CreditReport r, byte[] pdf) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO credit_report (customer_id, provider, rating, reported_at, notes, file_name)
                VALUES (:customerId, :provider, :rating, :reportedAt, :notes, :fileName)""")
                .param("customerId", customerId).param("provider", r.provider()).param("rating", r.rating())
                .param("reportedAt", r.reportedAt()).param("notes", r.notes()).param("fileName", r.fileName())
                .update(key, "id");
        long id = key.getKey().longValue();
        if (pdf != null) {
            jdbc.sql("INSERT INTO credit_report_file (id, customer_id, content) VALUES (:id, :customerId, :content)")
                    .param("id", id).param("customerId", customerId).param("content", pdf)
                    .update();
        }
        return id;
    }

    @Override
    public List<CreditReport> creditReports(long customerId) {
        return jdbc.sql("SELECT * FROM credit_report WHERE customer_id = :customerId ORDER BY id")
                .param("customerId", customerId)
                .query((rs, n) -> new CreditReport(rs.getLong("id"), rs.getString("provider"), rs.getString("rating"),
                        rs.getObject("reported_at", java.time.LocalDate.class), rs.getString("notes"),
                        rs.getString("file_name")))
                .list();
    }

    @Override
    public Optional<CreditReport.Pdf> creditReportPdf(CustomerId customer, long reportId) {
        long customerId = customer.value();
        return jdbc.sql("""
                SELECT r.file_name, f.content FROM credit_report r JOIN credit_report_file f ON f.id = r.id
                WHERE r.id = :id AND r.customer_id = :customerId""")
                .param("id", reportId).param("customerId", customerId)
                .query((rs, n) -> new CreditReport.Pdf(rs.getString("file_name"), rs.getBytes("content")))
                .optional();
    }

    @Override
    public long addDocument(long customerId, String fileName, String description, byte[] content) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO customer_document (customer_id, file_name, description, content)
                VALUES (:customerId, :fileName, :description, :content)""")
                .param("customerId", customerId).param("fileName", fileName).param("description", description)
                .param("content", content)
                .update(key, "id");
        return key.getKey().longValue();
    }

    @Override
    public List<CustomerDocument> documents(long customerId) {
        // Never the content itself: 40 documents of 8 MB would fill the heap.
        return jdbc.sql("""
                SELECT id, file_name, description, LENGTH(content) AS size, created_at FROM customer_document
                WHERE customer_id = :customerId ORDER BY id""")
                .param("customerId", customerId)
                .query((rs, n) -> {
                    Timestamp created = rs.getTimestamp("created_at");
                    return new CustomerDocument(rs.getLong("id"), rs.getString("file_name"),
                            rs.getString("description"), rs.getLong("size"), created.toInstant());
                })
                .list();
    }

    @Override
    public Optional<CustomerDocument.Content> documentContent(CustomerId customer, long documentId) {
        long customerId = customer.value();
        return jdbc.sql("SELECT file_name, content FROM customer_document WHERE id = :id AND customer_id = :customerId")
                .param("id", documentId).param("customerId", customerId)
                .query((rs, n) -> new CustomerDocument.Content(rs.getString("file_name"), rs.getBytes("content")))
                .optional();
    }

    @Override
    public void putProperty(long customerId, String key, String value) {
        jdbc.sql("""
                INSERT INTO customer_property (customer_id, property_key, property_value)
                VALUES (:customerId, :key, :value)
                ON DUPLICATE KEY UPDATE property_value = VALUES(property_value)""")
                .param("customerId", customerId).param("key", key).param("value", value)
                .update();
    }

    @Override
    public Map<String, String> properties(long customerId) {
        Map<String, String> properties = new LinkedHashMap<>();
        jdbc.sql("SELECT property_key, property_value FROM customer_property WHERE customer_id = :customerId "
                        + "ORDER BY property_key")
                .param("customerId", customerId)
                .query(rs -> {
                    properties.put(rs.getString("property_key"), rs.getString("property_value"));
                })
                ;
        return properties;
    }

    @Override
    public Optional<Long> propertyId(long customerId, String key) {
        return jdbc.sql("SELECT id FROM customer_property WHERE customer_id = :customerId AND property_key = :key")
                .param("customerId", customerId)
                .param("key", key)
                .query(Long.class)
                .optional();
    }
}
