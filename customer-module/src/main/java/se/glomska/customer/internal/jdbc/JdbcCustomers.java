package se.glomska.customer.internal.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import se.glomska.customer.internal.domain.Contact;
import se.glomska.customer.internal.domain.Customer;
import se.glomska.customer.internal.domain.CustomerDetails;
import se.glomska.customer.internal.domain.CustomerQuery;
import se.glomska.customer.internal.domain.CustomerSummary;
import se.glomska.customer.internal.domain.Customers;
import se.glomska.customer.internal.domain.DisplayName;
import se.glomska.customer.internal.domain.Gender;
import se.glomska.customer.internal.domain.InvoiceAddress;
import se.glomska.customer.internal.domain.Kind;
import se.glomska.customer.internal.domain.Page;
import se.glomska.customer.internal.domain.Relation;
import se.glomska.customer.internal.domain.Show;
import se.glomska.customer.internal.domain.VisitAddress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
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

    private static final String SUMMARY = """
            SELECT c.id, c.customer_number, c.kind, c.first_name, c.last_name, c.name, c.relation, c.invoice_city,
                   c.anonymized""";

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
        return jdbc.sql("SELECT * FROM customer WHERE id = :id FOR UPDATE").param("id", id)
                .query(JdbcCustomers::customer).optional();
    }

    @Override
    public void update(long id, CustomerDetails details) {
        String assignments = String.join(", ", COLUMNS.replaceAll("\\s+", "").split(",")).replaceAll("([a-z0-9_]+)", "$1 = :$1");
        Map<String, Object> params = params(details);
        params.put("id", id);
        jdbc.sql("UPDATE customer SET " + assignments + " WHERE id = :id").params(params).update();
    }

    /**
     * The ordinary search: the text as a prefix of a name or a city, or as a whole customer number,
     * organization number, e-mail or phone number. Each of these is its own index-friendly branch.
     */
    @Override
    public Page<CustomerSummary> search(String text, Page.Request page) {
        Search search = new Search();
        search.filter("anonymized = FALSE");
        if (text != null && !text.isBlank()) {
            String term = text.strip();
            search.param("exact", term).param("prefix", prefix(term));
            search.anyOf(Search.NAME, "first_name LIKE :prefix", "last_name LIKE :prefix", "name LIKE :prefix",
                    "customer_number = :exact", "organization_number = :exact", "email = :exact",
                    "phone = :exact", "mobile = :exact", "invoice_city LIKE :prefix", "visit_city LIKE :prefix");
        }
        return page(search, page);
    }

    @Override
    public Page<CustomerSummary> search(CustomerQuery query, Page.Request page) {
        Search search = new Search();
        switch (query.show()) {
            case CUSTOMERS -> search.filter("anonymized = FALSE").filter("relation = 'CUSTOMER'");
            case PROSPECTS -> search.filter("anonymized = FALSE").filter("relation = 'PROSPECT'");
            case ALL -> search.filter("anonymized = FALSE");
            case INCLUDING_ANONYMIZED -> { }
        }
        if (present(query.name())) {
            search.param("name", prefix(query.name().strip()))
                    .anyOf(Search.NAME, "first_name LIKE :name", "last_name LIKE :name", "name LIKE :name");
        }
        exact(search, Search.UNIQUE, "customer_number", "customerNumber", query.customerNumber());
        exact(search, Search.EXACT, "organization_number", "organizationNumber", query.organizationNumber());
        exact(search, Search.EXACT, "email", "email", query.email());
        if (present(query.phone())) {
            search.param("phone", query.phone().strip()).anyOf(Search.EXACT, "phone = :phone", "mobile = :phone");
        }
        if (present(query.city())) {
            search.param("city", prefix(query.city().strip()))
                    .anyOf(Search.CITY, "invoice_city LIKE :city", "visit_city LIKE :city");
        }
        if (present(query.postalCode())) {
            search.param("postalCode", prefix(query.postalCode().strip()))
                    .anyOf(Search.POSTAL_CODE, "invoice_postal_code LIKE :postalCode");
        }
        if (present(query.customerGroup())) {
            search.param("customerGroup", query.customerGroup().strip()).filter("customer_group = :customerGroup");
        }
        if (present(query.country())) {
            search.param("country", query.country().strip()).filter("country = :country");
        }
        if (query.birthYearFrom() != null) {
            search.param("bornFrom", query.birthYearFrom()).filter("birth_date >= MAKEDATE(:bornFrom, 1)");
        }
        if (query.birthYearTo() != null) {
            search.param("bornTo", query.birthYearTo() + 1).filter("birth_date < MAKEDATE(:bornTo, 1)");
        }
        return page(search, page);
    }

    /**
     * Two or three statements whose work is bounded by the page and by {@link Page#TOTAL_LIMIT}, not by
     * the number of matches: the count reads at most {@code TOTAL_LIMIT + 1} ids per branch; with more
     * matches than that, a bounded {@link #walk} in id order finds the page; otherwise (or when the walk
     * gives up) the page reads the first {@code offset + size} ids per branch, merges them and fetches
     * the page's rows by id.
     */
    private Page<CustomerSummary> page(Search search, Page.Request page) {
        long counted = jdbc.sql("SELECT COUNT(*) FROM (" + search.ids("LIMIT " + (Page.TOTAL_LIMIT + 1), false) + ") m")
                .params(search.params)
                .query(Long.class)
                .single();
        boolean capped = counted > Page.TOTAL_LIMIT;
        boolean early = page.offset() + page.size() <= WALK_WINDOW;
        List<CustomerSummary> items = capped && early ? walk(search, page) : null;
        if (items == null) {
            items = ranges(search, page);
        }
        return new Page<>(items, page.page(), page.size(), capped ? Page.TOTAL_LIMIT : counted, capped);
    }

    /** Rows of the register a {@link #walk} may read per row of the page it looks for. */
    static final int WALK_ROWS_PER_RESULT = 200;

    /**
     * Only pages within the first this many matches are walked (at most 20,000 rows read); a deep page
     * would let the walk read the whole register before the ranges answer anyway.
     */
    static final int WALK_WINDOW = 100;

    /**
     * With more than {@link Page#TOTAL_LIMIT} matches the page is usually found early in id order: a
     * name prefix that matches 25,000 customers has its first 20 among the first ~800 rows of the
     * register, while reading its whole index range and sorting it by id takes 10 to 25 ms. Walks the
     * primary key in id order, stopping when the page is full or after {@link #WALK_ROWS_PER_RESULT}
     * rows per row wanted ({@code LIMIT ROWS EXAMINED}: the matches are fewer or lie late); then, null.
     */
    private List<CustomerSummary> walk(Search search, Page.Request page) {
        List<CustomerSummary> found = jdbc.sql(SUMMARY + " FROM customer c FORCE INDEX (PRIMARY)" + search.where()
                        + " ORDER BY c.id LIMIT :offset, :limit ROWS EXAMINED :examined")
                .params(search.params)
                .param("offset", page.offset())
                .param("limit", page.size())
                .param("examined", (long) (page.offset() + page.size()) * WALK_ROWS_PER_RESULT)
                .query(JdbcCustomers::summary)
                .list();
        return found.size() == page.size() ? found : null;
    }

    /** The page from the branches' index ranges: the first {@code offset + size} ids of each, merged. */
    private List<CustomerSummary> ranges(Search search, Page.Request page) {
        return jdbc.sql(SUMMARY + " FROM (SELECT id FROM ("
                        + search.ids("ORDER BY id LIMIT :window", true) + ") m ORDER BY id LIMIT :limit OFFSET :offset) p"
                        + " JOIN customer c ON c.id = p.id ORDER BY c.id")
                .params(search.params)
                .param("window", page.offset() + page.size())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcCustomers::summary)
                .list();
    }

    private static void exact(Search search, int rank, String column, String param, String value) {
        if (present(value)) {
            search.param(param, value.strip()).anyOf(rank, column + " = :" + param);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A LIKE pattern matching values that start with the text, wildcards in the text taken literally. */
    private static String prefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * A search as a union of index-friendly branches. The alternatives of one criterion (a name is a
     * first name, a last name or a company name) would make one {@code OR} across columns, which MariaDB
     * answers with an index merge over the whole match or a scan in id order; instead, the most
     * selective criterion ({@code rank}) becomes the branches, each a range on its own index
     * ({@code column, anonymized}) with every other criterion as a filter, and the ids they find are
     * merged ({@code UNION}). Without a criterion, one branch holds the filters alone.
     */
    private static final class Search {
        static final int UNIQUE = 0;
        static final int EXACT = 1;
        static final int NAME = 2;
        static final int CITY = 3;
        static final int POSTAL_CODE = 4;

        private final List<String> filters = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();
        private List<String> branches = List.of();
        private int branchesRank = Integer.MAX_VALUE;

        Search filter(String condition) {
            filters.add(condition);
            return this;
        }

        Search param(String name, Object value) {
            params.put(name, value);
            return this;
        }

        /** A criterion met when any of the alternatives holds. */
        Search anyOf(int rank, String... alternatives) {
            if (rank < branchesRank) {
                if (!branches.isEmpty()) {
                    filters.add(or(branches));
                }
                branches = List.of(alternatives);
                branchesRank = rank;
            } else {
                filters.add(or(List.of(alternatives)));
            }
            return this;
        }

        /**
         * The ids of the matches, each branch ended by {@code tail} (an ORDER BY and a LIMIT). With
         * {@code ordered}, a branch reads its own index range and sorts the ids it finds: MariaDB would
         * otherwise walk the primary key in id order until enough rows match, fast when many do, a
         * walk through the whole register when few do (the p99 of seconds this replaced).
         */
        String ids(String tail, boolean ordered) {
            String from = ordered && !branches.isEmpty() ? " IGNORE INDEX FOR ORDER BY (PRIMARY)" : "";
            List<String> where = branches.isEmpty() ? List.of(where(null)) : branches.stream().map(this::where).toList();
            if (where.size() == 1) {
                return "SELECT id FROM customer" + from + where.get(0) + " " + tail;
            }
            return String.join(" UNION ", where.stream()
                    .map(w -> "(SELECT id FROM customer" + from + w + " " + tail + ")")
                    .toList());
        }

        /** The whole condition: any of the branches, and every filter. */
        String where() {
            return where(branches.isEmpty() ? null : or(branches));
        }

        private String where(String branch) {
            List<String> all = new ArrayList<>();
            if (branch != null) {
                all.add(branch);
            }
            all.addAll(filters);
            return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
        }

        private static String or(List<String> alternatives) {
            return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" OR ", alternatives) + ")";
        }
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

    private static CustomerSummary summary(ResultSet rs, int row) throws SQLException {
        return new CustomerSummary(rs.getLong("id"), rs.getString("customer_number"),
                DisplayName.of(rs.getString("kind"), rs.getString("first_name"), rs.getString("last_name"),
                        rs.getString("name")),
                Relation.valueOf(rs.getString("relation")), rs.getString("invoice_city"), rs.getBoolean("anonymized"));
    }
}
