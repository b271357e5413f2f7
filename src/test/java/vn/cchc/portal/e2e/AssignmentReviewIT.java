package vn.cchc.portal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A planner issues a plan; the head of Sở Tư pháp submits progress with a PDF; the planner returns it with a
 * comment; the unit resubmits; the planner accepts; the history shows all four steps.
 */
class AssignmentReviewIT extends BrowserTest {

    static final String PLAN = "515/KH-UBND";



    private Page as(BrowserContext context, String user) {
        return Browsers.signIn(context, app, user, Browsers.PASSWORD);
    }

    private static Path evidencePdf() throws Exception {
        Path file = Browsers.SHOTS.resolve("Báo cáo tiến độ Sở Tư pháp.pdf");
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            Files.write(file, out.toByteArray());
        }
        return file;
    }

    @Test
    void aReportIsReturnedResubmittedAndAcceptedWithEveryStepInTheHistory() throws Exception {
        try (BrowserContext planner = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = as(planner, "chuyenvien.snv");
            PlanSteps.createAndIssue(page, PLAN, "Kế hoạch rà soát văn bản năm 2026",
                    "Rà soát 100% văn bản quy phạm pháp luật", "Sở Tư pháp");
        }
        try (BrowserContext unit = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = as(unit, "giamdoc.stp");
            openTask(page);
            page.locator("#update-percent input").fill("60");
            page.locator("#update-result textarea").fill("Đã rà soát 60% văn bản.");
            page.locator("#update-save").click();
            PlaywrightAssertions.assertThat(page.getByText("Đã lưu bản nháp.")).isVisible();
            page.locator("#evidence-upload input[type=file]").setInputFiles(evidencePdf());
            PlaywrightAssertions.assertThat(page.getByText("Đã thêm minh chứng")).isVisible();
            Browsers.shot(page, "task-report-draft.png");
            page.locator("#update-submit").click();
            PlaywrightAssertions.assertThat(page.getByText("Đã gửi báo cáo tiến độ.")).isVisible();
        }
        try (BrowserContext planner = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = as(planner, "chuyenvien.snv");
            review(page);
            page.locator("#review-comment textarea").fill("Bổ sung danh mục văn bản đã rà soát.");
            page.locator("#review-return").click();
            PlaywrightAssertions.assertThat(page.getByText("Đã trả lại báo cáo cho đơn vị.")).isVisible();
        }
        try (BrowserContext unit = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = as(unit, "giamdoc.stp");
            PlaywrightAssertions.assertThat(page.locator("#notification-count")).isVisible();
            openTask(page);
            page.locator("#update-completed input").check();
            page.locator("#update-result textarea").fill("Đã rà soát 100% văn bản, kèm danh mục.");
            page.locator("#update-submit").click();
            PlaywrightAssertions.assertThat(page.getByText("Đã gửi báo cáo tiến độ.")).isVisible();
        }
        try (BrowserContext planner = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = as(planner, "chuyenvien.snv");
            review(page);
            Browsers.shot(page, "review-queue.png");
            page.locator("#review-accept").click();
            PlaywrightAssertions.assertThat(page.getByText("Đã chấp nhận báo cáo.")).isVisible();
            page.locator("#review-grid").waitFor();

            Browsers.menu(page).filter(new Locator.FilterOptions().setHasText("Tổng hợp tiến độ")).click();
            Browsers.pick(page, "#overview-plan", PLAN);
            PlaywrightAssertions.assertThat(page.locator("#overview-chart svg")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#overview-units")).containsText("Sở Tư pháp");
            Browsers.chartSettled(page, "#overview-chart");
            Browsers.shot(page, "overview.png");
        }
        try (BrowserContext unit = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = as(unit, "giamdoc.stp");
            openTask(page);
            PlaywrightAssertions.assertThat(page.locator("#task-status")).hasText("Hoàn thành đúng hạn");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Các lần báo cáo")).click();
            PlaywrightAssertions.assertThat(page.locator("#updates-panel")).containsText("Bị trả lại");
            PlaywrightAssertions.assertThat(page.locator("#updates-panel")).containsText("Đã duyệt");
            PlaywrightAssertions.assertThat(page.locator("#updates-panel"))
                    .containsText("Báo cáo tiến độ Sở Tư pháp.pdf");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Nhật ký thay đổi")).click();
            Locator log = page.locator("#audit-grid");
            PlaywrightAssertions.assertThat(log).containsText("Gửi báo cáo");
            PlaywrightAssertions.assertThat(log).containsText("Trả lại báo cáo");
            PlaywrightAssertions.assertThat(log).containsText("Chấp nhận báo cáo");
            Browsers.shot(page, "task-history.png");
        }
    }

    private void openTask(Page page) {
        PlanSteps.openTask(page, PLAN);
    }

    private void review(Page page) {
        Browsers.menu(page).filter(new Locator.FilterOptions().setHasText("Duyệt báo cáo tiến độ")).click();
        page.locator("#review-grid").getByText(PLAN).first().click();
        page.locator("#review-comment").waitFor();
    }
}
