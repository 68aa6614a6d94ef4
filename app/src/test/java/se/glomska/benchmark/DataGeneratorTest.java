package se.glomska.benchmark;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.IntegrationTest;
import se.glomska.customer.internal.application.EraseCustomer;
import se.glomska.customer.ErasureChange;
import se.glomska.customer.ErasureAction;
import se.glomska.customer.ErasureDecision;
import se.glomska.customer.ErasureResult;
import se.glomska.customer.Footprint;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.FieldRule;
import se.glomska.customer.spi.PersonalDataTable;
import se.glomska.HttpApi.Response;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's data generator and floor at tiny scale, in the ordinary test run: what it builds is
 * a finished history that the application offers to anonymize, of the announced size, and the
 * hand-written floor leaves the same data behind as the application's anonymization.
 */
class DataGeneratorTest extends IntegrationTest {

    /** Values that differ between two generated copies by construction: numbers the system assigns. */
    private static final Set<String> ASSIGNED_NUMBERS = Set.of("customer.customer_number", "sales_order.order_number",
            "accounting_invoice.invoice_number",
            // a random number each write of the row draws (the cluster guard, ADR 0011): never the same twice
            "customer.write_token");

    @Autowired
    DataSource dataSource;

    @Autowired
    EraseCustomer eraseCustomer;

    @Autowired
    List<AnonymizationParticipant> participants;

