package se.glomska.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manual check of kept fields in a real browser (issue 13, "Done when"): on the GDPR pages alone the
 * data protection officer sees which kept fields name the customer, reads a value on demand, redacts,
 * marks checked, has the anonymization redact the rest and finishes the check afterwards; in Swedish and
 * in English. Screenshots under {@code app/target/screenshots/manual-check-*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManualCheckInTheBrowserTest extends IntegrationTest {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startTheBrowserAndLogIn() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(OPERATOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
        waitForPath("/customers");
    }

    @AfterAll
    void quitTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOfficerChecksTheKeptFieldsBeforeAndAfterTheAnonymization() {
        String lastName = unique("Öhman");
        CustomerStory customer = CustomerStory.person(api(), "Anna-Karin", lastName);
        Response quote = api().post("/api/quotes", Map.of("customerId", customer.customerId,
                "internalComment", "Ring Anna-Karin efter kl 10",
                "publishedComment", "Leverans vecka 12",
                "terms", "Fru " + lastName + " vill ha faktura",
                "lines", List.of(Map.of("description", "Skruvdragare", "quantity", 1, "unitPrice", 100))));
        assertThat(quote.status()).as(quote.toString()).isEqualTo(201);
        long quoteId = quote.id();
        api().post("/api/customers/" + customer.customerId + "/documents", Map.of("fileName", "brev.txt",
                "description", "Brev från Anna-Karin", "contentBase64",
                Base64.getEncoder().encodeToString("Hej".getBytes())));

        // The decision: the fields that name the customer first, with the badge; the checkbox beside the acknowledgement.
        open("/gdpr/customers/" + customer.customerId);
        List<WebElement> rows = browser.findElements(By.cssSelector("#manual-review tr.review-item"));
        assertThat(rows.get(0).getText()).contains("nämner kunden");
        assertThat(rows.get(rows.size() - 1).getText()).doesNotContain("nämner kunden");
        assertThat(browser.findElement(By.cssSelector("label[for=redactMentions]")).getText())
                .isEqualTo("Maskera alla fält som nämner kunden");
        Chromium.screenshot(browser, "manual-check-decision");

        // The check, field by field: the value on demand, redact one, mark another checked.
        browser.findElement(By.cssSelector("#manual-review #review-link")).click();
        waitForPath("/gdpr/customers/" + customer.customerId + "/review");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kontrollera sparade fält");
        WebElement comment = entry(quoteId, "internalComment");
        assertThat(comment.getText()).contains("Intern kommentar", "nämner kunden", "Att kontrollera")
                .doesNotContain("Ring Anna-Karin");
        comment.findElement(By.tagName("summary")).click();
        assertThat(comment.findElement(By.tagName("pre")).getText()).isEqualTo("Ring Anna-Karin efter kl 10");
        assertThat(texts(comment.findElements(By.tagName("button")))).containsExactly("Töm", "Maskera",
                "Markera som kontrollerad");
        Chromium.screenshot(browser, "manual-check-review-sv");
        comment.findElement(By.cssSelector("button.redact")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-done")));
        comment = entry(quoteId, "internalComment");
        assertThat(comment.getText()).contains("Maskerat");
        comment.findElement(By.tagName("summary")).click();
        assertThat(comment.findElement(By.tagName("pre")).getText()).isEqualTo("Ring Xxxx efter kl 10");
        entry(quoteId, "publishedComment").findElement(By.cssSelector("button.keep")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-done")));
        assertThat(entry(quoteId, "publishedComment").getText()).contains("Kontrollerat")
                .doesNotContain("nämner kunden");

        // The same page in English.
        open("/gdpr/customers/" + customer.customerId + "/review?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check kept fields");
        WebElement terms = entry(quoteId, "terms");
        assertThat(terms.getText()).contains("Terms", "names the customer", "To check");
        assertThat(texts(terms.findElements(By.tagName("button")))).containsExactly("Clear", "Redact",
                "Mark as checked");
        Chromium.screenshot(browser, "manual-check-review-en");
        open("/gdpr/customers/" + customer.customerId + "?lang=sv");

        // The anonymization redacts every field that still names the customer.
        browser.findElement(By.id("acknowledged")).click();
        browser.findElement(By.id("redactMentions")).click();
        browser.findElement(By.id("erase")).click();
        waitForPath("/customers/" + customer.customerId);
        assertThat(browser.findElement(By.id("redacted-notice")).getText()).contains("har maskerats");
        WebElement left = browser.findElement(By.id("review-left"));
        assertThat(left.getText()).contains("sparade fält kvar att kontrollera");
        Chromium.screenshot(browser, "manual-check-card-after");

        // Afterwards: the list is still there with its marks; redaction is gone, clearing works.
        left.findElement(By.id("review-link")).click();
        waitForPath("/gdpr/customers/" + customer.customerId + "/review");
        terms = entry(quoteId, "terms");
        assertThat(terms.getText()).contains("nämner kunden", "Maskerat");
        assertThat(browser.findElements(By.cssSelector("button.redact"))).isEmpty();
        entry(quoteId, "publishedComment").findElement(By.cssSelector("button.clear")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-done")));
        assertThat(entry(quoteId, "publishedComment").getText()).contains("Tömt");
        Chromium.screenshot(browser, "manual-check-after-anonymization");
        String terms2 = jdbc.sql("SELECT terms FROM sales_quote WHERE id = :id").param("id", quoteId)
                .query(String.class).single();
        assertThat(terms2).isEqualTo("Fru Xxxx vill ha faktura");
    }

    private WebElement entry(long recordId, String field) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "tr.review-entry[data-record-type='quote'][data-record-id='" + recordId + "'][data-field='" + field
                        + "']")));
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    private void waitForPath(String path) {
        wait.until(driver -> path.equals(URI.create(driver.getCurrentUrl()).getPath()));
    }

    private void open(String path) {
        browser.get(url(path));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
