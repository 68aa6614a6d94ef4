package se.glomska.erasure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import se.glomska.customer.internal.application.EraseCustomer;
import se.glomska.customer.internal.domain.CustomerIdentifiers;
import se.glomska.customer.internal.domain.Customers;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.FieldRule;
import se.glomska.customer.spi.PersonalDataTable;
import se.glomska.customer.spi.PersonalDataTable.Column;
import se.glomska.customer.spi.PersonalDataTable.Kind;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index of marks (docs/benchmarks.md, "The manual check's marking"): a decision reads which free-text fields
 * mention the customer from the index while each table's checksum and the identifiers are as the index saw them,
 * and searches the text again otherwise. Whatever changed behind the index's back (text written by any path, a
 * new record, the customer's own name), the decision, the review list and the marks stored at the erasure name
 * exactly the fields that the plain-Java matcher finds in the values as they are now.
 */
class MarkIndexTest extends IntegrationTest {

    @Autowired
    List<AnonymizationParticipant> participants;

    @Autowired
    EraseCustomer eraseCustomer;

    @Autowired
    Customers customers;

    private static final String[] PIECES = {"Anna-Karin", "anna karin", "ÖHMAN", "Öhmans", "Öhmansson", "Annandag",
            "Anna", "Karin", "0701234567", "+46 70 123 45 67", "070-123 45 68", "10701234567", "751102-2186",
            "Lindqvist", "lindqvists", "Svensson", "😀", "שלום", "å", "AB", "411 03", "Per", "kl 10", ",", ".", "(",
            "-", "\n", "Tack för er beställning!", "Ring på lagret"};

    record Searched(String module, PersonalDataTable table, Column column) {
    }

    List<Searched> searched() {
        List<Searched> searched = new ArrayList<>();
        for (AnonymizationParticipant p : participants) {
            for (PersonalDataTable t : p.tables()) {
                if (t.holdsCustomerData() && t.kind() != Kind.BOOKKEEPING) {
                    t.columns().stream().filter(c -> c.rule() == FieldRule.REVIEW && c.freeText()
                            && !isBinary(t.table(), c.name())).forEach(c -> searched.add(new Searched(p.module(), t, c)));
                }
            }
        }
        return searched;
    }

    /** A customer with a full history (a record of every kind) whose card names Anna-Karin Öhman. */
    long customer() {
        CustomerHistory h = CustomerHistory.build(api(), Markers.next());
        Map<String, Object> details = h.customer();
        details.put("firstName", "Anna-Karin");
        details.put("lastName", "Öhman");
        details.put("organizationNumber", "19751102-2186");
        details.put("contact", CustomerHistory.map("contactPerson", "Anna-Karin Öhman", "phone", "070-123 45 67"));
        Response put = api().put("/api/customers/" + h.customerId, details);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        return h.customerId;
    }

