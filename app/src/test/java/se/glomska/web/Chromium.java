package se.glomska.web;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium} driven by Debian's {@code chromium-driver} through Selenium: headless,
 * without a sandbox, without background networking, in a fresh profile. Installs both packages with
 * apt-get when they are missing (the tests run as root, as CI does); Selenium Manager is never asked
 * to download anything because both executables are given explicitly.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path PROFILES = Path.of("target", "chromium-profiles");

    private Chromium() {
    }

    /** A new headless browser whose pages ask for Swedish, the product's default language. */
    static WebDriver start() {
        ensureInstalled();
        Path profile;
        try {
            // A fresh profile for every browser, under target/ so that "mvn clean" removes it.
            profile = Files.createTempDirectory(Files.createDirectories(PROFILES), "profile-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-background-networking", "--disable-gpu",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--no-first-run", "--disable-sync",
                "--disable-extensions", "--disable-component-update", "--disable-default-apps",
                "--window-size=1280,1000", "--lang=sv-SE", "--accept-lang=sv-SE,sv");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Writes a screenshot of the whole page to {@code target/screenshots/<name>.png} and answers its path. */
    static Path screenshot(WebDriver driver, String name) {
        Dimension before = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver)
                .executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(height.intValue() + 150, 8000)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Installs chromium and chromium-driver with apt-get when either is missing; fails clearly if that fails. */
    static synchronized void ensureInstalled() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        run(List.of("apt-get", "update"));
        run(List.of("apt-get", "install", "-y", "chromium", "chromium-driver"));
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's packages chromium and chromium-driver ("
                    + BROWSER + ", " + DRIVER + "), and installing them failed: run "
                    + "'apt-get update && apt-get install -y chromium chromium-driver' as root.");
        }
    }

    private static void run(List<String> command) {
        try {
            Path log = Files.createTempFile("glomska-apt-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within 15 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                        + process.exitValue() + " (as root? network to the Debian mirror?). Output:\n"
                        + tail(Files.readString(log)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + String.join(" ", command)
                    + " to install chromium and chromium-driver for the browser tests", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }
}
