package se.glomska.customer.internal.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.glomska.customer.internal.domain.CustomerQuery;
import se.glomska.customer.CustomerSummary;
import se.glomska.customer.internal.domain.CustomerSearch;
import se.glomska.customer.internal.domain.DisplayName;
import se.glomska.customer.Page;
import se.glomska.customer.internal.domain.Relation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer searches: plans each search as index-friendly branches (a prefix of a name or a city, a whole
 * customer number, organization number, e-mail or phone number) and counts up to {@link Page#TOTAL_LIMIT}.
 */
@Repository
class JdbcCustomerSearch implements CustomerSearch {

    private static final String SUMMARY = """
            SELECT c.id, c.customer_number, c.kind, c.first_name, c.last_name, c.name, c.relation, c.invoice_city,
                   c.anonymized""";

    private final JdbcClient jdbc;

    JdbcCustomerSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                .query(JdbcCustomerSearch::summary)
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
                .query(JdbcCustomerSearch::summary)
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

    private static CustomerSummary summary(ResultSet rs, int row) throws SQLException {
        return new CustomerSummary(rs.getLong("id"), rs.getString("customer_number"),
                DisplayName.of(rs.getString("kind"), rs.getString("first_name"), rs.getString("last_name"),
                        rs.getString("name")),
                Relation.valueOf(rs.getString("relation")), rs.getString("invoice_city"), rs.getBoolean("anonymized"));
    }
}
