package vn.cchc.portal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The planner opens the target matrix of Plan 629/KH-UBND and overrides a cell with a reason; the head of Phường Pleiku
 * enters this month's values of the live plan; the results view shows met and not met.
 */
class IndicatorTargetsIT extends BrowserTest {

    private Page as(BrowserContext context, String user) {
        return Browsers.signIn(context, app, user, Browsers.PASSWORD);
    }

    private static BrowserContext context(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
    }

    private static void open(Page page, String menu) {
        Browsers.menu(page).filter(new Locator.FilterOptions().setHasText(menu)).click();
    }

    @Test
    void aPlannerOverridesATargetACommuneEntersItsMonthAndResultsShowMetAndNotMet() {
        try (BrowserContext planner = context(browser)) {
            Page page = as(planner, "chuyenvien.snv");
            open(page, "Chỉ tiêu theo đơn vị");
            Browsers.pick(page, "#targets-plan", "629/KH-UBND");
            Locator grid = page.locator("#targets-grid");
            PlaywrightAssertions.assertThat(grid).containsText("Sở Giao thông vận tải");
            Locator transport = page.locator("span[data-unit='Sở Giao thông vận tải'][data-col='t3-1']");
            PlaywrightAssertions.assertThat(transport).hasText("77,37");
            PlaywrightAssertions.assertThat(page.locator("span[data-unit='Sở Xây dựng'][data-col='t2-1']"))
                    .hasText("78,7 ✎");
            page.waitForTimeout(600);
            Browsers.shot(page, "indicator-targets-departments.png");

            Locator justice = page.locator("span[data-unit='Sở Tư pháp'][data-col='t2-1']");
            PlaywrightAssertions.assertThat(justice).hasText("60");
            justice.click();
            page.locator("#override-value input").fill("65,5");
            page.locator("#override-save").click();
            PlaywrightAssertions.assertThat(page.locator("#override-reason"))
                    .containsText("Vui lòng nhập lý do điều chỉnh.");
            page.locator("#override-reason textarea").fill("Sở Tư pháp đăng ký chỉ tiêu cao hơn tại hội nghị");
            Browsers.shot(page, "indicator-override-dialog.png");
            page.locator("#override-save").click();
            PlaywrightAssertions.assertThat(page.getByText("Đã lưu chỉ tiêu điều chỉnh."))
                    .isVisible();
            PlaywrightAssertions.assertThat(page.locator("span[data-unit='Sở Tư pháp'][data-col='t2-1']"))
                    .hasText("65,5 ✎");

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Cấp xã"))
                    .click();
            Browsers.pick(page, "#targets-district", "Huyện Chư Prông");
            Locator iaTor = page.locator("span[data-unit='Xã Ia Tôr'][data-col='t2-0']");
            PlaywrightAssertions.assertThat(iaTor).hasText("↳ 30");
            PlaywrightAssertions.assertThat(page.locator("span[data-unit='Xã Ia Tôr'][data-col='t2-1']"))
                    .hasText("↳ 60");
            PlaywrightAssertions.assertThat(page.locator("span[data-unit='Xã Ia Tôr'][data-col='t3-1']"))
                    .hasText("↳ 55");
            page.waitForTimeout(600);
            Browsers.shot(page, "indicator-targets-communes.png");
        }
        try (BrowserContext commune = context(browser)) {
            Page page = as(commune, "chutich.phuongpleiku");
            open(page, "Nhập số liệu chỉ tiêu");
            PlaywrightAssertions.assertThat(page.locator("#actuals-unit input")).hasValue("Phường Pleiku");
            PlaywrightAssertions.assertThat(page.locator("#actuals-period input"))
                    .hasValue(java.util.regex.Pattern.compile("^Tháng \\d{1,2}/\\d{4}.*"));
            page.locator("#actual-766-3 input").fill("100");
            page.locator("#actual-766-4 input").fill("0,5");
            page.locator("#actual-766-5 input").fill("98.75");
            page.locator("#actual-766-1 input").fill("130");
            page.locator("#actuals-save").click();
            PlaywrightAssertions.assertThat(page.locator("#actual-766-1"))
                    .containsText("130 nằm ngoài khoảng cho phép");
            page.locator("#actual-766-1 input").fill("100");
            page.locator("#actuals-save").click();
            PlaywrightAssertions.assertThat(page.getByText("Đã lưu số liệu")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#actual-766-5 input")).hasValue("98,75");
            Browsers.shot(page, "indicator-actuals-commune.png");

            open(page, "Kết quả thực hiện chỉ tiêu");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Cấp xã"))
                    .click();
            Locator results = page.locator("#results-grid");
            PlaywrightAssertions.assertThat(results).containsText("Phường Pleiku");
            PlaywrightAssertions.assertThat(results).containsText("✓ 100 /");
            PlaywrightAssertions.assertThat(results).containsText("✗ 0,5 /");
            results.getByText("Phường Pleiku").first().click();
            PlaywrightAssertions.assertThat(page.locator("#trend-chart svg")).isVisible();
            page.waitForTimeout(800);
            Browsers.shot(page, "indicator-results-commune.png");
        }
        try (BrowserContext planner = context(browser)) {
            Page page = as(planner, "chuyenvien.snv");
            open(page, "Kết quả thực hiện chỉ tiêu");
            Browsers.pick(page, "#results-plan", "629/KH-UBND");
            PlaywrightAssertions.assertThat(page.locator("#results-province")).containsText("88,67%");
            Locator results = page.locator("#results-grid");
            PlaywrightAssertions.assertThat(results).containsText("✓");
            PlaywrightAssertions.assertThat(results).containsText("✗");
            results.getByText("Sở Tư pháp").first().click();
            PlaywrightAssertions.assertThat(page.locator("#trend-chart svg")).isVisible();
            page.waitForTimeout(800);
            Browsers.shot(page, "indicator-results-629.png");
        }
    }
}
