package vn.cchc.portal.report.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.report.ArchivedReport;
import vn.cchc.portal.report.DocumentKind;
import vn.cchc.portal.report.GeneratedFile;
import vn.cchc.portal.report.ReportArchive;
import vn.cchc.portal.shared.CurrentUser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Văn bản, báo cáo" view without a browser: choosing document, plan and period; generating in the background
 * with progress shown; the download link is the archived file with its checksum; unit users choose only their own
 * unit and are refused the province's report.
 */
@SpringBootTest
class DocumentsViewTest extends SpringBrowserlessTest {

    private static final String USERS = "dbUserDetailsService";

    @Autowired
    ReportArchive archive;

    @Autowired
    OrgUnitService units;

    @Autowired
    CurrentUser currentUser;

    @Test
    @WithUserDetails(value = "lanhdao.ubnd", userDetailsServiceBeanName = USERS)
    void theLeaderGeneratesAQuarterlyReportAndGetsTheArchivedFileWithItsChecksum() {
        navigate(DocumentsView.class);
        assertThat(test(kind()).getSelected()).isEqualTo(DocumentKind.PERIODIC);
        assertThat($(Button.class).withId("reports-write").all())
                .as("a leader does not write reports")
                .isEmpty();
        test(plan()).selectItem("1908/KH-UBND — " + planTitle("1908/KH-UBND"));
        assertThat(periodLabels())
                .startsWith("Quý III/2023")
                .contains("Cả năm 2023")
                .doesNotContain("6 tháng đầu năm 2023");
        assertThat(test(period()).getSelected().label()).isEqualTo("Quý III/2023");

        test($(Button.class).id("reports-generate")).click();
        assertThat($(ProgressBar.class).withId("reports-progress").all())
                .as("progress shown")
                .hasSize(1);
        assertThat($(Button.class).id("reports-generate").isEnabled()).isFalse();
        pollUntil(() -> !$(Anchor.class).withId("reports-download").all().isEmpty()
                || status().startsWith("Bạn")
                || status().contains("lỗi"));

        Anchor download = $(Anchor.class).id("reports-download");
        long archiveId = Long.parseLong(download.getHref().substring("/reports/archive/".length()));
        GeneratedFile file = archive.download(archiveId);
        assertThat(download.getElement().getAttribute("data-sha256"))
                .isEqualTo(file.sha256())
                .isEqualTo(ReportArchive.sha256(file.content()));
        assertThat(status()).isEqualTo("Đã tạo xong và lưu trữ (SHA-256 " + file.sha256() + ").");
        assertThat($(ProgressBar.class).withId("reports-progress").all()).isEmpty();
        assertThat($(Button.class).id("reports-generate").isEnabled()).isTrue();
        assertThat($(Anchor.class).id("reports-stable-url").getHref())
                .matches("/reports/plans/\\d+/periods/\\d+\\.pdf");
        ArchivedReport first = test(archiveGrid()).getRow(0);
        assertThat(first.id()).isEqualTo(archiveId);
        assertThat(first.createdBy()).isEqualTo("lanhdao.ubnd");
        assertThat(first.kind()).isEqualTo(DocumentKind.PERIODIC);
    }

    @Test
    @WithUserDetails(value = "lanhdao.ubnd", userDetailsServiceBeanName = USERS)
    void choosingADocumentShowsOnlyTheFieldsItNeeds() {
        navigate(DocumentsView.class);
        test(kind()).selectItem("Kế hoạch");
        assertThat(plan().isVisible()).isTrue();
        assertThat($(ComboBox.class).withId("reports-period").all()).isEmpty();
        test(kind()).selectItem("Báo cáo tiến độ của đơn vị");
        assertThat(period().isVisible()).isTrue();
        assertThat(unit().isVisible()).isTrue();
        test(kind()).selectItem("Danh sách cơ quan, đơn vị");
        assertThat($(ComboBox.class).withId("reports-plan").all()).isEmpty();
        test(kind()).selectItem("Báo cáo CCHC định kỳ");
        test($(Button.class).id("reports-generate")).click();
        assertThat($(ProgressBar.class).withId("reports-progress").all())
                .as("no plan chosen: nothing starts")
                .isEmpty();
    }

    @Test
    @WithUserDetails(value = "giamdoc.stp", userDetailsServiceBeanName = USERS)
    void aUnitHeadChoosesOnlyTheirOwnUnitAndIsRefusedTheProvincesReport() {
        long stp = currentUser.require().unitId();
        navigate(DocumentsView.class);
        assertThat(kind().getListDataView().getItems()).doesNotContain(DocumentKind.ORG_UNITS);
        test(kind()).selectItem("Báo cáo tiến độ của đơn vị");
        assertThat(unit().getListDataView().getItems())
                .isNotEmpty()
                .allSatisfy(u ->
                        assertThat(units.isWithin(u.id(), stp)).as(u.name()).isTrue());
        assertThat(test(unit()).getSelected().id()).isEqualTo(stp);
        assertThat(test(unit()).getSelected().name()).isEqualTo("Sở Tư pháp");
        assertThat($(Button.class).withId("reports-write").all())
                .as("a unit head writes their reports")
                .hasSize(1);

        test(kind()).selectItem("Báo cáo CCHC định kỳ");
        test(plan()).selectItem("1908/KH-UBND — " + planTitle("1908/KH-UBND"));
        test($(Button.class).id("reports-generate")).click();
        pollUntil(() -> !$(Anchor.class).withId("reports-download").all().isEmpty() || status().startsWith("Bạn"));
        assertThat(status()).isEqualTo("Bạn không có quyền tạo văn bản này.");
        assertThat($(Anchor.class).withId("reports-download").all()).isEmpty();
        List<ArchivedReport> visible = new ArrayList<>();
        for (int i = 0; i < test(archiveGrid()).size(); i++) {
            visible.add(test(archiveGrid()).getRow(i));
        }
        assertThat(visible)
                .allSatisfy(r -> assertThat(r.unitId() != null && units.isWithin(r.unitId(), stp))
                        .as(r.title())
                        .isTrue());
    }

    /** Fires the browser's polls until the background job has shown its outcome. */
    private void pollUntil(BooleanSupplier done) {
        UI ui = UI.getCurrent();
        for (int i = 0; i < 1200 && !done.getAsBoolean(); i++) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        }
        assertThat(done.getAsBoolean())
                .as("the job finished; status: " + status())
                .isTrue();
    }

    private String planTitle(String number) {
        return plan().getListDataView()
                .getItems()
                .filter(p -> number.equals(p.number()))
                .findFirst()
                .map(PlanSummary::title)
                .orElseThrow();
    }

    private List<String> periodLabels() {
        return period().getListDataView()
                .getItems()
                .map(DocumentsView.PeriodChoice::label)
                .toList();
    }

    private String status() {
        return $(Span.class).id("reports-status").getText();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<DocumentKind> kind() {
        return $(ComboBox.class).id("reports-kind");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<PlanSummary> plan() {
        return $(ComboBox.class).id("reports-plan");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<DocumentsView.PeriodChoice> period() {
        return $(ComboBox.class).id("reports-period");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<OrgUnitSummary> unit() {
        return $(ComboBox.class).id("reports-unit");
    }

    @SuppressWarnings("unchecked")
    private Grid<ArchivedReport> archiveGrid() {
        return $(Grid.class).id("reports-archive");
    }
}
