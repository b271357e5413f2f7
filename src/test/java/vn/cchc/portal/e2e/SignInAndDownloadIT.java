package vn.cchc.portal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium against the packaged application: a planner and a unit head sign in, see their own menus,
 * and the planner downloads the official PDF.
 */
class SignInAndDownloadIT extends BrowserTest {

    static final String PASSWORD = Browsers.PASSWORD;
    static final Path SHOTS = Browsers.SHOTS;

    private Page signIn(BrowserContext context, String username, String password) {
        return Browsers.signIn(context, app, username, password);
    }

    private Locator menu(Page page) {
        return Browsers.menu(page);
    }

    private List<String> menuLabels(Page page) {
        return Browsers.menuLabels(page);
    }

    @Test
    void theEmbeddedDatabaseIsCreatedUnderData() {
        assertThat(Files.isDirectory(app.workDir().resolve("data"))).isTrue();
    }

    @Test
    void aWrongPasswordShowsTheGenericMessage() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "chuyenvien.snv", "sai-mat-khau");
            PlaywrightAssertions.assertThat(page.getByText("Tên đăng nhập hoặc mật khẩu không đúng"))
                    .isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("login-error.png")));
        }
    }

    @Test
    void aPlannerSeesOrgUnitsAndDownloadsTheOfficialPdf() throws Exception {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1366, 800).setAcceptDownloads(true))) {
            Page page = signIn(context, "chuyenvien.snv", PASSWORD);
            PlaywrightAssertions.assertThat(page.getByText("Xin chào, Nguyễn Thị Hương"))
                    .isVisible();
            assertThat(menuLabels(page))
                    .containsExactly(
                            "Trang chủ",
                            "Cơ quan, đơn vị",
                            "Bộ chỉ số, tiêu chí",
                            "Kế hoạch",
                            "Duyệt báo cáo tiến độ",
                            "Tổng hợp tiến độ",
                            "Chỉ tiêu theo đơn vị",
                            "Nhập số liệu chỉ tiêu",
                            "Kết quả thực hiện chỉ tiêu",
                            "Văn bản, báo cáo");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("planner-home.png")));

            menu(page)
                    .filter(new Locator.FilterOptions().setHasText("Cơ quan, đơn vị"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("#org-grid")).containsText("Sở Nội vụ");
            page.locator("#org-search input").fill("pleiku");
            PlaywrightAssertions.assertThat(page.locator("#org-grid")).containsText("Phường Pleiku");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("planner-org-units.png")));

            Download download =
                    page.waitForDownload(() -> page.locator("#download-pdf").click());
            Path pdf = SHOTS.resolve("danh-sach-co-quan-don-vi.pdf");
            download.saveAs(pdf);
            byte[] bytes = Files.readAllBytes(pdf);
            assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
            try (PDDocument document = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text)
                        .contains(
                                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                "Độc lập - Tự do - Hạnh phúc",
                                "DANH SÁCH",
                                "Sở Nội vụ",
                                "Phường Pleiku",
                                "Xã Gào");
            }
        }
    }

    @Test
    void aLeaderDownloadsTheDirectoryAsExcelFromDocuments() throws Exception {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1366, 800).setAcceptDownloads(true))) {
            Page page = signIn(context, "lanhdao.ubnd", PASSWORD);
            assertThat(menuLabels(page))
                    .containsExactly(
                            "Trang chủ",
                            "Kế hoạch",
                            "Tổng hợp tiến độ",
                            "Chỉ tiêu theo đơn vị",
                            "Kết quả thực hiện chỉ tiêu",
                            "Văn bản, báo cáo");
            menu(page)
                    .filter(new Locator.FilterOptions().setHasText("Văn bản, báo cáo"))
                    .click();
            Download download = page.waitForDownload(
                    () -> page.locator("#documents-org-units-xlsx").click());
            Path xlsx = SHOTS.resolve("danh-sach-co-quan-don-vi.xlsx");
            download.saveAs(xlsx);
            byte[] bytes = Files.readAllBytes(xlsx);
            assertThat(new String(bytes, 0, 2)).isEqualTo("PK");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("leader-documents.png")));
        }
    }

    @Test
    void aUnitHeadSeesOnlyOwnUnitAndCannotDownloadTheProvinceList() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 800))) {
            Page page = signIn(context, "giamdoc.stp", PASSWORD);
            assertThat(menuLabels(page))
                    .containsExactly(
                            "Trang chủ",
                            "Việc của đơn vị",
                            "Đơn vị của tôi",
                            "Kế hoạch",
                            "Chỉ tiêu theo đơn vị",
                            "Nhập số liệu chỉ tiêu",
                            "Kết quả thực hiện chỉ tiêu",
                            "Văn bản, báo cáo");
            menu(page)
                    .filter(new Locator.FilterOptions().setHasText("Đơn vị của tôi"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("#my-unit-grid")).containsText("Sở Tư pháp");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("unit-head-my-unit.png")));
            assertThat(page.request().get(app.url("/reports/org-units.pdf")).status())
                    .isEqualTo(403);

            page.locator("#user-menu").click();
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Đăng xuất"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("vaadin-login-form")).isVisible();
        }
    }
}
