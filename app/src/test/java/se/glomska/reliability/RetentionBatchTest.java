package se.glomska.reliability;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import se.glomska.customer.internal.application.EraseCustomer;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.PersonalDataTable;
import se.glomska.erasure.CustomerHistory;
import se.glomska.erasure.ErasureChecks;
import se.glomska.erasure.Markers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static se.glomska.reliability.JsonBodies.map;

/**
 * A retention batch (one statement per table for every customer of the batch) leaves exactly what erasures one
 * by one leave: two identical registers are generated from the same seeds (random histories, same texts), the
 * first erased customer by customer through the API, the second in one batch, and the two are compared table by
 * table, row by row, column by column; the erasure log and the manual check's marks too. A blocked customer in
 * the batch is skipped with its blockers and left as it was, and the rest of the batch is erased.
 */
class RetentionBatchTest extends IntegrationTest {

    private static final int HISTORIES = Integer.getInteger("glomska.retention.histories", 8);
    private static final List<String> SURNAMES = List.of("Lindqvist", "Bergström", "Åkesson", "Öberg", "Nyström",
            "Sandberg", "Ekström", "Holmgren");

    @Autowired
    EraseCustomer erase;

    @Autowired
    List<AnonymizationParticipant> participants;

    @Test
    void aBatchLeavesWhatErasuresOneByOneLeaveAndSkipsTheBlocked() {
        long seed = Long.getLong("glomska.seed", System.nanoTime());
        Random seeds = new Random(seed);
        List<RandomHistory> one = new ArrayList<>();
        List<RandomHistory> batch = new ArrayList<>();
        for (int i = 0; i < HISTORIES; i++) {
            long s = seeds.nextLong();
            String marker = Markers.next();
            one.add(RandomHistory.build(api(), s, marker));
            batch.add(RandomHistory.build(api(), s, marker));
        }
        // Kept free text that names the customer, the same in both registers, so that the marks compared below are
        // not only empty lists: the batch searches every customer's own expression in one statement.
        for (int i = 0; i < HISTORIES; i++) {
            if (!one.get(i).transactions) {
                continue;
            }
            // A branch's contact person is one of the customer's identifiers: the batch reads every branch at once
            String name = "Anna " + SURNAMES.get(i % SURNAMES.size());
            for (RandomHistory h : List.of(one.get(i), batch.get(i))) {
                created(api().post("/api/customers/" + h.customerId + "/branches", map("name", "Filial " + i,
                        "contactPerson", name)));
                created(api().post("/api/quotes", map("customerId", h.customerId,
                        "internalComment", "Ring " + name + " efter kl 10", "terms", "Betalas av " + name,
                        "lines", List.of(map("description", "Skruv till " + name, "quantity", 1, "unitPrice", 10)))));
            }
        }
        assertThat(batch).as("a history with transactions, whose free text is kept").anyMatch(h -> h.transactions);
        long blocked = CustomerHistory.build(api(), Markers.next()).customerId;
        long open = created(api().post("/api/orders", map("customerId", blocked, "lines", List.of(map(
                "description", "Skruv", "quantity", 1, "unitPrice", 10)))));
        ErasureChecks.awaitEventsCompleted(jdbc);
        String why = "seed " + seed + " (-Dglomska.seed=" + seed + " repeats it)";

        Map<String, List<Long>> oneRows = rowIds(one);
        Map<String, List<Long>> batchRows = rowIds(batch);
        Map<String, List<List<String>>> oneBefore = values(oneRows);
        Map<String, List<List<String>>> batchBefore = values(batchRows);
        String blockedBefore = customerRow(blocked);

        for (RandomHistory h : one) {
            String action = h.transactions ? "ANONYMIZE" : "DELETE";
            Response erased = api().post("/api/customers/" + h.customerId + "/erasure",
                    Map.of("action", action, "acknowledged", true));
            assertThat(erased.status()).as(h + " " + erased).isEqualTo(200);
        }
        List<Long> ids = new ArrayList<>(batch.stream().map(h -> h.customerId).toList());
        ids.add(blocked);
        List<EraseCustomer.BatchOutcome> outcomes = erase.performBatch(ids, Instant.now().plus(Duration.ofDays(1)),
                "retention", false);

        Map<Long, EraseCustomer.BatchOutcome> byId = outcomes.stream()
                .collect(Collectors.toMap(EraseCustomer.BatchOutcome::customerId, o -> o));
        assertThat(byId.get(blocked).erased()).as(why).isFalse();
        assertThat(byId.get(blocked).skippedBecause()).contains("ORDER_NOT_DELIVERED sales/order#" + open);
        assertThat(customerRow(blocked)).as("the blocked customer is left as it was").isEqualTo(blockedBefore);
        for (int i = 0; i < HISTORIES; i++) {
            RandomHistory h = batch.get(i);
            assertThat(byId.get(h.customerId).erased()).as(h + ", " + why).isTrue();
            assertThat(byId.get(h.customerId).action().name()).as(h.toString())
                    .isEqualTo(h.transactions ? "ANONYMIZE" : "DELETE");
        }

        List<String> differences = new ArrayList<>();
        Map<String, List<List<String>>> oneAfter = values(oneRows);
        Map<String, List<List<String>>> batchAfter = values(batchRows);
        for (String key : oneRows.keySet()) {
            compare(key, erasureTimes(key), oneBefore.get(key), batchBefore.get(key), oneAfter.get(key),
                    batchAfter.get(key), differences);
        }
        for (int i = 0; i < HISTORIES; i++) {
            long a = one.get(i).customerId;
            long b = batch.get(i).customerId;
            assertThat(logEntries(b)).as("one log entry, actor retention, " + why).hasSize(1);
            assertThat(logEntries(b).get(0).get("actor")).isEqualTo("retention");
            if (!Objects.equals(strip(logEntries(a)), strip(logEntries(b)))) {
                differences.add("erasure log of " + a + " and " + b + ": " + logEntries(a) + " / " + logEntries(b));
            }
            if (!marks(a).equals(marks(b))) {
                differences.add("manual check marks of " + a + " and " + b + ": " + marks(a) + " / " + marks(b));
            }
        }
        assertThat(differences).as(why).isEmpty();
        assertThat(batch.stream().filter(h -> h.transactions).flatMap(h -> marks(h.customerId).stream()).toList())
                .as("the batch marked the kept texts that name its customers, " + why)
                .contains("sales quote internalComment 1 OPEN", "sales quote terms 1 OPEN",
                        "sales quoteLine description 1 OPEN");
        assertThat(logEntries(blocked)).isEmpty();
    }

