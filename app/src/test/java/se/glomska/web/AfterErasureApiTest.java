package se.glomska.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * erasure-rules.md section 6 in the API, over every list endpoint of api.md that names a customer:
 * once the customer is anonymized each of its rows in the lists of all customers names it as
 * {@code {displayName: "Xxxx", href: null}} and carries no customer id, and a list filtered by it answers
 * 404 (section 8); ordinary search never finds it; advanced search only with
 * {@code show=INCLUDING_ANONYMIZED}; the card says {@code anonymized}, {@code anonymizedAt} and has no
 * tabs; the tab resources answer 404. One anonymized customer (and one untouched, for contrast) serve
 * every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AfterErasureApiTest extends IntegrationTest {

    /** Every list endpoint that names a customer, with the id field of the story's row. */
    private static final List<String> LISTS = List.of("/api/orders", "/api/quotes", "/api/invoices",
            "/api/crm/activities", "/api/mail-history", "/api/support/cases");

    private CustomerStory erased;
    private CustomerStory kept;

    @BeforeAll
    void anonymizeOneCustomerAndKeepAnother() {
        erased = story("Elin", unique("Utraderad"));
        kept = story("Karl", unique("Kvar"));
        assertThat(api().get("/api/customers/" + erased.customerId + "/branches").status()).isEqualTo(200);
        erased.anonymize();
    }

    private CustomerStory story(String firstName, String lastName) {
        return CustomerStory.person(api(), firstName, lastName)
                .withBranch().withQuote().withSettledOrder().withActivity().withCase().withMail();
    }

    @Test
    void everyListFilteredByTheAnonymizedCustomerAnswers404AsItsTabsAreGone() {
        for (String list : LISTS) {
            Response answer = api().get(list + "?customerId=" + erased.customerId);
            assertThat(answer.status()).as(list).isEqualTo(404);
            assertThat(answer.header("Content-Type")).as(list).startsWith("application/problem+json");
            assertThat(answer.text()).as(list).doesNotContain(erased.lastName);
        }
    }

    @Test
    void theListsOfAllCustomersShowTheAnonymizedRowTheSameWay() {
        for (String list : LISTS) {
            JsonNode row = row(list + "?size=200", rowId(erased, list));
            assertThat(row.get("customer").get("displayName").asString()).as(list).isEqualTo("Xxxx");
            assertThat(row.get("customer").get("href").isNull()).as(list).isTrue();
            assertNoCustomerId(list, row, erased.customerId);
        }
    }

    @Test
    void aCustomerNotErasedIsStillNamedAndLinkedInEveryList() {
        for (String list : LISTS) {
            JsonNode row = row(list + "?customerId=" + kept.customerId, rowId(kept, list));
            assertThat(row.get("customer").get("displayName").asString()).as(list).isEqualTo(kept.displayName());
            assertThat(row.get("customer").get("href").asString()).as(list)
                    .isEqualTo("/api/customers/" + kept.customerId);
        }
    }

    @Test
    void ordinarySearchNeverReturnsTheAnonymizedCustomer() {
        for (String term : List.of(erased.customerNumber, erased.lastName, "Xxxx")) {
            assertThat(ids(api().get("/api/customers?size=200&q=" + term))).as("q=" + term)
                    .doesNotContain(erased.customerId);
        }
        assertThat(ids(api().get("/api/customers?q=" + kept.customerNumber))).containsExactly(kept.customerId);
        for (JsonNode item : api().get("/api/customers?size=200&q=Xxxx").json().get("items")) {
            assertThat(item.get("anonymized").asBoolean()).isFalse();
        }
    }

    @Test
    void advancedSearchFindsTheAnonymizedCustomerOnlyWithIncludingAnonymized() {
        String byNumber = "/api/customers/search?customerNumber=" + erased.customerNumber;
        assertThat(ids(api().get(byNumber))).as("default show").isEmpty();
        for (String show : List.of("CUSTOMERS", "PROSPECTS", "ALL")) {
            assertThat(ids(api().get(byNumber + "&show=" + show))).as(show).isEmpty();
        }
        Response including = api().get(byNumber + "&show=INCLUDING_ANONYMIZED");
        assertThat(ids(including)).containsExactly(erased.customerId);
        JsonNode item = including.json().get("items").get(0);
        assertThat(item.get("anonymized").asBoolean()).isTrue();
        assertThat(item.get("displayName").asString()).isEqualTo("Xxxx Xxxx");
        assertThat(ids(api().get("/api/customers/search?size=200&name=Xxxx&show=ALL")))
                .doesNotContain(erased.customerId);
        assertThat(ids(api().get("/api/customers/search?customerNumber=" + kept.customerNumber + "&show=ALL")))
                .containsExactly(kept.customerId);
    }

    @Test
    void theCardSaysAnonymizedAndWhenAndShowsNoTabs() {
        JsonNode card = api().get("/api/customers/" + erased.customerId).json();
        assertThat(card.get("anonymized").asBoolean()).isTrue();
        assertThat(card.get("anonymizedAt").isNull()).isFalse();
        assertThat(card.get("anonymizedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(card.get("tabs").isArray()).isTrue();
        assertThat(card.get("tabs").size()).isZero();
        assertThat(card.get("displayName").asString()).isEqualTo("Xxxx Xxxx");

        JsonNode other = api().get("/api/customers/" + kept.customerId).json();
        assertThat(other.get("anonymized").asBoolean()).isFalse();
        assertThat(other.get("tabs").size()).isEqualTo(9);
    }

    @Test
    void theTabResourcesOfTheAnonymizedCustomerAnswer404() {
        String base = "/api/customers/" + erased.customerId;
        for (String tab : List.of("/branches", "/credit-reports", "/documents", "/properties")) {
            Response answer = api().get(base + tab);
            assertThat(answer.status()).as(tab).isEqualTo(404);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api().post(base + "/branches", Map.of("name", "Ny filial")).status()).isEqualTo(404);
        assertThat(api().put(base + "/properties/hobby", Map.of("value", "x")).status()).isEqualTo(404);
        assertThat(api().get("/api/customers/" + kept.customerId + "/branches").status()).isEqualTo(200);
    }

    /** The row of the list whose own id is {@code id}. */
    private JsonNode row(String path, long id) {
        Response answer = api().get(path);
        assertThat(answer.status()).as(path + ": " + answer).isEqualTo(200);
        for (JsonNode item : answer.json().get("items")) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError(path + " has no row with id " + id + ": " + answer.text());
    }

    private static long rowId(CustomerStory story, String list) {
        return switch (list) {
            case "/api/orders" -> story.orderId;
            case "/api/quotes" -> story.quoteId;
            case "/api/invoices" -> story.invoiceId;
            case "/api/crm/activities" -> story.activityId;
            case "/api/mail-history" -> story.mailId;
            case "/api/support/cases" -> story.caseId;
            default -> throw new IllegalArgumentException(list);
        };
    }

    /**
     * No field of the row names the customer by id: no field called like a customer id, no link to the
     * customer, and the id's value only where the row names its own identity or document.
     */
    private static void assertNoCustomerId(String list, JsonNode row, long customerId) {
        List<String> leaves = new ArrayList<>();
        collect("", row, leaves);
        for (String leaf : leaves) {
            String path = leaf.substring(0, leaf.indexOf('='));
            String value = leaf.substring(leaf.indexOf('=') + 1);
            assertThat(path.toLowerCase().replace("_", "")).as(list + " " + leaf).doesNotContain("customerid");
            assertThat(value).as(list + " " + leaf).doesNotContain("/customers/" + customerId);
            if (value.equals(String.valueOf(customerId))) {
                assertThat(path).as(list + ": the customer's id appears in " + leaf).isIn("id", "documentId", "orderNumber", "invoiceNumber");
            }
        }
        assertThat(row.toString()).as(list).doesNotContain("\"customerId\"");
    }

    private static void collect(String path, JsonNode node, List<String> leaves) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.add(path + "=" + (node.isNull() ? "null" : node.asString()));
        }
    }

    private static List<Long> ids(Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        answer.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
