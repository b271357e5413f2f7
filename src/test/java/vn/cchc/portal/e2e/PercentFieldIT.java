package vn.cchc.portal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

/**
 * In a real browser, a unit head types "80.35" into the task's percent-complete field: it is refused with a message
 * (the field takes whole percentages) and nothing is saved — never 8035 as before; "80" then saves and reads back.
 * (Decimal percent fields, e.g. the indicator values, read "98.75" as 98,75: {@link IndicatorTargetsIT}.)
 */
class PercentFieldIT extends BrowserTest {

    private static final String PLAN = "813/KH-UBND";

    private BrowserContext context() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
    }

    @Test
    void aPercentTypedWithADotIsRefusedWithAMessageAndAWholeOneIsSaved() {
        try (BrowserContext context = context()) {
            Page page = Browsers.signIn(context, app, "chuyenvien.snv", Browsers.PASSWORD);
            PlanSteps.createAndIssue(
                    page, PLAN, "Kế hoạch thử ô tỷ lệ hoàn thành năm 2026", "Nhập tỷ lệ có dấu chấm", "Sở Tư pháp");
        }
        try (BrowserContext context = context()) {
            Page page = Browsers.signIn(context, app, "giamdoc.stp", Browsers.PASSWORD);
            PlanSteps.openTask(page, PLAN);
            page.locator("#update-percent input").fill("80.35");
            page.locator("#update-result textarea").fill("Đã rà soát phần lớn văn bản.");
            page.locator("#update-save").click();
            PlaywrightAssertions.assertThat(page.locator("#update-percent"))
                    .containsText("“80.35” không phải là số nguyên");
            PlaywrightAssertions.assertThat(page.locator("#update-percent input"))
                    .hasValue("80.35");
            PlaywrightAssertions.assertThat(page.getByText("Đã lưu bản nháp.")).hasCount(0);
            Browsers.shot(page, "percent-refused.png");

            page.locator("#update-percent input").fill("80");
            page.locator("#update-save").click();
            PlaywrightAssertions.assertThat(page.getByText("Đã lưu bản nháp.").first())
                    .isVisible();
            page.reload();
            PlaywrightAssertions.assertThat(page.locator("#update-percent input"))
                    .hasValue("80");
        }
    }
}
