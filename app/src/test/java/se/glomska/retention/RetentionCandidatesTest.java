package se.glomska.retention;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.glomska.IntegrationTest;
import se.glomska.TestClock;
import se.glomska.benchmark.DataGenerator;
import se.glomska.benchmark.HeavyHistory;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, "Candidates equal a plain SQL reference over generated histories with a fixed clock": generated
 * registers (customers with about twenty records across the modules, heavy customers with records of every kind,
 * customers without any record, some anonymized), their times spread over seven years from 2012 (the generator's bookkeeping records keep the times it gave them: they are never updated), their
 * last activity computed by the application (the start-up backfill), the application's clock fixed three years
 * after a horizon in the middle of them. The candidates of {@code GET /api/retention/candidates} (the list the
 * retention page shows) are then exactly, in order and with their times, the not anonymized customers whose latest
 * registration or record time by {@link RecordTimes#REFERENCE} (written by hand, reading every module's tables) is
 * before the horizon. Boundaries: a record exactly at the horizon keeps a customer, one a microsecond before does
 * not; a customer without records counts from its registration; a receipt, a document and an activity count.
 * <p>
 * Every candidate of the whole list is inactive by the reference; the generated customers are left without a last
 * activity at the end (never a candidate) so that no other test's retention run finds them.
 */
class RetentionCandidatesTest extends IntegrationTest {

    private static final Instant ERA = Instant.parse("2012-01-01T00:00:00Z");
    /** The horizon: about the middle of the generated times, to the microsecond. */
    private static final Instant HORIZON = Instant.parse("2020-06-15T10:00:00.123456Z");

    @Autowired
    TestClock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    private long first;
    private long last;

    @AfterEach
    void leaveNoCandidates() {
        clock.reset();
        if (last > 0) {
            jdbc.sql("UPDATE customer SET last_activity_at = NULL WHERE id BETWEEN :first AND :last")
                    .param("first", first).param("last", last).update();
        }
    }

    @Test
    void candidatesAreExactlyTheCustomersWhoseLatestRecordIsBeforeTheHorizon() {
        long seed = Long.getLong("glomska.seed", System.nanoTime());
        Random random = new Random(seed);
        DataGenerator generator = new DataGenerator(dataSource);
        DataGenerator.Ids ordinary = generator.ordinary(40);
        List<Long> heavy = List.of(generator.heavy(HeavyHistory.SMALL), generator.heavy(HeavyHistory.SMALL),
                generator.heavy(HeavyHistory.SMALL));
        DataGenerator.Ids bare = generator.register(15, 5);
        first = ordinary.first();
        last = bare.last();
        assertThat(heavy).allMatch(id -> id > ordinary.last() && id < bare.first());
        RecordTimes.spread(jdbc, first, last, ERA, random);
        for (long id = ordinary.first(); id <= ordinary.last(); id += 3) {
            RecordTimes.document(jdbc, id, ERA.plus(random.nextInt(4000), ChronoUnit.DAYS));
        }

        // Boundaries: everything well before the horizon but for one record (among customers whose bookkeeping
        // records, which never change, are well before it too)
        Instant before = HORIZON.minus(10, ChronoUnit.DAYS);
        List<Long> early = new ArrayList<>();
        for (long id = ordinary.first(); id <= ordinary.last() && early.size() < 6; id++) {
            Instant bookkeeping = RecordTimes.latestBookkeeping(jdbc, id);
            boolean invoiced = jdbc.sql("SELECT COUNT(*) FROM accounting_invoice WHERE customer_id = :id")
                    .param("id", id).query(Long.class).single() > 0;
            if (invoiced && bookkeeping.isBefore(before)) {
                early.add(id);
            }
        }
        assertThat(early).as("generated customers with early bookkeeping").hasSize(6);
        long replyAtHorizon = early.get(0);
        long paymentJustBefore = early.get(1);
        long documentAtHorizon = early.get(2);
        long activityJustAfter = early.get(3);
        long receiptAtHorizon = early.get(4);
        long reminderJustBefore = early.get(5);
        long bareAtHorizon = bare.first();
        long bareJustBefore = bare.first() + 1;
        long anonymizedLongAgo = bare.first() + 4; // every fifth of bare is anonymized
        for (long id : List.of(replyAtHorizon, paymentJustBefore, documentAtHorizon, activityJustAfter,
                receiptAtHorizon, reminderJustBefore, bareAtHorizon, bareJustBefore, anonymizedLongAgo)) {
            RecordTimes.setAll(jdbc, id, before);
        }
        RecordTimes.document(jdbc, documentAtHorizon, before);
        RecordTimes.setOne(jdbc, "support_case_reply", replyAtHorizon, HORIZON);
        RecordTimes.setOne(jdbc, "accounting_payment", paymentJustBefore, HORIZON.minusNanos(1000));
        RecordTimes.setOne(jdbc, "customer_document", documentAtHorizon, HORIZON);
        RecordTimes.setOne(jdbc, "crm_activity", activityJustAfter, HORIZON.plusNanos(1000));
        RecordTimes.setOne(jdbc, "accounting_receipt", receiptAtHorizon, HORIZON);
        RecordTimes.setOne(jdbc, "accounting_payment_reminder", reminderJustBefore, HORIZON.minusNanos(1000));
        jdbc.sql("UPDATE customer SET created_at = :t WHERE id = :id").param("t", java.sql.Timestamp.from(HORIZON))
                .param("id", bareAtHorizon).update();
        jdbc.sql("UPDATE customer SET created_at = :t WHERE id = :id")
                .param("t", java.sql.Timestamp.from(HORIZON.minusNanos(1000))).param("id", bareJustBefore).update();
        assertThat(jdbc.sql("SELECT anonymized FROM customer WHERE id = :id").param("id", anonymizedLongAgo)
                .query(Boolean.class).single()).isTrue();

        // The application computes their last activity (as at start-up: the generator leaves it NULL)
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer WHERE id BETWEEN :first AND :last"
                        + " AND last_activity_at IS NULL").param("first", first).param("last", last)
                .query(Long.class).single()).isEqualTo(last - first + 1);
        LastActivityBackfillTest.backfill(jdbc, context, first, last);

        // The application's clock: three years after the horizon
        clock.fix(HORIZON.atZone(ZoneId.of("Europe/Stockholm")).plus(Period.ofYears(3)).toInstant());
        List<RecordTimes.Row> expected = new ArrayList<>();
        java.util.Set<Long> inactiveAnywhere = new java.util.HashSet<>();
        for (RecordTimes.Row row : RecordTimes.reference(jdbc, 0, Long.MAX_VALUE)) {
            if (!row.anonymized() && row.lastActivity().isBefore(HORIZON)) {
                inactiveAnywhere.add(row.id());
                if (row.id() >= first && row.id() <= last) {
                    expected.add(row);
                }
            }
        }
        List<RecordTimes.Row> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = api().get("/api/retention/candidates?size=13&page=" + page).json();
            assertThat(Instant.parse(answer.get("inactiveBefore").asString())).isEqualTo(HORIZON);
            answer.get("items").forEach(c -> found.add(new RecordTimes.Row(c.get("customerId").asLong(), false,
                    Instant.parse(c.get("lastActivityAt").asString()))));
            if (answer.get("items").size() < 13) {
                assertThat(answer.get("total").asLong()).isEqualTo(found.size());
                break;
            }
        }

        String why = "seed " + seed + ", customers " + first + ".." + last;
        // Other tests' customers are from after the horizon, or generated by SQL without a last activity (never a
        // candidate, though the reference may find them old): every candidate is inactive by the reference, and
        // the generated ones are exactly, in order, those the reference finds.
        assertThat(found).as(why).allMatch(c -> inactiveAnywhere.contains(c.id()));
        found.removeIf(c -> c.id() < first || c.id() > last);
        assertThat(found).as(why).containsExactlyElementsOf(expected);
        // Not a vacuous comparison: both sides of the horizon are among the generated customers
        assertThat(expected.size()).as(why).isBetween(5, (int) (last - first));
        List<Long> ids = found.stream().map(RecordTimes.Row::id).toList();
        assertThat(ids).as(why).doesNotContain(replyAtHorizon, documentAtHorizon, activityJustAfter,
                receiptAtHorizon, bareAtHorizon, anonymizedLongAgo);
        assertThat(found).as(why).contains(new RecordTimes.Row(paymentJustBefore, false, HORIZON.minusNanos(1000)),
                new RecordTimes.Row(reminderJustBefore, false, HORIZON.minusNanos(1000)),
                new RecordTimes.Row(bareJustBefore, false, HORIZON.minusNanos(1000)));
    }
}
