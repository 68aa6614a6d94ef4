package se.glomska.reliability;

import se.glomska.erasure.ErasureChecks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.PersonalDataTable;
import se.glomska.erasure.ErasureSpec;
import se.glomska.erasure.ErasureSpec.Expect;
import se.glomska.erasure.Markers;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: for ANY customer history — a random subset of every module's record types in random
 * numbers, with random text (Swedish letters, SQL metacharacters, emoji, right-to-left text, combining
 * marks, white space) in random fields — the erasure the system offers (ANONYMIZE when there are
 * transactions, otherwise DELETE) leaves
 * <ul>
 *   <li>no trace of the customer's text outside the fields the spec keeps (section-5 REVIEW fields)
 *       and the bookkeeping records;</li>
 *   <li>every kept field (REVIEW, BOOKKEEPING, and the ids and non-personal columns) and every
 *       bookkeeping record byte for byte as it was;</li>
 *   <li>every changed field with the value its rule prescribes (Xxxx, NULL, 0, the year, ...);</li>
 *   <li>after a DELETE, no row of the customer anywhere; and exactly one erasure log entry.</li>
 * </ul>
 * Histories come from seeds: {@code -Dglomska.histories=N} sets how many (default 25) and
 * {@code -Dglomska.seed=S} the first seed, so that a failing history is rebuilt exactly.
 * <p>
 * A seeded property test in plain JUnit rather than jqwik: jqwik's author asks that it not be used by
 * AI coding agents, which develop this project, and from 1.10 on it prints text aimed at such agents.
 */
class RandomHistoriesErasureTest extends IntegrationTest {

    private static final int HISTORIES = Integer.getInteger("glomska.histories", 25);
    private static final long SEED = Long.getLong("glomska.seed", System.nanoTime());
    private static final AtomicInteger CHECKED = new AtomicInteger();
    private static final Map<String, AtomicInteger> ACTIONS = new LinkedHashMap<>();
    private static final AtomicInteger RECORDS = new AtomicInteger();

    @Autowired
    List<AnonymizationParticipant> participants;

    @TestFactory
    Stream<DynamicTest> erasureKeepsExactlyWhatTheRulesKeepForRandomHistories() {
        Random seeds = new Random(SEED);
        return IntStream.range(0, HISTORIES).mapToObj(i -> {
            long seed = seeds.nextLong();
            return DynamicTest.dynamicTest("history " + (i + 1) + " of " + HISTORIES + " (seed " + seed + ")",
                    () -> check(seed));
        });
    }

    @AfterAll
    static void report() {
        System.out.printf("Random histories: %d checked (first seed %d, -Dglomska.seed=%d repeats them): %s, "
                + "%d records%n", CHECKED.get(), SEED, SEED, ACTIONS, RECORDS.get());
    }

