package se.glomska.customer.internal.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import se.glomska.customer.internal.domain.Contact;
import se.glomska.customer.internal.domain.Customer;
import se.glomska.customer.internal.domain.CustomerDetails;
import se.glomska.customer.internal.domain.Customers;
import se.glomska.customer.internal.domain.Gender;
import se.glomska.customer.internal.domain.InvoiceAddress;
import se.glomska.customer.internal.domain.Kind;
import se.glomska.customer.internal.domain.Relation;
import se.glomska.customer.internal.domain.VisitAddress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class JdbcCustomers implements Customers {

    private static final String COLUMNS = """
            kind, relation, first_name, last_name, name, organization_number, vat_number, gender, customer_group,
            country, region, delivery_country, accepts_email_marketing, accepts_postal_marketing, info, internal_info,
            invoice_company_name, invoice_attention, invoice_line1, invoice_line2, invoice_line3, invoice_postal_code,
            invoice_city, invoice_region, invoice_country, invoice_latitude, invoice_longitude,
            visit_company_name, visit_line1, visit_line2, visit_line3, visit_postal_code, visit_city, visit_region,
            visit_country, visit_latitude, visit_longitude,
            contact_person, phone, mobile, fax, email, website, birth_date""";

    private static final String PARAMS = COLUMNS.replaceAll("([a-z0-9_]+)", ":$1");

    private final JdbcClient jdbc;

    JdbcCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long register(CustomerDetails details, java.time.Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO customer (customer_number, last_activity_at, " + COLUMNS + ") VALUES "
                        + "(CAST(NEXT VALUE FOR customer_number_seq AS CHAR), :lastActivityAt, " + PARAMS + ")")
                .params(params(details))
                .param("lastActivityAt", java.sql.Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    @Override
    public Optional<Customer> find(long id) {
        return jdbc.sql("SELECT * FROM customer WHERE id = :id").param("id", id).query(JdbcCustomers::customer).optional();
    }

    @Override
    public List<Customer> findAll(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("SELECT * FROM customer WHERE id IN (:ids) ORDER BY id")
                .param("ids", ids).query(JdbcCustomers::customer).list();
    }

    @Override
    public List<Customer> lockAll(java.util.Collection<Long> ids) {
        // A write of every row of the batch, in one statement, not only SELECT ... FOR UPDATE: see Customers#lockAll.
        CommitGuard.writeAll(jdbc, ids);
        return ids.isEmpty() ? List.of() : jdbc.sql("SELECT * FROM customer WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                .param("ids", ids).query(JdbcCustomers::customer).list();
    }

    @Override
    public java.util.Set<Long> inactiveAmong(java.util.Collection<Long> ids, java.time.Instant before) {
        return new java.util.HashSet<>(jdbc.sql("SELECT id FROM customer WHERE id IN (:ids) AND anonymized = FALSE"
                        + " AND last_activity_at < :before")
                .param("ids", ids).param("before", java.sql.Timestamp.from(before)).query(Long.class).list());
    }

    @Override
    public Optional<Customer> lock(long id) {
        // A write, not only SELECT ... FOR UPDATE: see Customers#lock.
        CommitGuard.write(jdbc, id, false, true);
        return jdbc.sql("SELECT * FROM customer WHERE id = :id FOR UPDATE").param("id", id)
                .query(JdbcCustomers::customer).optional();
    }

    @Override
    public Optional<Customer> lockNowait(long id) {
        try {
            return jdbc.sql("SELECT * FROM customer WHERE id = :id FOR UPDATE NOWAIT").param("id", id)
                    .query(JdbcCustomers::customer).optional();
        } catch (org.springframework.dao.PessimisticLockingFailureException busy) {
            return Optional.empty();
        }
    }

    @Override
    public void update(long id, CustomerDetails details) {
        String assignments = String.join(", ", COLUMNS.replaceAll("\\s+", "").split(",")).replaceAll("([a-z0-9_]+)", "$1 = :$1");
        Map<String, Object> params = params(details);
        params.put("id", id);
        jdbc.sql("UPDATE customer SET " + assignments + " WHERE id = :id").params(params).update();
    }

    private static Map<String, Object> params(CustomerDetails d) {
        InvoiceAddress invoice = d.invoiceAddress();
        VisitAddress visit = d.visitAddress();
        Contact contact = d.contact();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", d.kind().name());
        p.put("relation", d.relation().name());
        p.put("first_name", d.firstName());
        p.put("last_name", d.lastName());
        p.put("name", d.name());
        p.put("organization_number", d.organizationNumber());
        p.put("vat_number", d.vatNumber());
        p.put("gender", d.gender() == null ? null : d.gender().name());
        p.put("customer_group", d.customerGroup());
        p.put("country", d.country());
        p.put("region", d.region());
        p.put("delivery_country", d.deliveryCountry());
        p.put("accepts_email_marketing", d.acceptsEmailMarketing());
        p.put("accepts_postal_marketing", d.acceptsPostalMarketing());
        p.put("info", d.info());
        p.put("internal_info", d.internalInfo());
        p.put("invoice_company_name", invoice.companyName());
        p.put("invoice_attention", invoice.attention());
        p.put("invoice_line1", invoice.line1());
        p.put("invoice_line2", invoice.line2());
        p.put("invoice_line3", invoice.line3());
        p.put("invoice_postal_code", invoice.postalCode());
        p.put("invoice_city", invoice.city());
        p.put("invoice_region", invoice.region());
        p.put("invoice_country", invoice.country());
        p.put("invoice_latitude", invoice.latitude());
        p.put("invoice_longitude", invoice.longitude());
        p.put("visit_company_name", visit.companyName());
        p.put("visit_line1", visit.line1());
        p.put("visit_line2", visit.line2());
        p.put("visit_line3", visit.line3());
        p.put("visit_postal_code", visit.postalCode());
        p.put("visit_city", visit.city());
        p.put("visit_region", visit.region());
        p.put("visit_country", visit.country());
        p.put("visit_latitude", visit.latitude());
        p.put("visit_longitude", visit.longitude());
        p.put("contact_person", contact.contactPerson());
        p.put("phone", contact.phone());
        p.put("mobile", contact.mobile());
        p.put("fax", contact.fax());
        p.put("email", contact.email());
        p.put("website", contact.website());
        p.put("birth_date", contact.birthDate());
        return p;
    }

    private static Customer customer(ResultSet rs, int row) throws SQLException {
        String gender = rs.getString("gender");
        CustomerDetails details = new CustomerDetails(
                Kind.valueOf(rs.getString("kind")),
                Relation.valueOf(rs.getString("relation")),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("name"),
                rs.getString("organization_number"), rs.getString("vat_number"),
                gender == null ? null : Gender.valueOf(gender),
                rs.getString("customer_group"), rs.getString("country"), rs.getString("region"),
                rs.getString("delivery_country"),
                rs.getBoolean("accepts_email_marketing"), rs.getBoolean("accepts_postal_marketing"),
                rs.getString("info"), rs.getString("internal_info"),
                new InvoiceAddress(rs.getString("invoice_company_name"), rs.getString("invoice_attention"),
                        rs.getString("invoice_line1"), rs.getString("invoice_line2"), rs.getString("invoice_line3"),
                        rs.getString("invoice_postal_code"), rs.getString("invoice_city"),
                        rs.getString("invoice_region"), rs.getString("invoice_country"),
                        rs.getBigDecimal("invoice_latitude"), rs.getBigDecimal("invoice_longitude")),
                new VisitAddress(rs.getString("visit_company_name"), rs.getString("visit_line1"),
                        rs.getString("visit_line2"), rs.getString("visit_line3"), rs.getString("visit_postal_code"),
                        rs.getString("visit_city"), rs.getString("visit_region"), rs.getString("visit_country"),
                        rs.getBigDecimal("visit_latitude"), rs.getBigDecimal("visit_longitude")),
                new Contact(rs.getString("contact_person"), rs.getString("phone"), rs.getString("mobile"),
                        rs.getString("fax"), rs.getString("email"), rs.getString("website"),
                        rs.getObject("birth_date", java.time.LocalDate.class)));
        Timestamp anonymizedAt = rs.getTimestamp("anonymized_at");
        return new Customer(rs.getLong("id"), rs.getString("customer_number"), details, rs.getBoolean("anonymized"),
                anonymizedAt == null ? null : anonymizedAt.toInstant());
    }

}
