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
 * In a real browser a planner creates a plan from scratch, adds three items under different criteria, issues it,
 * and can no longer edit it.
 */
class PlanAuthoringIT extends BrowserTest {

    @Test
    void aPlannerWritesAPlanWithThreeItemsIssuesItAndCanNoLongerEditIt() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = Browsers.signIn(context, app, "chuyenvien.snv", Browsers.PASSWORD);
            Browsers.menu(page)
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Kế hoạch"))
                    .click();
            // the live year comes first; the historical plans (1908/KH-UBND, 629/KH-UBND) are further down the lazy
            // grid
            PlaywrightAssertions.assertThat(page.locator("#plans-grid")).containsText("3012/KH-UBND");
            Browsers.shot(page, "plans-list.png");

            PlanSteps.create(page, "Kế hoạch cải cách hành chính tỉnh Gia Lai năm 2026");
            PlanSteps.tab(page, "Nội dung, nhiệm vụ");
            PlanSteps.addItem(page, "1", "TC 1.1", "Hoàn thành 100% kế hoạch CCHC năm 2026", "Sở Nội vụ");
            PlanSteps.addItem(
                    page, "2", "TCTP 2.1.1", "Thực hiện đầy đủ hoạt động theo dõi thi hành pháp luật", "Sở Tư pháp");
            PlanSteps.addItem(
                    page, "3", "TCTP 3.2.1", "100% TTHC được công bố kịp thời", "Văn phòng Ủy ban nhân dân tỉnh");
            PlaywrightAssertions.assertThat(page.locator("#items-grid")).containsText("TCTP 2.1.1");
            PlaywrightAssertions.assertThat(page.locator("#items-grid")).containsText("Sở Tư pháp");
            Browsers.shot(page, "plan-items-draft.png");

            PlanSteps.sign(page, "250/KH-UBND");

            PlanSteps.issue(page);
            Browsers.shot(page, "plan-after-issue.png");
            PlaywrightAssertions.assertThat(page.locator("#plan-issue")).hasCount(0);
            PlaywrightAssertions.assertThat(page.locator("#plan-header-save")).hasCount(0);
            assertThat(page.locator("#plan-number input").isEditable()).isFalse();
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Nội dung, nhiệm vụ"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("#item-add")).hasCount(0);
            PlaywrightAssertions.assertThat(page.locator("#items-grid")).containsText("TCTP 3.2.1");
            Browsers.shot(page, "plan-items-issued.png");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Lịch sử"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("#history-grid")).containsText("Ban hành");
            Browsers.shot(page, "plan-history.png");
        }
    }

    @Test
    void aPlannerWritesATaskWithTwoLeadsAsPrintedAndLeavesAUnitOutWithTheReason() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = Browsers.signIn(context, app, "chuyenvien.snv", Browsers.PASSWORD);
            PlanSteps.create(page, "Kế hoạch nâng cao mức độ tự chủ của đơn vị sự nghiệp năm 2026");
            PlanSteps.tab(page, "Nội dung, nhiệm vụ");
            page.locator("#item-add").click();
            page.locator("#item-number input").fill("3.23");
            Browsers.pick(page, "#item-criterion", "TCTP 6.3.1");
            page.locator("#item-goal textarea").fill("Có thêm từ 01 đơn vị SNCL trở lên tự bảo đảm chi thường xuyên");
            Browsers.pick(page, "#item-lead", "Sở Tài chính");
            pickMany(page, "#item-co-leads", "UBND cấp huyện");
            page.locator("#item-lead-text input").fill("Sở Tài chính; UBND cấp huyện");
            pickMany(page, "#item-coordinating", "Các sở, ban, ngành tỉnh");
            pickMany(page, "#item-excluded", "Ban Dân tộc");
            page.locator("#item-excluded-reason input").fill("Không có đơn vị sự nghiệp công lập");
            Browsers.shot(page, "plan-item-dialog-two-leads.png");
            page.locator("#item-save").click();
            PlaywrightAssertions.assertThat(page.locator("#item-save")).hasCount(0);

            Locator items = page.locator("#items-grid");
            PlaywrightAssertions.assertThat(items).containsText("Sở Tài chính; UBND cấp huyện");
            PlaywrightAssertions.assertThat(items).containsText("mỗi đơn vị chủ trì phần việc của mình");
            PlaywrightAssertions.assertThat(items)
                    .containsText("Không giao: Ban Dân tộc (Không có đơn vị sự nghiệp công lập)");
            Browsers.shot(page, "plan-item-two-leads.png");
        }
    }

    /** Picks one option of a Vaadin multi-select combo box and closes it. */
    private static void pickMany(Page page, String selector, String text) {
        Locator input = page.locator(selector + " input");
        input.click();
        input.fill(text);
        page.locator("vaadin-multi-select-combo-box-item:visible", new Page.LocatorOptions().setHasText(text))
                .first()
                .click();
        input.press("Escape");
        PlaywrightAssertions.assertThat(page.locator(selector)).containsText(text);
    }
}
