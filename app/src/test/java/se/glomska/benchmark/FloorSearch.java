package se.glomska.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor of a customer search (benchmark case 4), written from what the search must answer, not
 * replayed from the statements the application sent: the first page (20 customers in id order, the
 * columns of a list row) and the number of matches, exact up to 1,000 and "over 1,000" beyond.
 * Each alternative of a criterion (a name is a prefix of the first name, the last name or the company
 * name; the ordinary search's text is any of ten things) is a branch over the index that answers it:
 * <ul>
 *   <li>criteria that are exact values only (an e-mail, a customer number): one statement, the page;
 *       fewer than 20 rows are the whole answer, so the count is needed only for a full page;</li>
 *   <li>with a prefix among the alternatives: the count first, each branch stopped after 1,001 index
 *       entries ({@code UNION} merges them), then the page: with over 1,000 matches a walk of the
 *       primary key in id order that stops at the 20th match (the matches are dense, so it reads few
 *       rows; {@code ROWS EXAMINED} bounds it), else the first 20 ids of each branch merged.</li>
 * </ul>
 */
final class FloorSearch {

    private static final String ROW = "SELECT id, customer_number, kind, first_name, last_name, name, relation, "
            + "invoice_city, anonymized FROM customer";
    private static final int PAGE = 20;
    private static final int CAP = 1000;

    /** One alternative: a condition on one indexed column with one parameter. */
    private record Branch(String condition, String value) {
    }

    /** A search: its alternatives, whether anonymized customers are left out, and whether any is a prefix. */
    record Query(List<Branch> branches, boolean hideAnonymized, boolean prefix) {
    }

    private FloorSearch() {
    }

    /** The ordinary search (q=): the text as a prefix of a name or a city, or a whole number, e-mail or phone. */
    static Query ordinary(String text) {
        String exact = text.strip();
        String prefix = prefix(exact);
        return new Query(List.of(new Branch("first_name LIKE ?", prefix), new Branch("last_name LIKE ?", prefix),
                new Branch("name LIKE ?", prefix), new Branch("customer_number = ?", exact),
                new Branch("organization_number = ?", exact), new Branch("email = ?", exact),
                new Branch("phone = ?", exact), new Branch("mobile = ?", exact),
                new Branch("invoice_city LIKE ?", prefix), new Branch("visit_city LIKE ?", prefix)), true, true);
    }

    static Query name(String prefix) {
        String p = prefix(prefix.strip());
        return new Query(List.of(new Branch("first_name LIKE ?", p), new Branch("last_name LIKE ?", p),
                new Branch("name LIKE ?", p)), true, true);
    }

    static Query email(String email) {
        return new Query(List.of(new Branch("email = ?", email.strip())), true, false);
    }

    static Query customerNumber(String number) {
        return new Query(List.of(new Branch("customer_number = ?", number.strip())), true, false);
    }

    /** city=<prefix>&show=INCLUDING_ANONYMIZED. */
    static Query cityIncludingAnonymized(String prefix) {
        String p = prefix(prefix.strip());
        return new Query(List.of(new Branch("invoice_city LIKE ?", p), new Branch("visit_city LIKE ?", p)), false, true);
    }

    /** Runs the search; answers the total (capped at 1,000) and the ids of the first page. */
    static Result run(Connection connection, Query query) throws SQLException {
        if (!query.prefix()) {
            List<Long> page = page(connection, query, false);
            return page.size() < PAGE ? new Result(page.size(), page)
                    : new Result(Math.min(count(connection, query), CAP), page);
        }
        long counted = count(connection, query);
        List<Long> page = counted > CAP ? page(connection, query, true) : null;
        if (page == null || page.size() < PAGE) {
            page = page(connection, query, false);
        }
        return new Result(Math.min(counted, CAP), page);
    }

    /** The total (capped) and the first page's ids. */
    record Result(long total, List<Long> ids) {
    }

    private static String where(Query query, String condition) {
        return " WHERE " + condition + (query.hideAnonymized() ? " AND anonymized = FALSE" : "");
    }

    private static long count(Connection connection, Query query) throws SQLException {
        List<String> branches = new ArrayList<>();
        for (Branch branch : query.branches()) {
            branches.add("(SELECT id FROM customer" + where(query, branch.condition()) + " LIMIT " + (CAP + 1) + ")");
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM ("
                + String.join(" UNION ", branches) + ") m")) {
            bind(s, query);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Long> page(Connection connection, Query query, boolean walk) throws SQLException {
        String sql;
        if (walk) {
            List<String> alternatives = query.branches().stream().map(Branch::condition).toList();
            sql = ROW + " FORCE INDEX (PRIMARY)" + where(query, "(" + String.join(" OR ", alternatives) + ")")
                    + " ORDER BY id LIMIT " + PAGE + " ROWS EXAMINED " + (PAGE * 200);
        } else if (query.branches().size() == 1) {
            sql = ROW + where(query, query.branches().get(0).condition()) + " ORDER BY id LIMIT " + PAGE;
        } else {
            List<String> branches = new ArrayList<>();
            for (Branch branch : query.branches()) {
                branches.add("(SELECT id FROM customer IGNORE INDEX FOR ORDER BY (PRIMARY)"
                        + where(query, branch.condition()) + " ORDER BY id LIMIT " + PAGE + ")");
            }
            sql = ROW + " WHERE id IN (SELECT id FROM (" + String.join(" UNION ", branches) + ") m) ORDER BY id LIMIT "
                    + PAGE;
        }
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, query);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    rs.getString(2);
                    rs.getString(4);
                    rs.getString(5);
                    rs.getString(6);
                    rs.getString(8);
                }
            }
            return ids;
        }
    }

    private static void bind(PreparedStatement s, Query query) throws SQLException {
        for (int i = 0; i < query.branches().size(); i++) {
            s.setString(i + 1, query.branches().get(i).value());
        }
    }

    private static String prefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