    private void check(long seed) {
        RandomHistory h = RandomHistory.build(api(), seed, Markers.next());
        ErasureChecks.awaitEventsCompleted(jdbc);
        String path = "/api/customers/" + h.customerId + "/erasure";
        JsonNode decision = api().get(path).json();
        String action = h.transactions ? "ANONYMIZE" : "DELETE";
        assertThat(decision.get("action").asString()).as(h.toString()).isEqualTo(action);
        assertThat(decision.get("allowed").asBoolean()).as(h + " " + decision).isTrue();
        assertThat(ErasureChecks.markersOutsideKeptPlaces(jdbc, h.marker)).as(h.toString())
                .isNotEmpty();
        Map<String, Rows> before = snapshot(h.customerId);

        Response erased = api().post(path, Map.of("action", action, "acknowledged", true));

        assertThat(erased.status()).as(h + " " + erased).isEqualTo(200);
        assertThat(ErasureChecks.markersOutsideKeptPlaces(jdbc, h.marker))
                .as("customer text outside kept fields and bookkeeping records, " + h).isEmpty();
        assertThat(ErasureChecks.logEntries(jdbc, h.customerId)).as(h.toString()).isEqualTo(1);
        List<String> differences = new ArrayList<>();
        for (Scoped scoped : tables()) {
            ErasureSpec.Table table = scoped.spec();
            Rows was = before.get(table.name());
            Rows now = rows(scoped, was.ids());
            if (action.equals("DELETE") || table.rowsDeleted()) {
                if (!now.values().isEmpty()) {
                    differences.add(table.name() + ": rows left " + now.ids());
                }
                continue;
            }
            if (!now.ids().equals(was.ids())) {
                differences.add(table.name() + ": rows " + was.ids() + " became " + now.ids());
                continue;
            }
            for (Map.Entry<Long, Map<String, String>> row : was.values().entrySet()) {
                Map<String, String> after = now.values().get(row.getKey());
                for (Map.Entry<String, Expect> column : table.columns().entrySet()) {
                    String old = row.getValue().get(column.getKey());
                    String value = after.get(column.getKey());
                    String expected = expected(table, column.getKey(), column.getValue(), old);
                    if (expected != ANY && !java.util.Objects.equals(expected, value)) {
                        differences.add(table.name() + "#" + row.getKey() + "." + column.getKey() + " ("
                                + column.getValue() + "): " + text(old) + " became " + text(value) + ", expected "
                                + text(expected));
                    }
                }
            }
        }
        assertThat(differences).as(h.toString()).isEmpty();
        if (action.equals("ANONYMIZE")) {
            JsonNode card = api().get("/api/customers/" + h.customerId).json();
            assertThat(card.get("anonymized").asBoolean()).isTrue();
            assertThat(card.get("tabs")).isEmpty();
        } else {
            assertThat(api().get("/api/customers/" + h.customerId).status()).isEqualTo(404);
        }
        CHECKED.incrementAndGet();
        synchronized (ACTIONS) {
            ACTIONS.computeIfAbsent(action, a -> new AtomicInteger()).incrementAndGet();
        }
        RECORDS.addAndGet(h.records.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static final String ANY = new String("<any>");

    /**
     * The column's value after the anonymization, as HEX of its bytes, from the answer key {@link ErasureSpec}
     * (the spec, not the modules' declarations); {@link #ANY} where not fixed.
     */
    private static String expected(ErasureSpec.Table table, String column, Expect rule, String before) {
        if (table.kind() == ErasureSpec.TableKind.BOOKKEEPING) {
            return before;
        }
        if (ErasureSpec.GUARDS.contains(table.name() + "." + column)) {
            return ANY;
        }
        return switch (rule) {
            case KEPT, REVIEW, BOOKKEEPING -> before;
            case PLACEHOLDER -> hex("Xxxx");
            case CLEAR -> null;
            case ZERO -> hex("0.000000");
            case FALSE -> hex("0");
            case TRUE -> hex("1");
            case YEAR_ONLY -> before == null ? null : hex(unhex(before).substring(0, 4) + "-01-01");
            case ERASURE_TIME -> ANY;
        };
    }

    /** The customer's rows of every table and, for each row, every column as HEX of its bytes. */
    private Map<String, Rows> snapshot(long customerId) {
        Map<String, Rows> rows = new LinkedHashMap<>();
        for (Scoped table : tables()) {
            List<Long> ids = jdbc.sql("SELECT id FROM " + table.spec().name() + " WHERE " + table.scope()
                            + " ORDER BY id")
                    .param("customerId", customerId).query(Long.class).list();
            rows.put(table.spec().name(), rows(table, ids));
        }
        return rows;
    }

    private Rows rows(Scoped table, List<Long> ids) {
        Map<Long, Map<String, String>> values = new LinkedHashMap<>();
        java.util.Set<String> names = table.spec().columns().keySet();
        if (!ids.isEmpty()) {
            String columns = names.stream()
                    .map(c -> "HEX(CAST(" + c + " AS BINARY)) AS " + c)
                    .collect(Collectors.joining(", "));
            jdbc.sql("SELECT id AS row_id, " + columns + " FROM " + table.spec().name()
                            + " WHERE id IN (:ids) ORDER BY id")
                    .param("ids", ids)
                    .query(rs -> {
                        Map<String, String> row = new LinkedHashMap<>();
                        for (String column : names) {
                            row.put(column, rs.getString(column));
                        }
                        values.put(rs.getLong("row_id"), row);
                    });
        }
        return new Rows(values);
    }

    /** Rows by id (those that exist), each column as HEX of its bytes. */
    private record Rows(Map<Long, Map<String, String>> values) {
        List<Long> ids() {
            return List.copyOf(values.keySet());
        }
    }

    /** A table of the answer key that holds customer data, with the module's SQL selecting the customer's rows. */
    private record Scoped(ErasureSpec.Table spec, String scope) {
    }

    /**
     * Every table of the answer key that holds customer data; the rows of the customer are found with the
     * owning module's scope (a query, not a rule: the rules come from the answer key).
     */
    private List<Scoped> tables() {
        return ErasureSpec.tables().values().stream()
                .filter(t -> t.kind() != ErasureSpec.TableKind.NOT_CUSTOMER_DATA)
                .map(t -> new Scoped(t, participants.stream().flatMap(p -> p.tables().stream())
                        .filter(d -> d.table().equalsIgnoreCase(t.name())).findFirst()
                        .map(PersonalDataTable::scope)
                        .orElseThrow(() -> new AssertionError(t.name() + " is declared by no module"))))
                .toList();
    }

    private static String hex(String text) {
        return java.util.HexFormat.of().withUpperCase().formatHex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String unhex(String hex) {
        return new String(java.util.HexFormat.of().parseHex(hex), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String text(String hex) {
        if (hex == null) {
            return "NULL";
        }
        if (hex == ANY) {
            return "any";
        }
        String text = unhex(hex);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
}
