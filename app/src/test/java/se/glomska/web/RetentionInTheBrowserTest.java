package se.glomska.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.IntegrationTest;
import se.glomska.TestClock;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention page in a real browser, in Swedish and English: a customer without records for five years is
 * listed with what a run would do, the officer previews (nothing changes) and then runs it, following the
 * progress on the page, and the customer is gone; a clerk may not open the page. Screenshots in
 * {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionInTheBrowserTest extends IntegrationTest {

    @Autowired
    TestClock clock;

    private WebDriver browser;
    private WebDriverWait wait;
    private long customer;
    private String lastName;

    @BeforeAll
    void anOldCustomerAndTheBrowser() {
        lastName = unique("Gammalkund");
        clock.fix(Instant.now().atZone(ZoneId.of("Europe/Stockholm")).minus(Period.ofYears(5)).toInstant());
        try {
            customer = api().post("/api/customers", Map.of("kind", "PERSON", "relation", "CUSTOMER",
                    "firstName", "Gunnel", "lastName", lastName)).json().get("id").asLong();
        } finally {
            clock.reset();
        }
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    void quitTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOfficerPreviewsRunsAndFollowsARunOverInactiveCustomers() {
        logIn(OPERATOR);
        open("/retention?lang=en");
        assertThat(text("h1")).isEqualTo("Retention of inactive customers");
        assertThat(row("retention-candidates", "data-customer", customer)).contains("Gunnel " + lastName, "Deleted");
        Chromium.screenshot(browser, "retention-en");

        open("/retention?lang=sv");
        assertThat(text("h1")).isEqualTo("Gallring av inaktiva kunder");
        assertThat(row("retention-candidates", "data-customer", customer)).contains("Raderas");
        browser.findElement(By.id("retention-dry-run")).click();
        String dryRun = awaitDone();
        assertThat(dryRun).contains("Förhandsgranskning");
        assertThat(api().get("/api/customers/" + customer).status()).as("a preview changes nothing").isEqualTo(200);

        browser.findElement(By.id("retention-run")).click();
        String run = awaitDone();
        assertThat(run).contains("Radering", OPERATOR);
        assertThat(Files.exists(Chromium.screenshot(browser, "retention-sv"))).isTrue();
        assertThat(api().get("/api/customers/" + customer).status()).as("the run deleted the customer").isEqualTo(404);
        assertThat(browser.findElements(By.cssSelector("tr[data-customer='" + customer + "']"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(lastName);
        logOut();

        PageSession clerk = PageSession.loggedIn(port, CLERK, PASSWORD);
        assertThat(clerk.get("/retention").statusCode()).isEqualTo(403);
    }

    /** The newest run's row once it is done (the page reloads itself while a run goes on). */
    private String awaitDone() {
        wait.until(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/retention"));
        String started = browser.findElement(By.id("retention-started")).getText();
        long id = Long.parseLong(started.replaceAll("\\D+", " ").trim().split(" ")[0]);
        wait.until(driver -> {
            driver.navigate().refresh();
            return row("retention-runs", "data-run", id).contains("Klar");
        });
        return row("retention-runs", "data-run", id);
    }

    private String row(String table, String attribute, long id) {
        return browser.findElement(By.cssSelector("#" + table + " tr[" + attribute + "='" + id + "']")).getText();
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

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }
}
