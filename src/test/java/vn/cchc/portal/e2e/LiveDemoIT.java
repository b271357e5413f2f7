package vn.cchc.portal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh start of the packaged application, whatever the day: every unit role signs in to live work (open tasks,
 * some overdue), the district sees how its communes do with what it passed on, the planner has reports to review,
 * and the plan editor shows the leads as the plan prints them.
 */
class LiveDemoIT extends BrowserTest {

    private static final Pattern COUNT = Pattern.compile("(\\d+) việc, (\\d+) quá hạn");

    private BrowserContext context() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
    }

    /** Signs in and opens a page of the side menu. */
    private Page open(BrowserContext context, String user, String menu) {
        Page page = Browsers.signIn(context, app, user, Browsers.PASSWORD);
        Browsers.menu(page).filter(new Locator.FilterOptions().setHasText(menu)).click();
        return page;
    }

    private Page openTasks(BrowserContext context, String user) {
        Page page = open(context, user, "Việc của đơn vị");
        PlaywrightAssertions.assertThat(page.locator("#tasks-count")).containsText("quá hạn");
        page.locator("#tasks-grid vaadin-grid-cell-content:visible").first().waitFor();
        return page;
    }

    @Test
    void everyUnitRoleSeesOpenTasksAndAtLeastOneOverdueOnFirstSignIn() {
        for (String user : new String[] {"giamdoc.stp", "canbo.stp", "chutich.phuongpleiku", "congchuc.phuongpleiku"}) {
            try (BrowserContext context = context()) {
                Page page = openTasks(context, user);
                Matcher count = COUNT.matcher(page.locator("#tasks-count").textContent());
                assertThat(count.find()).as(user).isTrue();
                int tasks = Integer.parseInt(count.group(1));
                int overdue = Integer.parseInt(count.group(2));
                assertThat(tasks).as(user + ": tasks").isGreaterThan(overdue);
                assertThat(overdue).as(user + ": overdue").isPositive();
                PlaywrightAssertions.assertThat(page.locator("#tasks-grid")).containsText("Quá hạn");
                page.waitForTimeout(500);
                Browsers.shot(page, "live-tasks-" + user + ".png");
            }
        }
    }

    @Test
    void theHeadOfANewWardWorksOnTheProvincesPlanDirectlyAndTheFormerDistrictHasNoLiveWork() {
        try (BrowserContext context = context()) {
            Page page = openTasks(context, "chutich.phuongpleiku");
            PlaywrightAssertions.assertThat(page.locator("#tasks-grid")).containsText("3012/KH-UBND");
            Browsers.shot(page, "live-tasks-new-ward.png");
        }
        try (BrowserContext context = context()) {
            Page page = open(context, "chutich.chuprong", "Việc của đơn vị");
            PlaywrightAssertions.assertThat(page.locator("#tasks-count")).containsText("0");
            Browsers.shot(page, "live-tasks-former-district.png");
        }
    }

    @Test
    void thePlannerHasReportsOfTheLiveYearToReview() {
        try (BrowserContext context = context()) {
            Page page = open(context, "chuyenvien.snv", "Duyệt báo cáo tiến độ");
            PlaywrightAssertions.assertThat(page.locator("#review-grid")).containsText("3012/KH-UBND");
            PlaywrightAssertions.assertThat(page.locator("#review-grid")).containsText("Phường Pleiku");
            page.waitForTimeout(500);
            Browsers.shot(page, "live-review-queue.png");
        }
    }

    @Test
    void thePlanEditorShowsTheLeadsAsPrintedBesideTheUnitsTheyResolveTo() {
        try (BrowserContext context = context()) {
            Page page = open(context, "chuyenvien.snv", "Kế hoạch");
            page.locator("#plans-grid").waitFor();
            page.locator("#plan-search input").fill("629");
            page.waitForTimeout(1500); // the search field filters lazily; let the list settle before clicking a row
            page.locator(
                            "#plans-grid vaadin-grid-cell-content:visible",
                            new Page.LocatorOptions().setHasText("629/KH-UBND"))
                    .first()
                    .click();
            try {
                page.locator("#plan-tabs").waitFor();
            } finally {
                Browsers.shot(page, "plan-editor-header.png");
            }
            PlanSteps.tab(page, "Nội dung, nhiệm vụ");
            Locator items = page.locator("#items-grid");
            items.waitFor();
            // section IV, its part 1, the first task: "1.1", led by every unit addressed (each leads its part)
            items.evaluate("grid => grid.scrollToIndex(3, 0, 0)");
            PlaywrightAssertions.assertThat(items)
                    .containsText(
                            "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố; UBND các xã, phường, thị trấn");
            PlaywrightAssertions.assertThat(items).containsText("mỗi đơn vị chủ trì phần việc của mình");
            PlaywrightAssertions.assertThat(items).containsText("Không giao: Ban Dân tộc, Thanh tra tỉnh");
            page.waitForTimeout(800);
            Browsers.shot(page, "plan-editor-each-leads.png");
            items.evaluate("grid => grid.scrollToIndex(3, 2)");
            PlaywrightAssertions.assertThat(items).containsText("Báo Gia Lai, Đài Phát thanh - Truyền hình Gia Lai");
            page.waitForTimeout(800);
            Browsers.shot(page, "plan-editor-printed-leads.png");

            // 1908: narrative item 3.23 has two leads and spells out the appendix row of its criterion
            PlanSteps.openPlans(page);
            page.locator("#plan-search input").fill("1908");
            page.waitForTimeout(1500);
            page.locator(
                            "#plans-grid vaadin-grid-cell-content:visible",
                            new Page.LocatorOptions().setHasText("1908/KH-UBND"))
                    .first()
                    .click();
            page.locator("#plan-tabs").waitFor();
            PlanSteps.tab(page, "Nội dung, nhiệm vụ");
            items.waitFor();
            items.evaluate("grid => grid.scrollToIndex(1, 2, 22)");
            PlaywrightAssertions.assertThat(items).containsText("3.23. TCTP 6.3.1");
            PlaywrightAssertions.assertThat(items).containsText("(phụ lục: TCTP 6.3.1)");
            PlaywrightAssertions.assertThat(items).containsText("Sở Tài chính; UBND cấp huyện");
            page.waitForTimeout(800);
            Browsers.shot(page, "plan-editor-1908-two-leads.png");
        }
    }

    @Test
    void theLeaderFollowsThePlanInForce() {
        try (BrowserContext context = context()) {
            Page page = open(context, "lanhdao.ubnd", "Tổng hợp tiến độ");
            Browsers.pick(page, "#overview-plan", "3012/KH-UBND");
            PlaywrightAssertions.assertThat(page.locator("#overview-chart svg")).isVisible();
            PlaywrightAssertions.assertThat(page.locator(
                                    "#overview-overdue vaadin-grid-cell-content:visible",
                                    new Page.LocatorOptions().setHasText("%"))
                            .first())
                    .isVisible();
            page.waitForTimeout(800);
            Browsers.shot(page, "live-overview.png");
        }
    }
}
