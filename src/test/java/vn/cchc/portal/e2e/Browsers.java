package vn.cchc.portal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** Headless system Chromium driven by Playwright, and the small steps every browser test repeats. */
final class Browsers {

    static final String PASSWORD = "Cchc@2026";
    static final Path SHOTS = Path.of("target", "screenshots");
    /**
     * How long a step may wait for the state it needs (an element, a text, a download). Tests wait for states,
     * never for a fixed time; on a busy machine states just come later, so the limit is generous.
     */
    static final double STATE_TIMEOUT_MS = 60_000;

    private Browsers() {}

    static Playwright playwright() {
        PlaywrightAssertions.setDefaultAssertionTimeout(STATE_TIMEOUT_MS);
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser chromium(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(System.getProperty("cchc.chromium", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--no-first-run")));
    }

    static Page signIn(BrowserContext context, PackagedApp app, String username, String password) {
        return signIn(context, app.url(""), username, password);
    }

    /** Signs in on the portal at the given address (no trailing slash). */
    static Page signIn(BrowserContext context, String baseUrl, String username, String password) {
        context.setDefaultTimeout(STATE_TIMEOUT_MS);
        Page page = context.newPage();
        page.navigate(baseUrl + "/");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        return page;
    }

    static Locator menu(Page page) {
        return page.locator("#main-nav vaadin-side-nav-item");
    }

    /** The labels of the side navigation, once it has rendered. */
    static List<String> menuLabels(Page page) {
        menu(page).first().waitFor();
        return menu(page).all().stream()
                .map(item -> item.evaluate("e => e.textContent")
                        .toString()
                        .replaceAll("\\s+", " ")
                        .strip())
                .toList();
    }

    /** Types into a Vaadin combo box and picks the first suggestion. */
    static void pick(Page page, String comboSelector, String text) {
        Locator input = page.locator(comboSelector + " input");
        input.click();
        input.fill(text);
        com.microsoft.playwright.Locator option = page.locator(
                        "vaadin-combo-box-item:visible", new Page.LocatorOptions().setHasText(text))
                .first();
        option.waitFor();
        option.click();
        PlaywrightAssertions.assertThat(page.locator("vaadin-combo-box-item:visible"))
                .hasCount(0);
    }

    /** Waits until the ECharts chart in the element has been drawn and its animations have ended. */
    static void chartSettled(Page page, String chartSelector) {
        page.waitForFunction(
                "selector => { const chart = document.querySelector(selector)?.chart;"
                        + " return !!chart && chart.getZr().animation.isFinished(); }",
                chartSelector);
    }

    static void shot(Page page, String name) {
        page.screenshot(
                new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(false));
    }
}