    /**
     * A column equal in both registers before (the same generated value) must be equal after; a column that
     * differs by construction (ids, creation times) must have changed in both or in neither.
     */
    private static void compare(String key, java.util.Set<Integer> erasureTimes, List<List<String>> a0, List<List<String>> b0, List<List<String>> a1,
                                List<List<String>> b1, List<String> differences) {
        if (a0.size() != b0.size() || a1.size() != b1.size()) {
            differences.add(key + ": rows " + a0.size() + "/" + b0.size() + " before, " + a1.size() + "/"
                    + b1.size() + " after");
            return;
        }
        for (int r = 0; r < a0.size(); r++) {
            if (a1.isEmpty()) {
                continue;
            }
            for (int c = 0; c < a0.get(r).size(); c++) {
                String wa0 = a0.get(r).get(c), wb0 = b0.get(r).get(c), wa1 = a1.get(r).get(c), wb1 = b1.get(r).get(c);
                // The time of the erasure differs between the two by construction; it must be set in both.
                boolean same = erasureTimes.contains(c) ? wa1 != null && wb1 != null
                        : Objects.equals(wa0, wb0) ? Objects.equals(wa1, wb1)
                        : Objects.equals(wa0, wa1) == Objects.equals(wb0, wb1);
                if (!same) {
                    differences.add(key + " row " + r + " column " + c + ": one by one " + wa0 + " -> " + wa1
                            + ", batch " + wb0 + " -> " + wb1);
                }
            }
        }
    }

