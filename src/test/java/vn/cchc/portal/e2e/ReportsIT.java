package vn.cchc.portal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leader generates the quarterly CCHC report in the browser, sees its progress, downloads the PDF, and downloads
 * the archived file again with the same SHA-256; a unit user is refused another unit's report address.
 */
class ReportsIT extends BrowserTest {

    @Test
    void theLeaderGeneratesTheQuarterlyReportAndDownloadsTheSameArchivedFileAgainAndAUnitUserIsRefusedIt()
            throws Exception {
        String archiveUrl;
        String stableUrl;
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1366, 900).setAcceptDownloads(true))) {
            Page page = Browsers.signIn(context, app, "lanhdao.ubnd", Browsers.PASSWORD);
            Browsers.menu(page)
                    .filter(new Locator.FilterOptions().setHasText("Văn bản, báo cáo"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("#reports-generate")).isVisible();
            Browsers.pick(page, "#reports-plan", "1908/KH-UBND");
            PlaywrightAssertions.assertThat(page.locator("#reports-period input"))
                    .hasValue("Quý III/2023");
            Browsers.shot(page, "reports-view.png");

            // records whether the progress bar was on screen at any moment, however short the work
            page.evaluate("() => { window.progressSeen = false; new MutationObserver(() => {"
                    + " const bar = document.querySelector('#reports-progress');"
                    + " if (bar && !bar.hasAttribute('hidden')) { window.progressSeen = true; } })"
                    + ".observe(document.body, {subtree: true, attributes: true, childList: true}); }");
            page.locator("#reports-generate").click();
            Locator link = page.locator("#reports-download");
            PlaywrightAssertions.assertThat(link)
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
            assertThat(page.evaluate("() => window.progressSeen")).isEqualTo(true);
            PlaywrightAssertions.assertThat(page.locator("#reports-status")).containsText("Đã tạo xong");
            PlaywrightAssertions.assertThat(page.locator("#reports-progress")).isHidden();
            Browsers.shot(page, "reports-done.png");
            String shown = link.getAttribute("data-sha256");

            Download first = page.waitForDownload(link::click);
            Path pdf = Browsers.SHOTS.resolve("bao-cao-quy-1908.pdf");
            first.saveAs(pdf);
            byte[] bytes = Files.readAllBytes(pdf);
            assertThat(sha256(bytes)).isEqualTo(shown);
            try (PDDocument document = Loader.loadPDF(bytes)) {
                assertThat(new PDFTextStripper().getText(document))
                        .contains("BÁO CÁO", "quý III năm 2023", "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN");
            }

            archiveUrl = link.getAttribute("href");
            stableUrl = page.locator("#reports-stable-url").getAttribute("href");
            assertThat(stableUrl).matches("/reports/plans/\\d+/periods/\\d+\\.pdf");
            Locator archived = page.locator("#reports-archive a[href='" + archiveUrl + "']");
            PlaywrightAssertions.assertThat(archived).isVisible();
            Download again = page.waitForDownload(archived::click);
            Path copy = Browsers.SHOTS.resolve("bao-cao-quy-1908-luu-tru.pdf");
            again.saveAs(copy);
            assertThat(sha256(Files.readAllBytes(copy))).isEqualTo(shown);
            Browsers.shot(page, "reports-archive.png");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = Browsers.signIn(context, app, "giamdoc.stp", Browsers.PASSWORD);
            Browsers.menu(page).first().waitFor();
            assertThat(page.request().get(app.url(archiveUrl)).status()).isEqualTo(403);
            assertThat(page.request().get(app.url(stableUrl)).status()).isEqualTo(403);
            assertThat(page.request()
                            .get(app.url(stableUrl.replace(".pdf", ".xlsx")))
                            .status())
                    .isEqualTo(403);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