    @Test
    void ordinaryCustomersAndProspectsHaveTwentyFinishedRecordsAndAreAnonymized() {
        DataGenerator.Ids ids = new DataGenerator(dataSource).ordinary(5);

        assertThat(ids.count()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT relation FROM customer WHERE id BETWEEN :a AND :b ORDER BY id")
                .param("a", ids.first()).param("b", ids.last()).query(String.class).list())
                .containsExactly("CUSTOMER", "CUSTOMER", "CUSTOMER", "CUSTOMER", "PROSPECT");
        ids.stream().forEach(id -> {
            ErasureDecision decision = eraseCustomer.decide(id);
            assertThat(decision.action()).isEqualTo(ErasureAction.ANONYMIZE);
            assertThat(decision.blockers()).isEmpty();
            assertThat(decision.allowed()).isTrue();
            assertThat(records(decision)).as("records of customer %d", id).isEqualTo(20);

            ErasureResult result = eraseCustomer.perform(id, ErasureAction.ANONYMIZE, "benchmark");

            assertThat(result.changes()).extracting(ErasureChange::recordType).contains("customer", "activity");
            // "firstName → Xxxx · lastName → Xxxx · name → Xxxx": whether or not the field was filled
            assertThat(jdbc.sql("SELECT first_name, last_name, name, email, anonymized FROM customer WHERE id = :id")
                    .param("id", id).query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3)
                            + "/" + rs.getString(4) + "/" + rs.getBoolean(5)).single())
                    .isEqualTo("Xxxx/Xxxx/Xxxx/null/true");
        });
    }

    @Test
    void aHeavyCustomerHasItsWholeHistoryAndTheFloorDoesWhatTheApplicationDoes() throws Exception {
        DataGenerator generator = new DataGenerator(dataSource);
        long viaApplication = generator.heavy(HeavyHistory.SMALL);
        long viaFloor = generator.heavy(HeavyHistory.SMALL);

        for (long id : List.of(viaApplication, viaFloor)) {
            ErasureDecision decision = eraseCustomer.decide(id);
            assertThat(decision.action()).isEqualTo(ErasureAction.ANONYMIZE);
            assertThat(decision.allowed()).as("blockers: %s", decision.blockers()).isTrue();
            assertThat(records(decision)).isEqualTo(1 + HeavyHistory.SMALL.records());
        }
        assertThat(pdfBytes(viaApplication)).isEqualTo(HeavyHistory.SMALL.creditReports()
                * (long) (HeavyHistory.SMALL.creditReportBytes() - 1));
        assertThat(snapshot(viaApplication)).isEqualTo(snapshot(viaFloor));

        Response erased = api().post("/api/customers/" + viaApplication + "/erasure",
                Map.of("action", "ANONYMIZE", "acknowledged", true));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        try (Connection connection = dataSource.getConnection()) {
            FloorErasure.prepare(connection);
            FloorErasure.anonymize(connection, viaFloor, Instant.now(), null);
            connection.setAutoCommit(true);
        }

        assertThat(eraseCustomer.decide(viaFloor).action()).isEqualTo(ErasureAction.NONE);
        assertThat(pdfBytes(viaApplication)).isZero();
        assertThat(snapshot(viaFloor)).isEqualTo(snapshot(viaApplication));
        for (long id : List.of(viaApplication, viaFloor)) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM erasure_log WHERE customer_id = :id AND action = 'ANONYMIZE'")
                    .param("id", id).query(Long.class).single()).as("erasure log entries of %d", id).isEqualTo(1);
        }
    }

    @Test
    void theDecisionListsTheFirstReviewItemsAndCountsThemAll() {
        long id = new DataGenerator(dataSource).heavy(HeavyHistory.SMALL);

        tools.jackson.databind.JsonNode all = api().get("/api/customers/" + id + "/erasure?manualReviewLimit=1000000")
                .json();
        tools.jackson.databind.JsonNode first = api().get("/api/customers/" + id + "/erasure?manualReviewLimit=5").json();

        long total = all.get("manualReviewTotal").asLong();
        assertThat(all.get("manualReview")).hasSize((int) total);
        assertThat(total).isGreaterThan(5);
        assertThat(first.get("manualReviewTotal").asLong()).isEqualTo(total);
        assertThat(first.get("manualReview")).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(first.get("manualReview").get(i)).isEqualTo(all.get("manualReview").get(i));
        }
        assertThat(api().get("/api/customers/" + id + "/erasure").json().get("manualReview"))
                .hasSize((int) Math.min(total, EraseCustomer.MANUAL_REVIEW_LIMIT));
    }

    @Test
    void searchesCountUpToTheLimitAndSayWhenThereAreMore() {
        new DataGenerator(dataSource).register(se.glomska.customer.Page.TOTAL_LIMIT + 1, 10);

        tools.jackson.databind.JsonNode many = api().get("/api/customers/search?show=INCLUDING_ANONYMIZED&country=SE")
                .json();
        assertThat(many.get("total").asLong()).isEqualTo(se.glomska.customer.Page.TOTAL_LIMIT);
        assertThat(many.get("totalCapped").asBoolean()).isTrue();
        assertThat(many.get("items")).hasSize(20);

        String email = jdbc.sql("SELECT email FROM customer WHERE anonymized = FALSE AND kind = 'PERSON'"
                + " ORDER BY id DESC LIMIT 1").query(String.class).single();
        tools.jackson.databind.JsonNode one = api().get("/api/customers?q=" + email).json();
        assertThat(one.get("total").asLong()).isEqualTo(1);
        assertThat(one.get("totalCapped").asBoolean()).isFalse();
    }

    @Test
    void pagesOfASearchWithMoreThanTheCountedMatchesAreTheMatchesInIdOrder() {
        DataGenerator.Ids register = new DataGenerator(dataSource).register(10_000, 10);
        // The most common first letter of a last name: a prefix with well over 1,000 matches.
        String prefix = jdbc.sql("""
                SELECT LEFT(last_name, 1) FROM customer WHERE id BETWEEN :first AND :last AND last_name IS NOT NULL
                GROUP BY LEFT(last_name, 1) ORDER BY COUNT(*) DESC LIMIT 1""")
                .param("first", register.first()).param("last", register.last()).query(String.class).single();

        for (int page : new int[]{0, 1, 7}) {
            tools.jackson.databind.JsonNode answer = api().get("/api/customers/search?show=INCLUDING_ANONYMIZED&name="
                    + prefix + "&page=" + page + "&size=20").json();
            List<Long> expected = jdbc.sql("""
                    SELECT id FROM customer
                    WHERE first_name LIKE :p OR last_name LIKE :p OR name LIKE :p
                    ORDER BY id LIMIT 20 OFFSET :offset""")
                    .param("p", prefix + "%").param("offset", page * 20).query(Long.class).list();
            List<Long> ids = new java.util.ArrayList<>();
            answer.get("items").forEach(i -> ids.add(i.get("id").asLong()));
            assertThat(answer.get("totalCapped").asBoolean()).as("more matches than counted").isTrue();
            assertThat(ids).as("page %d of name=%s", page, prefix).hasSize(20).isEqualTo(expected);
        }
        long matches = jdbc.sql("SELECT COUNT(*) FROM customer WHERE first_name LIKE :p OR last_name LIKE :p OR name LIKE :p")
                .param("p", prefix + "%").query(Long.class).single();
        tools.jackson.databind.JsonNode beyond = api().get("/api/customers/search?show=INCLUDING_ANONYMIZED&name="
                + prefix + "&page=" + (matches / 20 + 1) + "&size=20").json();
        assertThat(beyond.get("items")).as("a page after the last match").isEmpty();
    }

    private static long records(ErasureDecision decision) {
        return decision.footprint().stream().mapToLong(Footprint::count).sum();
    }

    private long pdfBytes(long customerId) {
        return jdbc.sql("SELECT COALESCE(SUM(LENGTH(content)), 0) FROM credit_report_file WHERE customer_id = :id")
                .param("id", customerId).query(Long.class).single();
    }

    /**
     * Every declared table's rows of the customer, without ids, links and erasure times: what two
     * copies of one history have in common, before and after their anonymization.
     */
    private List<String> snapshot(long customerId) {
        List<String> rows = new ArrayList<>();
        for (AnonymizationParticipant participant : participants) {
            for (PersonalDataTable table : participant.tables()) {
                if (!table.holdsCustomerData()) {
                    continue;
                }
                List<String> columns = table.columns().stream()
                        .filter(c -> c.rule() != FieldRule.KEY && c.rule() != FieldRule.ERASURE_TIME)
                        // the two customers' own ids differ; a link the erasure clears is not KEY (ADR 0005)
                        .filter(c -> !c.name().equals("customer_id"))
                        .map(PersonalDataTable.Column::name)
                        .filter(c -> !ASSIGNED_NUMBERS.contains(table.table() + "." + c))
                        .toList();
                String select = columns.stream()
                        .map(c -> c.equals("content") ? "MD5(content)" : "COALESCE(CAST(" + c + " AS CHAR), '∅')")
                        .reduce((a, b) -> a + ", '|', " + b).orElse("''");
                jdbc.sql("SELECT CONCAT('" + table.table() + ":', " + select + ") FROM " + table.table()
                                + " WHERE " + table.scope() + " ORDER BY id")
                        .param("customerId", customerId)
                        .query(String.class).list()
                        .forEach(rows::add);
            }
        }
        return rows;
    }
}
