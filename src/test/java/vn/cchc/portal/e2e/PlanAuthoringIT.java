package vn.cchc.portal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
            Browsers.menu(page).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Kế hoạch")).click();
            PlaywrightAssertions.assertThat(page.locator("#plans-grid")).containsText("1908/KH-UBND");
            Browsers.shot(page, "plans-list.png");

            PlanSteps.create(page, "Kế hoạch cải cách hành chính tỉnh Gia Lai năm 2026");
            PlanSteps.tab(page, "Nội dung, nhiệm vụ");
            PlanSteps.addItem(page, "1", "TC 1.1", "Hoàn thành 100% kế hoạch CCHC năm 2026", "Sở Nội vụ");
            PlanSteps.addItem(page, "2", "TCTP 2.1.1", "Thực hiện đầy đủ hoạt động theo dõi thi hành pháp luật",
                    "Sở Tư pháp");
            PlanSteps.addItem(page, "3", "TCTP 3.2.1", "100% TTHC được công bố kịp thời",
                    "Văn phòng Ủy ban nhân dân tỉnh");
            PlaywrightAssertions.assertThat(page.locator("#items-grid")).containsText("TCTP 2.1.1");
            PlaywrightAssertions.assertThat(page.locator("#items-grid")).containsText("Sở Tư pháp");
            Browsers.shot(page, "plan-items-draft.png");

            PlanSteps.sign(page, "250/KH-UBND");

            page.locator("#plan-issue").click();
            PlaywrightAssertions.assertThat(page.locator("#plan-status")).hasText("Đã ban hành");
            Browsers.shot(page, "plan-after-issue.png");
            PlaywrightAssertions.assertThat(page.locator("#plan-issue")).hasCount(0);
            PlaywrightAssertions.assertThat(page.locator("#plan-header-save")).hasCount(0);
            assertThat(page.locator("#plan-number input").isEditable()).isFalse();
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Nội dung, nhiệm vụ")).click();
            PlaywrightAssertions.assertThat(page.locator("#item-add")).hasCount(0);
            PlaywrightAssertions.assertThat(page.locator("#items-grid")).containsText("TCTP 3.2.1");
            Browsers.shot(page, "plan-items-issued.png");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Lịch sử")).click();
            PlaywrightAssertions.assertThat(page.locator("#history-grid")).containsText("Ban hành");
            Browsers.shot(page, "plan-history.png");
        }
    }
}