    /** Per customer position and table, the ids of the customer's rows before the erasure. */
    private Map<String, List<Long>> rowIds(List<RandomHistory> histories) {
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        for (int i = 0; i < histories.size(); i++) {
            for (PersonalDataTable table : tables()) {
                rows.put(i + " " + table.table(), jdbc.sql("SELECT id FROM " + table.table() + " WHERE "
                                + table.scope() + " ORDER BY id")
                        .param("customerId", histories.get(i).customerId).query(Long.class).list());
            }
        }
        return rows;
    }

    /** Every column of the rows, as HEX of its bytes, in row id order; no rows for rows that are gone. */
    private Map<String, List<List<String>>> values(Map<String, List<Long>> rowIds) {
        Map<String, List<List<String>>> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<Long>> entry : rowIds.entrySet()) {
            String table = entry.getKey().substring(entry.getKey().indexOf(' ') + 1);
            List<List<String>> rows = new ArrayList<>();
            if (!entry.getValue().isEmpty()) {
                List<String> columns = columns(table);
                jdbc.sql("SELECT " + columns.stream().map(c -> "HEX(CAST(" + c + " AS BINARY))")
                                .collect(Collectors.joining(", ")) + " FROM " + table + " WHERE id IN (:ids) ORDER BY id")
                        .param("ids", entry.getValue())
                        .query(rs -> {
                            List<String> row = new ArrayList<>();
                            for (int c = 1; c <= columns.size(); c++) {
                                row.add(rs.getString(c));
                            }
                            rows.add(row);
                        });
            }
            values.put(entry.getKey(), rows);
        }
        return values;
    }

    /**
     * The positions of the table's ERASURE_TIME columns (the erasure's time, set by both) and of the guard's random
     * token (ErasureSpec.GUARDS: drawn anew by every write of the row).
     */
    private java.util.Set<Integer> erasureTimes(String key) {
        String name = key.substring(key.indexOf(' ') + 1);
        PersonalDataTable table = tables().stream().filter(t -> t.table().equals(name)).findFirst().orElseThrow();
        List<String> columns = columns(name);
        java.util.Set<Integer> positions = new java.util.HashSet<>();
        for (int c = 0; c < columns.size(); c++) {
            if (table.column(columns.get(c)).map(d -> d.rule() == se.glomska.customer.spi.FieldRule.ERASURE_TIME)
                    .orElse(false) || se.glomska.erasure.ErasureSpec.GUARDS.contains(name + "." + columns.get(c))) {
                positions.add(c);
            }
        }
        return positions;
    }

    private List<String> columns(String table) {
        return jdbc.sql("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE "
                        + "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :t ORDER BY ORDINAL_POSITION")
                .param("t", table).query(String.class).list();
    }

    private List<PersonalDataTable> tables() {
        return participants.stream().flatMap(p -> p.tables().stream()).filter(PersonalDataTable::holdsCustomerData)
                .toList();
    }

    private String customerRow(long id) {
        return jdbc.sql("SELECT CONCAT_WS('|', anonymized, first_name, last_name, name, email, phone) FROM customer"
                + " WHERE id = :id").param("id", id).query(String.class).single();
    }

    private List<Map<String, Object>> logEntries(long customerId) {
        return jdbc.sql("SELECT action, actor, changes FROM erasure_log WHERE customer_id = :id ORDER BY id")
                .param("id", customerId).query().listOfRows();
    }

    private static List<String> strip(List<Map<String, Object>> entries) {
        return entries.stream().map(e -> e.get("action") + " " + e.get("changes")).toList();
    }

    private List<String> marks(long customerId) {
        return jdbc.sql("SELECT CONCAT_WS(' ', module, record_type, field, mentions_customer, state) FROM erasure_review"
                        + " WHERE customer_id = :id ORDER BY module, record_type, record_id, field")
                .param("id", customerId).query(String.class).list();
    }

    private static long created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }
}
