package vn.cchc.portal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's check in a real browser: the administrator adds a unit with two sub-units in "Cơ quan, đơn vị" and
 * creates the accounts of its head and of one sub-unit in "Người dùng"; the head writes a plan whose two items are
 * led by the sub-units and issues it; the sub-unit's user signs in and finds its task.
 */
class NewUnitPlanIT extends BrowserTest {

    private static final String UNIT = "Ban Quản lý Khu kinh tế thử nghiệm";
    private static final String OFFICE = "Văn phòng Ban thử nghiệm";
    private static final String DIVISION = "Phòng Quản lý đầu tư thử nghiệm";
    private static final String PLAN = "17/KH-BQLTN";

    private static BrowserContext context(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
    }

    @Test
    void anAdministratorSetsUpAUnitWithSubUnitsAndTheirPeopleWhoThenPlanAndFindTheirTask() {
        try (BrowserContext admin = context(browser)) {
            Page page = Browsers.signIn(admin, app, "admin", Browsers.PASSWORD);
            openOrgUnits(page);
            page.locator("#add-unit").click();
            page.locator("#unit-name input").fill(UNIT);
            page.locator("#unit-code input").fill("BQLTN");
            Browsers.pick(page, "#unit-parent", "Ủy ban nhân dân tỉnh Gia Lai");
            page.locator("#unit-save").click();
            // the saved unit offers its head's account right away
            page.locator("#create-head-account").click();
            PlaywrightAssertions.assertThat(page.locator("#user-unit input")).hasValue(UNIT);
            fillAccount(page, "truongban.bqltn", "Nguyễn Văn Trưởng");
            page.locator("#user-save").click();
            PlaywrightAssertions.assertThat(page.locator("#users-grid")).containsText("truongban.bqltn");

            openOrgUnits(page);
            addSubUnit(page, OFFICE, "BQLTN-VP");
            addSubUnit(page, DIVISION, "BQLTN-QLDT");
            page.locator("#org-search input").fill("thử nghiệm");
            PlaywrightAssertions.assertThat(page.locator("#org-grid")).containsText(DIVISION);
            Browsers.shot(page, "new-unit-tree.png");

            Browsers.menu(page)
                    .filter(new Locator.FilterOptions().setHasText("Người dùng"))
                    .click();
            page.locator("#add-user").click();
            fillAccount(page, "canbo.bqltn.qldt", "Trần Thị Cán Bộ");
            Browsers.pick(page, "#user-unit", DIVISION);
            page.locator("#user-roles vaadin-checkbox", new Page.LocatorOptions().setHasText("Cán bộ đơn vị"))
                    .click();
            page.locator("#user-save").click();
            PlaywrightAssertions.assertThat(page.locator("#users-grid")).containsText("canbo.bqltn.qldt");

            // the deployment's settings, filled by the demo data, are the administrator's to change
            Browsers.menu(page)
                    .filter(new Locator.FilterOptions().setHasText("Cài đặt"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("#settings-province input"))
                    .hasValue("Gia Lai");
            PlaywrightAssertions.assertThat(page.locator("#settings-issuing-unit input"))
                    .hasValue("Sở Nội vụ");
            Browsers.shot(page, "settings.png");
        }
        try (BrowserContext head = context(browser)) {
            Page page = Browsers.signIn(head, app, "truongban.bqltn", PASSWORD);
            PlanSteps.create(page, "Kế hoạch cải cách hành chính của Ban năm 2026");
            PlanSteps.tab(page, "Nội dung, nhiệm vụ");
            PlanSteps.addItem(page, "1", null, "Rà soát quy trình nội bộ của Văn phòng", OFFICE);
            PlanSteps.addItem(page, "2", null, "Công khai thủ tục đầu tư trên cổng dịch vụ công", DIVISION);
            PlaywrightAssertions.assertThat(page.locator("#items-grid")).containsText(DIVISION);
            PlanSteps.sign(page, PLAN);
            PlanSteps.issue(page);
            Browsers.shot(page, "new-unit-plan-issued.png");
        }
        try (BrowserContext staff = context(browser)) {
            Page page = Browsers.signIn(staff, app, "canbo.bqltn.qldt", PASSWORD);
            Browsers.menu(page)
                    .filter(new Locator.FilterOptions().setHasText("Việc của đơn vị"))
                    .click();
            // the sub-unit's only task: the second item of the head's plan, led by the sub-unit
            PlaywrightAssertions.assertThat(page.locator("#tasks-count")).hasText("1 việc, 0 quá hạn");
            PlaywrightAssertions.assertThat(page.locator("#tasks-grid")).containsText(PLAN);
            page.locator(
                            "#tasks-grid vaadin-grid-cell-content:visible",
                            new Page.LocatorOptions().setHasText("Công khai thủ tục đầu tư trên cổng dịch vụ công"))
                    .first()
                    .click();
            PlaywrightAssertions.assertThat(page.locator("#task-status")).hasText("Chưa thực hiện");
            PlaywrightAssertions.assertThat(page.locator("body"))
                    .containsText("Công khai thủ tục đầu tư trên cổng dịch vụ công");
            Browsers.shot(page, "new-unit-subunit-task.png");
        }
    }

    private static final String PASSWORD = "Kx7#ban-thu-nghiem-2026";

    private static void openOrgUnits(Page page) {
        Browsers.menu(page)
                .filter(new Locator.FilterOptions().setHasText("Cơ quan, đơn vị"))
                .click();
        page.locator("#org-grid").waitFor();
    }

    private static void fillAccount(Page page, String username, String fullName) {
        page.locator("#user-username input").fill(username);
        page.locator("#user-fullname input").fill(fullName);
        page.locator("#user-password input").fill(PASSWORD);
    }

    /** Right-click on the new unit in the tree, "Thêm đơn vị trực thuộc…", name and code; kind and parent preset. */
    private static void addSubUnit(Page page, String name, String code) {
        page.locator("#org-search input").fill(UNIT);
        Locator row = page.locator(
                        "#org-grid vaadin-grid-cell-content:visible", new Page.LocatorOptions().setHasText(UNIT))
                .first();
        row.click(new Locator.ClickOptions().setButton(com.microsoft.playwright.options.MouseButton.RIGHT));
        page.locator("vaadin-context-menu-item:visible", new Page.LocatorOptions().setHasText("Thêm đơn vị trực thuộc"))
                .click();
        PlaywrightAssertions.assertThat(page.locator("#unit-parent input")).hasValue(UNIT);
        page.locator("#unit-name input").fill(name);
        page.locator("#unit-code input").fill(code);
        page.locator("#unit-save").click();
        PlaywrightAssertions.assertThat(page.locator("#unit-save")).hasCount(0);
    }
}
