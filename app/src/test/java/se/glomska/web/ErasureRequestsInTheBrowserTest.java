package se.glomska.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dataskydd → "Begäran om radering" in a real browser: an officer registers a request for a blocked customer,
 * approves it to be carried out when unblocked, sees what it waits for, and sees it done once the invoice is paid,
 * without doing anything more; overdue requests are marked; Swedish and English; a clerk (role USER) gets 403 on
 * the page and on every form. Screenshots in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasureRequestsInTheBrowserTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startTheBrowser() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void quitTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private long created(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    @Test
    void anOfficerRegistersApprovesAndSeesItDoneWhenTheInvoiceIsPaid() {
        String name = unique("Webbegäran AB ");
        long customer = created(api().post("/api/customers", map("kind", "COMPANY", "relation", "CUSTOMER",
                "name", name)));
        List<Map<String, Object>> lines = List.of(map("description", "Vara", "quantity", 1, "unitPrice", 100));
        long order = created(api().post("/api/orders", map("customerId", customer, "lines", lines)));
        created(api().post("/api/orders/" + order + "/deliveries", map("customerReference", "Ref")));
        long invoice = created(api().post("/api/invoices", map("customerId", customer, "orderId", order,
                "billTo", map("name", "Webbegäran AB", "country", "SE"), "dueDate", "2030-01-31", "lines", lines)));
        long other = created(api().post("/api/customers", map("kind", "COMPANY", "relation", "CUSTOMER",
                "name", unique("Sen AB "))));
        long late = created(api().post("/api/erasure-requests", map("customerId", other, "receivedAt", "2020-01-31",
                "channel", "LETTER", "reference", unique("SEN-"))));
        String reference = unique("ÄR-");

        logIn(OPERATOR);
        open("/gdpr/requests?lang=sv");
        assertThat(text("h1")).isEqualTo("Begäran om radering");
        WebElement form = browser.findElement(By.cssSelector("#register-request form"));
        form.findElement(By.name("customerId")).sendKeys(String.valueOf(customer));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]", form.findElement(By.name("receivedAt")), TODAY.toString());
        new Select(form.findElement(By.name("channel"))).selectByValue("EMAIL");
        form.findElement(By.name("reference")).sendKeys(reference);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.id("requests-done")).isEmpty());
        long id = jdbc.sql("SELECT id FROM erasure_request WHERE reference = ?").param(reference).query(Long.class)
                .single();

        WebElement row = row(id);
        assertThat(row.getAttribute("data-status")).isEqualTo("RECEIVED");
        assertThat(row.getText()).contains(TODAY.plusMonths(1).toString(), "Mottagen", reference);
        assertThat(row(late).getAttribute("class")).contains("overdue");
        assertThat(row(late).getText()).contains("Försenad");

        row.findElement(By.cssSelector("details.approve summary")).click();
        WebElement approve = row.findElement(By.cssSelector("details.approve form"));
        new Select(approve.findElement(By.name("action"))).selectByValue("ANONYMIZE");
        approve.findElement(By.name("acknowledged")).click();
        assertThat(approve.findElement(By.name("whenUnblocked")).isSelected()).isTrue();
        approve.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.id("requests-done")).isEmpty());
        row = row(id);
        assertThat(row.getAttribute("data-status")).isEqualTo("WAITING");
        assertThat(row.findElements(By.cssSelector("li.blocker")).stream().map(b -> b.getAttribute("data-code")))
                .containsExactly("INVOICE_NOT_PAID");
        assertThat(Files.exists(Chromium.screenshot(browser, "erasure-requests-waiting"))).isTrue();

        assertThat(api().post("/api/invoices/" + invoice + "/payments", map("amount", 100,
                "paidAt", TODAY.toString())).status()).isEqualTo(201);
        long deadline = System.currentTimeMillis() + 20_000;
        while (!"DONE".equals(row(id).getAttribute("data-status"))) {
            assertThat(System.currentTimeMillis()).as("the request done without the officer").isLessThan(deadline);
            open("/gdpr/requests?lang=sv");
        }
        assertThat(row(id).getText()).contains("Utförd", "godkänd av " + OPERATOR).doesNotContain(name);
        Chromium.screenshot(browser, "erasure-requests-done");

        open("/gdpr/requests?lang=en");
        assertThat(text("h1")).isEqualTo("Erasure requests");
        assertThat(row(id).getText()).contains("Done");
        assertThat(row(late).getText()).contains("Overdue");
        Chromium.screenshot(browser, "erasure-requests-en");
        open("/gdpr/requests?lang=sv");
        logOut();
    }

    @Test
    void aClerkGets403OnThePageAndEveryForm() {
        PageSession clerk = PageSession.loggedIn(port, CLERK, PASSWORD);
        assertThat(clerk.get("/gdpr/requests").statusCode()).isEqualTo(403);
        for (String path : List.of("/gdpr/requests", "/gdpr/requests/1/extension", "/gdpr/requests/1/approval",
                "/gdpr/requests/1/refusal")) {
            assertThat(clerk.submit("/customers", path, Map.of("reason", "x", "customerId", "1",
                    "receivedAt", TODAY.toString(), "channel", "EMAIL", "reference", "X", "until",
                    TODAY.plusMonths(2).toString(), "action", "DELETE", "acknowledged", "true")).statusCode())
                    .as(path).isEqualTo(403);
        }
        PageSession operator = PageSession.loggedIn(port, OPERATOR, PASSWORD);
        assertThat(operator.get("/gdpr/requests").statusCode()).isEqualTo(200);
        assertThat(operator.get("/gdpr/requests?status=NOPE").statusCode()).isEqualTo(400);
    }

    private WebElement row(long id) {
        return browser.findElement(By.cssSelector("tr.request[data-id='" + id + "']"));
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
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
}
