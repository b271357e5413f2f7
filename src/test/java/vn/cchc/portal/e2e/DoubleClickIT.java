package vn.cchc.portal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hurried user double-clicks every create/save button of the plan, item, user, criterion and progress dialogs (and
 * presses Enter twice on one), and "Ban hành" with its confirmation: each time exactly one row is written. Units of the same name are told apart in the
 * pickers, a three-line result reads back on three lines, and a view not meant for a unit head answers with the
 * Vietnamese 403 page.
 */
class DoubleClickIT extends BrowserTest {

    private static final String PLAN_TITLE = "Kế hoạch kiểm tra nhấn đúp năm 2026";
    private static final String TASK_PLAN = "777/KH-UBND";

    private Page as(BrowserContext context, String user) {
        return Browsers.signIn(context, app, user, Browsers.PASSWORD);
    }

    private BrowserContext context() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
    }

    @Test
    void aPlannerDoubleClickingCreateAndSaveGetsOnePlanOneItemOneUserAndOneCriterion() {
        try (BrowserContext context = context()) {
            Page page = as(context, "chuyenvien.snv");

            // plan: one dialog for a double click on "Tạo kế hoạch", one plan for a double click on its save
            PlanSteps.openPlans(page);
            page.locator("#create-plan").dblclick();
            PlaywrightAssertions.assertThat(page.locator("#new-plan-save")).hasCount(1);
            Browsers.pick(page, "vaadin-combo-box:has-text('Loại kế hoạch')", "Kế hoạch CCHC năm");
            page.locator("#new-plan-title textarea").fill(PLAN_TITLE);
            page.locator("#new-plan-save").dblclick();
            PlaywrightAssertions.assertThat(page.locator("#plan-status")).hasText("Dự thảo");
            PlaywrightAssertions.assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/plan/\\d+$"));
            Browsers.shot(page, "plan-after-double-click.png");

            // items: a double click on "Lưu", then two quick Enter presses on it; the lead picker offers the units in
            // force (since 01/07/2025 the wards and communes, no district)
            PlanSteps.tab(page, "Nội dung, nhiệm vụ");
            page.locator("#item-add").dblclick();
            PlaywrightAssertions.assertThat(page.locator("#item-save")).hasCount(1);
            Locator lead = page.locator("#item-lead input");
            lead.click();
            lead.fill("pleiku");
            Locator ward = page.locator(
                    "vaadin-combo-box-item:visible", new Page.LocatorOptions().setHasText("Phường Pleiku"));
            PlaywrightAssertions.assertThat(ward).hasCount(1);
            PlaywrightAssertions.assertThat(page.locator(
                            "vaadin-combo-box-item:visible", new Page.LocatorOptions().setHasText("Thành phố Pleiku")))
                    .hasCount(0);
            Browsers.shot(page, "item-lead-units-in-force.png");
            ward.click();
            page.locator("#item-number input").fill("1");
            page.locator("#item-goal textarea").fill("Mục tiêu nhấn đúp\nDòng thứ hai");
            page.locator("#item-save").dblclick();
            PlaywrightAssertions.assertThat(page.locator("#item-save")).hasCount(0);

            page.locator("#item-add").click();
            page.locator("#item-number input").fill("2");
            page.locator("#item-goal textarea").fill("Mục tiêu phím Enter");
            Browsers.pick(page, "#item-lead", "Sở Tư pháp");
            page.locator("#item-save").focus();
            page.keyboard().press("Enter");
            page.keyboard().press("Enter");
            PlaywrightAssertions.assertThat(page.locator("#item-save")).hasCount(0);

            page.reload();
            PlanSteps.tab(page, "Nội dung, nhiệm vụ");
            Locator items = page.locator("#items-grid");
            PlaywrightAssertions.assertThat(items).containsText("Phường Pleiku");
            PlaywrightAssertions.assertThat(items.locator(
                            "vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Mục tiêu nhấn đúp")))
                    .hasCount(1);
            PlaywrightAssertions.assertThat(items.locator(
                            "vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Mục tiêu phím Enter")))
                    .hasCount(1);
            Browsers.shot(page, "items-after-double-clicks.png");

            PlanSteps.openPlans(page);
            page.locator("#plan-search input").fill("kiểm tra nhấn đúp");
            PlaywrightAssertions.assertThat(page.locator(
                            "#plans-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(PLAN_TITLE)))
                    .hasCount(1);

            // criterion: a double click on "Lưu" adds one criterion
            Browsers.menu(page)
                    .filter(new Locator.FilterOptions().setHasText("Bộ chỉ số, tiêu chí"))
                    .click();
            page.locator("#criteria-grid").waitFor();
            page.locator("#criteria-add-root").dblclick();
            PlaywrightAssertions.assertThat(page.locator("#criterion-save")).hasCount(1);
            page.locator("#criterion-code input").fill("NĐ 99");
            page.locator("#criterion-title textarea").fill("Lĩnh vực thử nhấn đúp");
            page.locator("#criterion-baseline input").fill("abc");
            page.locator("#criterion-save").click();
            PlaywrightAssertions.assertThat(page.locator("#criterion-error"))
                    .hasText("Vui lòng sửa các ô được đánh dấu đỏ.");
            PlaywrightAssertions.assertThat(page.locator("#criterion-baseline")).containsText("“abc”");
            page.locator("#criterion-baseline input").fill("");
            page.locator("#criterion-save").dblclick();
            PlaywrightAssertions.assertThat(page.locator("#criterion-save")).hasCount(0);
            page.reload();
            // the reloaded view is ready when its grid shows the framework's rows; then search
            PlaywrightAssertions.assertThat(page.locator(
                            "#criteria-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("TC 1.1")))
                    .not()
                    .hasCount(0);
            page.locator("#criteria-search input").fill("thử nhấn đúp");
            PlaywrightAssertions.assertThat(page.locator(
                            "#criteria-grid vaadin-grid-cell-content",
                            new Page.LocatorOptions().setHasText("Lĩnh vực thử nhấn đúp")))
                    .hasCount(1);
        }
        try (BrowserContext context = context()) {
            Page page = as(context, "admin");
            Browsers.menu(page)
                    .filter(new Locator.FilterOptions().setHasText("Người dùng"))
                    .click();
            page.locator("#add-user").dblclick();
            PlaywrightAssertions.assertThat(page.locator("#user-save")).hasCount(1);
            page.locator("#user-username input").fill("nhan.dup");
            page.locator("#user-fullname input").fill("Người Nhấn Đúp");
            Locator unit = page.locator("#user-unit input");
            unit.click();
            unit.fill("gao");
            page.locator("vaadin-combo-box-item:visible", new Page.LocatorOptions().setHasText("Xã Gào"))
                    .first()
                    .click();
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Cán bộ đơn vị"))
                    .check();
            page.locator("#user-password input").fill("Rv7kQm2pLx");
            page.locator("#user-save").dblclick();
            PlaywrightAssertions.assertThat(page.locator("#user-save")).hasCount(0);
            page.reload();
            page.locator("#users-search input").fill("nhan.dup");
            Locator rows = page.locator(
                    "#users-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("nhan.dup"));
            PlaywrightAssertions.assertThat(rows).hasCount(1);
            PlaywrightAssertions.assertThat(page.locator("#users-grid")).containsText("Xã Gào");
        }
    }

    @Test
    void aUnitHeadDoubleClickingSaveAndSubmitSendsOneReportWhoseThreeLinesReadBack() {
        try (BrowserContext context = context()) {
            Page page = as(context, "chuyenvien.snv");
            PlanSteps.createAndIssue(
                    page,
                    TASK_PLAN,
                    "Kế hoạch thử báo cáo nhiều dòng năm 2026",
                    "Báo cáo kết quả theo từng dòng",
                    "Sở Tư pháp");
        }
        try (BrowserContext context = context()) {
            Page page = as(context, "giamdoc.stp");
            PlanSteps.openTask(page, TASK_PLAN);
            page.locator("#update-percent input").fill("40");
            page.locator("#update-result textarea")
                    .fill("1. Đã rà soát 120 văn bản;\n2. Đã đề nghị sửa đổi 4 văn bản;\n3. Đang lập danh mục.");
            page.locator("#update-save").dblclick();
            PlaywrightAssertions.assertThat(page.getByText("Đã lưu bản nháp.").first())
                    .isVisible();
            page.locator("#update-submit").dblclick();
            // the "sent" notice is transient and may come and go unseen on a busy machine: wait for the report itself
            Locator cards = page.locator("#updates-panel .cchc-update");
            for (int attempt = 0; attempt < 30; attempt++) {
                page.waitForTimeout(2_000);
                page.reload();
                page.locator("#task-status").waitFor();
                page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Các lần báo cáo"))
                        .click();
                cards = page.locator("#updates-panel .cchc-update");
                if (cards.count() > 0) {
                    break;
                }
            }
            PlaywrightAssertions.assertThat(cards).hasCount(1);
            Locator lines = cards.locator(".cchc-update-result p");
            PlaywrightAssertions.assertThat(lines).hasCount(3);
            assertThat(lines.allTextContents())
                    .containsExactly(
                            "1. Đã rà soát 120 văn bản;", "2. Đã đề nghị sửa đổi 4 văn bản;", "3. Đang lập danh mục.");
            Browsers.shot(page, "task-three-line-result.png");

            // a view not meant for a unit head: the 403 page inside the shell, in Vietnamese
            for (String route : new String[] {"/review", "/overview", "/org-units", "/audit", "/admin/users"}) {
                page.navigate(app.url(route));
                PlaywrightAssertions.assertThat(page.locator("#error-page")).containsText("Không có quyền truy cập");
                PlaywrightAssertions.assertThat(page.locator("body")).not().containsText("Could not navigate");
                PlaywrightAssertions.assertThat(page.locator("#main-nav")).isVisible();
            }
            Browsers.shot(page, "forbidden-page.png");
        }
    }

    @Test
    void aPlannerDoubleClickingBanHanhIssuesThePlanOnceAndItsUnitGetsOneTask() {
        String number = "778/KH-UBND";
        try (BrowserContext context = context()) {
            Page page = as(context, "chuyenvien.snv");
            PlanSteps.create(page, "Kế hoạch kiểm tra ban hành nhấn đúp năm 2026");
            PlanSteps.tab(page, "Nội dung, nhiệm vụ");
            PlanSteps.addItem(page, "1", null, "Mục tiêu ban hành nhấn đúp", "Sở Tư pháp");
            PlanSteps.sign(page, number);

            // a double click on "Ban hành" opens one confirmation; a double click on its OK issues once
            page.locator("#plan-issue").dblclick();
            PlaywrightAssertions.assertThat(page.locator("#confirm-ok")).hasCount(1);
            page.locator("#confirm-ok").dblclick();
            PlaywrightAssertions.assertThat(page.locator("#plan-status")).hasText("Đã ban hành");
            PlaywrightAssertions.assertThat(page.locator("vaadin-notification-card[theme~='error']"))
                    .hasCount(0);
            PlaywrightAssertions.assertThat(page.getByText("Unexpected error")).hasCount(0);
            Browsers.shot(page, "plan-issued-after-double-click.png");
        }
        try (BrowserContext context = context()) {
            // the lead unit got the item's task once: its task list, searched for the plan, counts one
            Page page = as(context, "giamdoc.stp");
            PlanSteps.openTask(page, number);
            PlaywrightAssertions.assertThat(page.locator("#task-status")).isVisible();
        }
    }
}
