package vn.cchc.portal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;

/** A browser test against the packaged application: one app per JVM, one Chromium per test class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    PackagedApp app;
    Playwright playwright;
    Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        app = PackagedApp.shared();
        System.out.printf("Packaged application started in %d ms%n", app.startup.toMillis());
        Files.createDirectories(Browsers.SHOTS);
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
