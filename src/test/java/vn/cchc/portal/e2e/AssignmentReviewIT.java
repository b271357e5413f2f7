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
 * A planner issues a plan; the head of Sở Tư pháp follows the notice to the task and submits progress with a PDF
 * dropped while typing; the planner follows the notice to the report and returns it with a comment; the unit finds
 * the reason, its text and its evidence, and resubmits; the planner accepts; the history shows all four steps.
 */
class AssignmentReviewIT extends BrowserTest {

    static final String PLAN = "515/KH-UBND";

    private Page as(BrowserContext context, String user) {
        return Browsers.signIn(context, app, user, Browsers.PASSWORD);
    }

    private static Path evidencePdf() throws Exception {
        Path file = Browsers.SHOTS.resolve("Báo cáo tiến độ Sở Tư pháp.pdf");
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
                var out = new ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            Files.write(file, out.toByteArray());
        }
        return file;
    }

    @Test
    void aReportIsReturnedResubmittedAndAcceptedWithEveryStepInTheHistory() throws Exception {
        Path pdf = evidencePdf();
        try (BrowserContext planner = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = as(planner, "chuyenvien.snv");
            PlanSteps.createAndIssue(
                    page,
                    PLAN,
                    "Kế hoạch rà soát văn bản năm 2026",
                    "Rà soát 100% văn bản quy phạm pháp luật",
                    "Sở Tư pháp");
        }
        try (BrowserContext unit = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = as(unit, "giamdoc.stp");
            // the notice of the new task leads to the task itself
            openNotice(page, PLAN);
            PlaywrightAssertions.assertThat(page.locator("#task-status")).isVisible();
            PlaywrightAssertions.assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/task/\\d+$"));
            page.locator("#update-percent input").fill("60");
            page.locator("#update-result textarea").fill("Đã rà soát 60% văn bản.");
            page.locator("#update-save").click();
            PlaywrightAssertions.assertThat(page.getByText("Đã lưu bản nháp.")).isVisible();
            // a file dropped while a proposal is being typed leaves the proposal as typed
            page.locator("#update-proposals textarea").fill("Đề xuất bổ sung biên chế pháp chế.");
            drop(page, "#evidence-upload", pdf);
            PlaywrightAssertions.assertThat(page.locator("#evidence-list"))
                    .containsText(pdf.getFileName().toString());
            PlaywrightAssertions.assertThat(page.locator("#update-proposals textarea"))
                    .hasValue("Đề xuất bổ sung biên chế pháp chế.");
            // the same file again is refused
            page.locator("#evidence-upload input[type=file]").setInputFiles(pdf);
            PlaywrightAssertions.assertThat(page.locator("#update-error")).containsText("trùng nội dung");
            PlaywrightAssertions.assertThat(page.locator("#evidence-list .cchc-evidence-row"))
                    .hasCount(1);
            Browsers.shot(page, "task-report-draft.png");
            page.locator("#update-submit").click();
            PlaywrightAssertions.assertThat(page.getByText("Đã gửi báo cáo tiến độ."))
                    .isVisible();
            // the form now shows what was sent and that it waits for review
            PlaywrightAssertions.assertThat(page.locator("#update-sent-state")).hasText("Đã gửi, chờ duyệt");
            PlaywrightAssertions.assertThat(page.locator("#update-sent")).containsText("Đã rà soát 60% văn bản.");
        }
        try (BrowserContext planner = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = as(planner, "chuyenvien.snv");
            // the planner hears of the report, and the notice opens it for review
            PlaywrightAssertions.assertThat(page.locator("#notification-count")).isVisible();
            openNotice(page, "Báo cáo tiến độ chờ duyệt: Sở Tư pháp");
            page.locator("#review-comment").waitFor();
            PlaywrightAssertions.assertThat(page.locator("#review-detail")).containsText("Đã rà soát 60% văn bản.");
            page.locator("#review-comment textarea").fill("Bổ sung danh mục văn bản đã rà soát.");
            page.locator("#review-return").click();
            PlaywrightAssertions.assertThat(page.getByText("Đã trả lại báo cáo cho đơn vị."))
                    .isVisible();
        }
        try (BrowserContext unit = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = as(unit, "giamdoc.stp");
            PlaywrightAssertions.assertThat(page.locator("#notification-count")).isVisible();
            openTask(page);
            // the reason on top; the returned text and evidence are the starting point
            PlaywrightAssertions.assertThat(page.locator("#update-returned-reason"))
                    .containsText("Bổ sung danh mục văn bản đã rà soát.");
            PlaywrightAssertions.assertThat(page.locator("#update-result textarea"))
                    .hasValue("Đã rà soát 60% văn bản.");
            PlaywrightAssertions.assertThat(page.locator("#update-proposals textarea"))
                    .hasValue("Đề xuất bổ sung biên chế pháp chế.");
            PlaywrightAssertions.assertThat(page.locator("#evidence-list"))
                    .containsText(pdf.getFileName().toString());
            Browsers.shot(page, "task-returned.png");
            page.locator("#update-completed input").check();
            page.locator("#update-result textarea").fill("Đã rà soát 100% văn bản, kèm danh mục.");
            page.locator("#update-submit").click();
            PlaywrightAssertions.assertThat(page.getByText("Đã gửi báo cáo tiến độ."))
                    .isVisible();
            PlaywrightAssertions.assertThat(page.locator("#update-sent"))
                    .containsText(pdf.getFileName().toString());
        }
        try (BrowserContext planner = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = as(planner, "chuyenvien.snv");
            review(page);
            Browsers.shot(page, "review-queue.png");
            page.locator("#review-accept").click();
            PlaywrightAssertions.assertThat(page.getByText("Đã chấp nhận báo cáo."))
                    .isVisible();
            page.locator("#review-grid").waitFor();

            Browsers.menu(page)
                    .filter(new Locator.FilterOptions().setHasText("Tổng hợp tiến độ"))
                    .click();
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
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Các lần báo cáo"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("#updates-panel")).containsText("Bị trả lại");
            PlaywrightAssertions.assertThat(page.locator("#updates-panel")).containsText("Đã duyệt");
            PlaywrightAssertions.assertThat(page.locator("#updates-panel"))
                    .containsText("Báo cáo tiến độ Sở Tư pháp.pdf");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Nhật ký thay đổi"))
                    .click();
            Locator log = page.locator("#audit-grid");
            PlaywrightAssertions.assertThat(log).containsText("Gửi báo cáo");
            PlaywrightAssertions.assertThat(log).containsText("Trả lại báo cáo");
            PlaywrightAssertions.assertThat(log).containsText("Chấp nhận báo cáo");
            Browsers.shot(page, "task-history.png");
        }
    }

    /** Opens the notification list and follows the link of the newest notice whose title holds the text. */
    private static void openNotice(Page page, String text) {
        page.locator("#notification-bell").click();
        Locator notice = page.locator("[id^=notification-]:has(h2)", new Page.LocatorOptions().setHasText(text))
                .first();
        // notices are written just after the step that causes them commits: look again until it is there
        for (int attempt = 0; attempt < 30 && notice.count() == 0; attempt++) {
            page.locator("h1").first().waitFor();
            if (notice.count() == 0) {
                page.waitForTimeout(2000);
                page.reload();
            }
        }
        notice.locator("a.cchc-link-button").click();
    }

    /** Drops a file onto an upload zone, as a user dragging it from the desktop does. */
    private static void drop(Page page, String upload, Path file) throws java.io.IOException {
        String base64 = java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        var transfer = page.evaluateHandle(
                "([name, data]) => { const bytes = Uint8Array.from(atob(data),"
                        + " c => c.charCodeAt(0)); const dt = new DataTransfer();"
                        + " dt.items.add(new File([bytes], name, { type: 'application/pdf' })); return dt; }",
                java.util.List.of(file.getFileName().toString(), base64));
        page.locator(upload).dispatchEvent("dragover", java.util.Map.of("dataTransfer", transfer));
        page.locator(upload).dispatchEvent("drop", java.util.Map.of("dataTransfer", transfer));
    }

    private void openTask(Page page) {
        PlanSteps.openTask(page, PLAN);
    }

    private void review(Page page) {
        Browsers.menu(page)
                .filter(new Locator.FilterOptions().setHasText("Duyệt báo cáo tiến độ"))
                .click();
        page.locator("#review-grid").getByText(PLAN).first().click();
        page.locator("#review-comment").waitFor();
    }
}
