package se.glomska.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.glomska.IntegrationTest;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The erasure as an operator does it in a real browser (issue 6, "Done when"): Debian's chromium,
 * headless, logged in through the login form. One browser serves the whole class; every test builds
 * its own customers through the API. Screenshots of the GDPR page are written to
 * {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasureInTheBrowserTest extends IntegrationTest {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startTheBrowserAndLogIn() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(url("/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Logga in");
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
    void searchFindsACustomerAndOpensItsCardWithTabs() {
        CustomerStory customer = CustomerStory.person(api(), "Stina", unique("Sökbar")).withBranch();

        open("/customers");
        assertThat(browser.findElement(By.cssSelector("label[for=q]")).getText()).isEqualTo("Sök kund");
        browser.findElement(By.id("q")).sendKeys(customer.lastName);
        browser.findElement(By.id("search")).click();
        wait.until(ExpectedConditions.urlContains("q="));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(customerRow(customer.customerId)));
        assertThat(row.getText()).contains(customer.displayName(), customer.customerNumber, "Stockholm");

        row.findElement(By.linkText(customer.displayName())).click();
        waitForPath("/customers/" + customer.customerId);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(customer.displayName());
        assertThat(texts(By.cssSelector(".tab-list a"))).containsExactly("Filialer", "Kreditupplysningar",
                "Dokument", "Egenskaper", "Offerter", "Ordrar", "Fakturor", "Aktiviteter", "Ärenden");
        assertThat(browser.findElement(By.cssSelector(".tab-panel")).getText()).contains("Filial " + customer.lastName);
        assertThat(browser.findElements(By.id("anonymized-notice"))).isEmpty();
        assertThat(browser.findElement(By.id("personal-data")).getAttribute("href"))
                .endsWith("/api/customers/" + customer.customerId + "/personal-data");
    }

    @Test
    void theGdprPageOfABlockedCustomerShowsItsBlockersAndNoUsableButton() {
        CustomerStory customer = CustomerStory.person(api(), "Bo", unique("Blockerad")).withOpenOrder();

        // Register → Kundregister → Ta bort kunder (GDPR), then search and pick the customer.
        open("/customers");
        browser.findElement(By.id("menu-gdpr")).click();
        waitForPath("/gdpr");
        browser.findElement(By.id("gdpr-q")).sendKeys(customer.lastName);
        browser.findElement(By.id("gdpr-search")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#gdpr-results tr[data-customer-id='" + customer.customerId + "'] a"))).click();
        waitForPath("/gdpr/customers/" + customer.customerId);

        assertThat(browser.findElement(By.id("offered-action")).getText()).isEqualTo("Anonymisera kund");
        List<WebElement> blockers = browser.findElements(By.cssSelector("#blockers li.blocker"));
        assertThat(blockers).extracting(WebElement::getText).anySatisfy(text ->
                assertThat(text).contains("Order " + customer.orderId + " är inte fullständigt levererad."));
        assertThat(blockers).extracting(WebElement::getText).anySatisfy(text ->
                assertThat(text).contains("Order " + customer.orderId + " är inte fullständigt fakturerad."));
        for (WebElement blocker : blockers) {
            assertThat(blocker.findElement(By.cssSelector("a.record-link")).getAttribute("href"))
                    .endsWith("/api/orders/" + customer.orderId);
            assertThat(blocker.findElement(By.cssSelector("a.tab-link")).getAttribute("href"))
                    .endsWith("/customers/" + customer.customerId + "?tab=orders");
        }
        WebElement button = browser.findElement(By.id("erase"));
        assertThat(button.isEnabled()).as("the blocked customer's button").isFalse();
        assertThat(browser.findElement(By.id("acknowledged")).isEnabled()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#erasure-form button:enabled"))).isEmpty();
        Chromium.screenshot(browser, "gdpr-blocked");

        tryToClick(button);
        assertThat(browser.getCurrentUrl()).endsWith("/gdpr/customers/" + customer.customerId);
        assertThat(api().get("/api/customers/" + customer.customerId).json().get("anonymized").asBoolean()).isFalse();
    }

    @Test
    void anonymizingLandsOnTheCardAndTheCustomerIsXxxxEverywhereAndGoneFromSearch() {
        CustomerStory customer = CustomerStory.person(api(), "Anna", unique("Anonym"))
                .withBranch().withQuote().withSettledOrder().withActivity().withCase().withMail();
        long id = customer.customerId;

        // Before: the lists name the customer and link to the card.
        open("/orders");
        WebElement orderCustomer = browser.findElement(By.cssSelector("tr[data-order-id='" + customer.orderId + "'] td.customer"));
        assertThat(orderCustomer.getText()).isEqualTo(customer.displayName());
        assertThat(orderCustomer.findElement(By.tagName("a")).getAttribute("href")).endsWith("/customers/" + id);
        open("/invoices");
        WebElement invoiceCustomer = browser.findElement(By.cssSelector("tr[data-invoice-id='" + customer.invoiceId + "'] td.customer"));
        assertThat(invoiceCustomer.findElement(By.tagName("a")).getAttribute("href")).endsWith("/customers/" + id);

        // The GDPR page, the customer picked by id.
        open("/gdpr");
        browser.findElement(By.id("gdpr-id")).sendKeys(String.valueOf(id));
        browser.findElement(By.id("gdpr-open")).click();
        waitForPath("/gdpr/customers/" + id);
        assertThat(browser.findElement(By.id("offered-action")).getText()).isEqualTo("Anonymisera kund");
        assertThat(browser.findElements(By.id("blockers"))).isEmpty();
        assertThat(effect("order")).isEqualTo("Anonymiseras");
        assertThat(effect("invoice")).isEqualTo("Ändras inte");
        assertThat(effect("branch")).isEqualTo("Anonymiseras");
        assertThat(browser.findElement(By.id("manual-review")).getText()).contains("invoicePostalCode");
        assertThat(browser.findElement(By.id("information")).getText())
                .contains("Det här ändras INTE", "Fakturor, betalningar och kvitton ändras aldrig");
        assertThat(browser.findElement(By.cssSelector("label[for=acknowledged]")).getText())
                .isEqualTo("Jag har läst informationen om kundborttagning och anonymisering");
        assertThat(texts(By.cssSelector("main button"))).containsExactly("Anonymisera kund");
        Chromium.screenshot(browser, "gdpr-before-anonymize");

        // The button does nothing until the box is ticked.
        WebElement button = browser.findElement(By.id("erase"));
        WebElement box = browser.findElement(By.id("acknowledged"));
        assertThat(button.isEnabled()).isFalse();
        tryToClick(button);
        assertThat(browser.getCurrentUrl()).endsWith("/gdpr/customers/" + id);
        assertThat(api().get("/api/customers/" + id).json().get("anonymized").asBoolean()).isFalse();
        box.click();
        assertThat(button.isEnabled()).isTrue();
        box.click();
        assertThat(button.isEnabled()).isFalse();
        box.click();
        button.click();

        // The card says the customer is anonymized, and when, and shows no tabs.
        waitForPath("/customers/" + id);
        String today = LocalDate.now(PageFormat.SWEDEN).toString();
        assertThat(browser.findElement(By.id("anonymized-notice")).getText())
                .startsWith("Kunden är anonymiserad sedan " + today);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Xxxx Xxxx");
        assertThat(browser.findElements(By.cssSelector(".tab-list"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(customer.lastName);
        Chromium.screenshot(browser, "card-after-anonymize");
        open("/customers/" + id + "?tab=orders");
        assertThat(browser.findElements(By.cssSelector(".tab-list"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".tab-panel"))).isEmpty();

        // The GDPR page now offers nothing.
        open("/gdpr/customers/" + id);
        assertThat(browser.findElement(By.id("already-anonymized")).getText()).contains("redan anonymiserad");
        assertThat(browser.findElements(By.cssSelector("main button"))).isEmpty();
        assertThat(browser.findElements(By.id("erasure-form"))).isEmpty();
        Chromium.screenshot(browser, "gdpr-after-anonymize");

        // The order list and the invoice list show Xxxx without a link.
        open("/orders");
        orderCustomer = browser.findElement(By.cssSelector("tr[data-order-id='" + customer.orderId + "'] td.customer"));
        assertThat(orderCustomer.getText()).isEqualTo("Xxxx");
        assertThat(orderCustomer.findElements(By.tagName("a"))).isEmpty();
        open("/invoices");
        invoiceCustomer = browser.findElement(By.cssSelector("tr[data-invoice-id='" + customer.invoiceId + "'] td.customer"));
        assertThat(invoiceCustomer.getText()).isEqualTo("Xxxx");
        assertThat(invoiceCustomer.findElements(By.tagName("a"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("/customers/" + id + "\"");

        // Ordinary search finds it no more, neither by name nor by customer number.
        for (String term : List.of(customer.lastName, customer.customerNumber)) {
            open("/customers");
            browser.findElement(By.id("q")).sendKeys(term);
            browser.findElement(By.id("search")).click();
            wait.until(ExpectedConditions.urlContains("q="));
            assertThat(browser.findElements(customerRow(id))).as("ordinary search for " + term).isEmpty();
        }

        // Advanced search: not with the ordinary choices, only with "Visa anonymiserade kunder/prospects".
        for (String choice : List.of("ALL", "CUSTOMERS")) {
            advancedSearchByCustomerNumber(customer.customerNumber, choice);
            assertThat(browser.findElements(customerRow(id))).as("advanced search, " + choice).isEmpty();
        }
        advancedSearchByCustomerNumber(customer.customerNumber, "INCLUDING_ANONYMIZED");
        assertThat(browser.findElement(By.cssSelector("label[for=show-INCLUDING_ANONYMIZED]")).getText())
                .isEqualTo("Visa anonymiserade kunder/prospects");
        WebElement found = browser.findElement(customerRow(id));
        assertThat(found.getText()).contains("Xxxx Xxxx", customer.customerNumber, "Anonymiserad");
    }

    @Test
    void aCustomerWithoutTransactionsIsOfferedDeleteAndIsGoneAfterwards() {
        CustomerStory customer = CustomerStory.person(api(), "Dan", unique("Raderbar")).withBranch();
        long id = customer.customerId;

        open("/customers/" + id);
        browser.findElement(By.id("erase-link")).click();
        waitForPath("/gdpr/customers/" + id);
        assertThat(browser.findElement(By.id("offered-action")).getText()).isEqualTo("Ta bort kund");
        assertThat(effect("branch")).isEqualTo("Tas bort");
        assertThat(texts(By.cssSelector("main button"))).containsExactly("Ta bort kund");
        Chromium.screenshot(browser, "gdpr-before-delete");

        WebElement button = browser.findElement(By.id("erase"));
        assertThat(button.isEnabled()).isFalse();
        browser.findElement(By.id("acknowledged")).click();
        button.click();

        waitForPath("/customers");
        assertThat(browser.findElement(By.id("deleted-notice")).getText()).contains(String.valueOf(id));
        assertThat(api().get("/api/customers/" + id).status()).isEqualTo(404);
        open("/customers/" + id);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Något gick fel");
    }

    @Test
    void theServerRefusesAnErasureWithoutTheAcknowledgementEvenIfTheButtonIsForcedOn() {
        CustomerStory customer = CustomerStory.person(api(), "Eva", unique("Okvitterad")).withSettledOrder();
        long id = customer.customerId;

        open("/gdpr/customers/" + id);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('erase').disabled = false;");
        browser.findElement(By.id("erase")).click();

        WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("erasure-error")));
        assertThat(error.getText()).startsWith("Kryssa i att du har läst informationen");
        assertThat(api().get("/api/customers/" + id).json().get("anonymized").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM erasure_log WHERE customer_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    private void advancedSearchByCustomerNumber(String customerNumber, String choice) {
        open("/customers/search");
        browser.findElement(By.id("customerNumber")).sendKeys(customerNumber);
        browser.findElement(By.id("show-" + choice)).click();
        browser.findElement(By.id("advanced-submit")).click();
        wait.until(ExpectedConditions.urlContains("show=" + choice));
    }

    /** What the GDPR page says happens to the records of a type. */
    private String effect(String recordType) {
        return browser.findElement(By.cssSelector("#footprint tr[data-record-type='" + recordType + "'] td:last-child"))
                .getText();
    }

    private static By customerRow(long customerId) {
        return By.cssSelector("tr[data-customer-id='" + customerId + "']");
    }

    private List<String> texts(By by) {
        return browser.findElements(by).stream().map(WebElement::getText).toList();
    }

    /** A click on a disabled button: the browser may refuse it or ignore it; either way nothing is submitted. */
    private void tryToClick(WebElement button) {
        String before = browser.getCurrentUrl();
        try {
            button.click();
        } catch (WebDriverException refused) {
            // Refused by the browser: the button is disabled.
        }
        // Give a (wrong) submission the time to navigate; the page must stay where it is.
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(browser.getCurrentUrl()).isEqualTo(before);
        assertThat(browser.findElements(By.id("erasure-error"))).isEmpty();
    }

    /**
     * Waits until the browser shows exactly this path. A regular expression on the URL is not enough: the
     * card's path {@code /customers/7} is also the end of the GDPR page's {@code /gdpr/customers/7}.
     */
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