    /** Random text in every searched field of the customer, each row its own, written straight to the tables. */
    void scribble(long customerId, Random random) {
        for (Searched s : searched()) {
            List<Long> ids = jdbc.sql("SELECT id FROM " + s.table().table() + " WHERE " + s.table().scope())
                    .param("customerId", customerId).query(Long.class).list();
            for (long id : ids) {
                StringBuilder text = new StringBuilder();
                int n = 1 + random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
                }
                // Unique per row (a property's key is unique per customer); NULL where the column allows it.
                text.append(" #").append(id);
                boolean empty = random.nextInt(8) == 0 && nullable(s.table().table(), s.column().name());
                jdbc.sql("UPDATE " + s.table().table() + " SET " + s.column().name() + " = :text WHERE id = :id")
                        .param("text", empty ? null : text.toString()).param("id", id).update();
            }
        }
    }

    /** The fields that mention the customer by the plain-Java matcher over the values as they are now. */
    Set<String> reference(long customerId) {
        CustomerIdentifiers identifiers = eraseCustomer.identifiers(customers.find(customerId).orElseThrow());
        Set<String> marked = new TreeSet<>();
        for (Searched s : searched()) {
            jdbc.sql("SELECT id, " + s.column().name() + " AS v FROM " + s.table().table() + " WHERE "
                            + s.table().scope()).param("customerId", customerId).query().listOfRows()
                    .forEach(row -> {
                        Object v = row.get("v");
                        if (v instanceof String text && !text.strip().isEmpty() && identifiers.mentionedIn(text)) {
                            marked.add(s.module() + "/" + s.table().recordType() + "/" + row.get("id") + "/"
                                    + s.column().field());
                        }
                    });
        }
        return marked;
    }

    /** The fields the decision marks (the whole list), checking its count and order on the way. */
    Set<String> decided(long customerId) {
        JsonNode d = api().get("/api/customers/" + customerId + "/erasure?manualReviewLimit=1000000").json();
        List<JsonNode> items = new ArrayList<>();
        d.get("manualReview").forEach(items::add);
        Set<String> marked = new TreeSet<>();
        boolean unmarkedSeen = false;
        for (JsonNode i : items) {
            if (i.get("mentionsCustomer").asBoolean()) {
                assertThat(unmarkedSeen).as("marked items come first").isFalse();
                marked.add(i.get("module").asText() + "/" + i.get("recordType").asText() + "/"
                        + i.get("recordId").asLong() + "/" + i.get("field").asText());
            } else {
                unmarkedSeen = true;
            }
        }
        assertThat(d.get("manualReviewMentioningCustomer").asLong()).isEqualTo(marked.size());
        assertThat(d.get("manualReviewTotal").asLong()).isEqualTo(items.size());
        return marked;
    }

    long indexedTables(long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM review_mark_scan WHERE customer_id = :id").param("id", customerId)
                .query(Long.class).single();
    }

    @Test
    void theDecisionNamesExactlyTheFieldsThatMentionTheCustomerNowWhateverChangedBehindTheIndex() {
        long id = customer();
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            scribble(id, random);
            Set<String> expected = reference(id);
            assertThat(expected).as("seed %d marks something", seed).isNotEmpty();
            // The first decision after the change searches the text and brings the index up to date ...
            assertThat(decided(id)).as("seed %d, searched", seed).isEqualTo(expected);
            assertThat(indexedTables(id)).isPositive();
            String index = jdbc.sql("SELECT GROUP_CONCAT(table_name, ':', checksum, ':', mentions ORDER BY table_name)"
                    + " FROM review_mark_scan WHERE customer_id = :id").param("id", id).query(String.class).single();
            // ... the next one reads it, and answers the same.
            assertThat(decided(id)).as("seed %d, from the index", seed).isEqualTo(expected);
            assertThat(jdbc.sql("SELECT GROUP_CONCAT(table_name, ':', checksum, ':', mentions ORDER BY table_name)"
                    + " FROM review_mark_scan WHERE customer_id = :id").param("id", id).query(String.class).single())
                    .isEqualTo(index);

            // One field changed behind the index's back (no row added or removed): the checksum sees it.
            Searched s = searched().get(random.nextInt(searched().size()));
            long row = jdbc.sql("SELECT MIN(id) FROM " + s.table().table() + " WHERE " + s.table().scope())
                    .param("customerId", id).query(Long.class).single();
            String key = s.module() + "/" + s.table().recordType() + "/" + row + "/" + s.column().field();
            String text = expected.contains(key) ? "inget namn här" : "Ring Anna-Karin";
            jdbc.sql("UPDATE " + s.table().table() + " SET " + s.column().name() + " = :t WHERE id = :id")
                    .param("t", text).param("id", row).update();
            Set<String> changed = reference(id);
            assertThat(changed.contains(key)).isNotEqualTo(expected.contains(key));
            assertThat(decided(id)).as("seed %d, after %s changed", seed, key).isEqualTo(changed);
            assertThat(decided(id)).isEqualTo(changed);
        }
        // A new record: searched with its table.
        Response quote = api().post("/api/quotes", CustomerHistory.map("customerId", id, "lines",
                List.of(CustomerHistory.map("description", "Till Anna-Karin Öhman", "quantity", 1, "unitPrice", 10))));
        assertThat(quote.status()).as(quote.toString()).isEqualTo(201);
        assertThat(decided(id)).isEqualTo(reference(id)).anyMatch(k -> k.contains("quoteLine/"));
        // New identifiers (the customer's name changed): every table searched again with them.
        Set<String> before = reference(id);
        jdbc.sql("UPDATE customer SET first_name = 'Lindqvist', contact_person = NULL, name = 'Lindqvist Öhman'"
                + " WHERE id = :id").param("id", id).update();
        Set<String> renamed = reference(id);
        assertThat(renamed).isNotEqualTo(before);
        assertThat(decided(id)).isEqualTo(renamed);
    }

    /**
     * While the index holds, the decision reads it rather than the text: a mark planted in the index (and nowhere
     * else) shows; once the index no longer holds for its table, the text decides again.
     */
    @Test
    void whileItHoldsTheDecisionReadsTheIndex() {
        long id = customer();
        scribble(id, new Random(11));
        Set<String> expected = reference(id);
        assertThat(decided(id)).isEqualTo(expected);
        Searched s = searched().stream().filter(x -> x.table().table().equals("sales_quote")).findFirst().orElseThrow();
        long row = jdbc.sql("SELECT MIN(id) FROM sales_quote WHERE customer_id = :customerId").param("customerId", id)
                .query(Long.class).single();
        jdbc.sql("UPDATE sales_quote SET " + s.column().name() + " = 'inget namn' WHERE id = :id").param("id", row)
                .update();
        expected = reference(id);
        assertThat(decided(id)).isEqualTo(expected);
        String planted = "sales/quote/" + row + "/" + s.column().field();
        assertThat(expected).doesNotContain(planted);
        jdbc.sql("INSERT INTO review_mark (customer_id, table_name, record_id, field) VALUES (:id, 'sales_quote', :row,"
                + " :field)").param("id", id).param("row", row).param("field", s.column().field()).update();
        jdbc.sql("UPDATE review_mark_scan SET mentions = mentions + 1 WHERE customer_id = :id"
                + " AND table_name = 'sales_quote'").param("id", id).update();
        assertThat(decided(id)).contains(planted);
        jdbc.sql("UPDATE sales_quote SET " + s.column().name() + " = 'fortfarande inget namn' WHERE id = :id")
                .param("id", row).update();
        assertThat(decided(id)).isEqualTo(reference(id)).doesNotContain(planted);
    }

    @Test
    void theErasureStoresExactlyTheMarksOfTheTextAsItIsAndDeletesTheIndex() {
        long id = customer();
        scribble(id, new Random(7));
        decided(id);
        assertThat(indexedTables(id)).isPositive();
        // Changed after the index was built, before the erasure: the erasure searches that table again.
        Searched s = searched().stream().filter(x -> x.table().table().equals("sales_order")).findFirst().orElseThrow();
        jdbc.sql("UPDATE " + s.table().table() + " SET " + s.column().name() + " = 'Anna-Karin ringer' WHERE "
                + s.table().scope()).param("customerId", id).update();
        Set<String> expected = reference(id);
        Response r = api().post("/api/customers/" + id + "/erasure", Map.of("action", "ANONYMIZE",
                "acknowledged", true, "redactMentions", false));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Set<String> stored = new TreeSet<>(jdbc.sql("SELECT CONCAT(module, '/', record_type, '/', record_id, '/', field)"
                        + " FROM erasure_review WHERE customer_id = :id AND mentions_customer").param("id", id)
                .query(String.class).list());
        assertThat(stored).isEqualTo(expected);
        assertThat(indexedTables(id)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_mark WHERE customer_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    private boolean nullable(String table, String column) {
        return jdbc.sql("SELECT IS_NULLABLE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = :t AND COLUMN_NAME = :c").param("t", table).param("c", column)
                .query(String.class).single().equals("YES");
    }

    private boolean isBinary(String table, String column) {
        return jdbc.sql("SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = :t AND COLUMN_NAME = :c").param("t", table).param("c", column)
                .query(String.class).single().toLowerCase().contains("blob");
    }
}
