package se.glomska.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.glomska.IntegrationTest;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invoice page of an anonymized customer in a real browser (issue 12): a clerk (role USER) sees the
 * restriction notice and {@code Xxxx} for the bill-to, a bookkeeper (role BOOKKEEPING) the invoice as
 * issued, and that read is recorded. Screenshots in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestrictedInvoiceInTheBrowserTest extends IntegrationTest {

    private WebDriver browser;
    private WebDriverWait wait;
    private CustomerStory erased;

    @BeforeAll
    void anonymizeACustomerAndStartTheBrowser() {
        erased = CustomerStory.person(api(), "Greta", unique("Begransad")).withSettledOrder();
        erased.anonymize();
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    void quitTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aClerkSeesXxxxAndWhyAndABookkeeperSeesTheBillToNameAndIsRecorded() {
        logIn(CLERK);
        open("/invoices/" + erased.invoiceId + "?lang=sv");
        assertThat(text("h1")).isEqualTo("Faktura " + erased.invoiceNumber);
        assertThat(browser.findElement(By.id("restricted")).getText())
                .isEqualTo("Begränsad: bokföringsuppgift för anonymiserad kund");
        assertThat(browser.findElement(By.id("bill-to-name")).getText()).isEqualTo("Xxxx");
        assertThat(browser.findElement(By.cssSelector("#invoice .customer")).getText()).isEqualTo("Xxxx");
        assertThat(browser.findElements(By.cssSelector("#invoice .customer a"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(erased.lastName);
        assertThat(Files.exists(Chromium.screenshot(browser, "invoice-restricted-clerk"))).isTrue();

        open("/invoices/" + erased.invoiceId + "?lang=en");
        assertThat(browser.findElement(By.id("restricted")).getText())
                .isEqualTo("Restricted: bookkeeping record of an anonymized customer");
        assertThat(browser.findElement(By.id("bill-to-name")).getText()).isEqualTo("Xxxx");
        Chromium.screenshot(browser, "invoice-restricted-clerk-en");

        open("/invoices?lang=sv");
        String row = browser.findElement(By.cssSelector("tr[data-invoice-id='" + erased.invoiceId + "']")).getText();
        assertThat(row).contains("Xxxx", "(begränsad)").doesNotContain(erased.lastName);
        assertThat(readsBy(CLERK)).as("a clerk's view of the withheld invoice is no read of it").isZero();
        logOut();

        logIn(BOOKKEEPER);
        open("/invoices/" + erased.invoiceId + "?lang=sv");
        assertThat(browser.findElement(By.id("restricted")).getText())
                .isEqualTo("Begränsad: bokföringsuppgift för anonymiserad kund");
        assertThat(browser.findElement(By.id("bill-to-name")).getText()).isEqualTo(erased.displayName());
        assertThat(browser.findElement(By.cssSelector("#invoice .customer")).getText()).isEqualTo("Xxxx");
        assertThat(Files.exists(Chromium.screenshot(browser, "invoice-restricted-bookkeeper"))).isTrue();
        assertThat(readsBy(BOOKKEEPER)).as("the bookkeeper's read is recorded").isEqualTo(1);
        logOut();
    }

    @Test
    void theAccessRecordPageIsTheDataProtectionOfficersAndNamesNoValue() {
        logIn(OPERATOR);
        open("/restricted-access?lang=sv");
        assertThat(text("h1")).isEqualTo("Läsningar av begränsade uppgifter");
        assertThat(browser.getPageSource()).doesNotContain(erased.lastName);
        Path shot = Chromium.screenshot(browser, "restricted-access");
        assertThat(Files.exists(shot)).isTrue();
        open("/restricted-access?lang=en");
        assertThat(text("h1")).isEqualTo("Reads of restricted records");
        open("/restricted-access?lang=sv");
        logOut();

        PageSession clerk = PageSession.loggedIn(port, CLERK, PASSWORD);
        assertThat(clerk.get("/restricted-access").statusCode()).isEqualTo(403);
    }

    private long readsBy(String actor) {
        return jdbc.sql("SELECT COUNT(*) FROM restricted_access WHERE actor = ? AND record_type = 'invoice' AND record_id = ?")
                .params(actor, erased.invoiceId).query(Long.class).single();
    }

    private void logIn(String user) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(driver -> !URI.create(driver.getCurrentUrl()).getPath().equals("/login"));
    }

    private void logOut() {
        browser.findElement(By.cssSelector("form.logout button")).click();
        wait.until(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/login"));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }
}
