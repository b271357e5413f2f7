package vn.cchc.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/** What a planner does in the browser to write plans. */
final class PlanSteps {

    private PlanSteps() {}

    static void openPlans(Page page) {
        Browsers.menu(page)
                .filter(new Locator.FilterOptions().setHasText("Kế hoạch"))
                .click();
        page.locator("#plans-grid").waitFor();
    }

    static void create(Page page, String title) {
        openPlans(page);
        page.locator("#create-plan").click();
        Browsers.pick(page, "vaadin-combo-box:has-text('Loại kế hoạch')", "Kế hoạch CCHC năm");
        page.locator("#new-plan-title textarea").fill(title);
        page.locator("#new-plan-save").click();
        PlaywrightAssertions.assertThat(page.locator("#plan-status")).hasText("Dự thảo");
    }

    static void tab(Page page, String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
    }

    static void addItem(Page page, String number, String criterion, String goal, String lead) {
        page.locator("#item-add").click();
        page.locator("#item-number input").fill(number);
        if (criterion != null) {
            Browsers.pick(page, "#item-criterion", criterion);
        }
        page.locator("#item-goal textarea").fill(goal);
        Browsers.pick(page, "#item-lead", lead);
        page.locator("#item-save").click();
        PlaywrightAssertions.assertThat(page.locator("#item-save")).hasCount(0);
    }

    static void sign(Page page, String number) {
        tab(page, "Thông tin chung");
        page.locator("#plan-number input").fill(number);
        page.locator("#plan-issue-date input").fill("15/01/2026");
        page.locator("#plan-issue-date input").press("Enter");
        page.locator("#plan-signer-title textarea").fill("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
        page.locator("#plan-signer-name input").fill("Nguyễn Văn Bình");
        page.locator("#plan-header-save").click();
        PlaywrightAssertions.assertThat(page.getByText("Đã lưu thông tin chung."))
                .isVisible();
    }

    /** Issues the plan: the confirmation says what issuing will do before it is done. */
    static void issue(Page page) {
        page.locator("#plan-issue").click();
        PlaywrightAssertions.assertThat(page.locator("#confirm-consequences")).containsText("Ban hành sẽ giao");
        PlaywrightAssertions.assertThat(page.locator("#plan-status")).hasText("Dự thảo");
        page.locator("#confirm-ok").click();
        PlaywrightAssertions.assertThat(page.locator("#plan-status")).hasText("Đã ban hành");
    }

    /** A unit user opens their unit's task of the plan with the given number from "Việc của đơn vị". */
    static void openTask(Page page, String planNumber) {
        Browsers.menu(page)
                .filter(new Locator.FilterOptions().setHasText("Việc của đơn vị"))
                .click();
        page.locator("#tasks-search input").fill(planNumber);
        // the search field filters lazily: the count says when the list holds only this plan's task
        PlaywrightAssertions.assertThat(page.locator("#tasks-count")).hasText("1 việc, 0 quá hạn");
        page.locator("#tasks-grid vaadin-grid-cell-content:visible", new Page.LocatorOptions().setHasText(planNumber))
                .first()
                .click();
        page.locator("#task-status").waitFor();
    }

    /** A plan with one task led by the given unit, issued. */
    static void createAndIssue(Page page, String number, String title, String goal, String lead) {
        create(page, title);
        tab(page, "Nội dung, nhiệm vụ");
        addItem(page, "1", null, goal, lead);
        sign(page, number);
        issue(page);
    }
}
