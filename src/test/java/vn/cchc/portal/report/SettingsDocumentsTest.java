package vn.cchc.portal.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.settings.Settings;
import vn.cchc.portal.settings.SettingsService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Signer;

import java.io.IOException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 17: the directory of units prints the issuer and signer the settings name, and a change of the settings
 * changes the PDF; changes are checked, audited and refused to anyone but an administrator. Each test rolls back.
 */
@SpringBootTest
@Transactional
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "dbUserDetailsService")
class SettingsDocumentsTest {

    @Autowired
    DocumentSettings documents;

    @Autowired
    SettingsService settings;

    @Autowired
    OrgUnitDirectoryReport directory;

    @Autowired
    OrgUnitService units;

    @Autowired
    AuditLog audit;

    long unit(String code) {
        return units.activeUnits().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private Settings save(long unitId, String province, String body, String place, Signer signer) {
        Settings values = new Settings(province, documents.settings().appSubtitle(), unitId);
        IssuerForm issuer = documents.issuerForm(unitId);
        issuer.setIssuingBody(body);
        issuer.setPlace(place);
        issuer.setSigner(signer);
        return documents.save(values, documents.version(), issuer);
    }

    private String directoryText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(directory.render(ExportFormat.PDF))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void theDirectoryPdfPrintsTheIssuerAndSignerOfTheSettingsAndFollowsTheirChange() throws IOException {
        long stp = unit("STP");
        save(stp, "Lâm Viên", "SỞ TƯ PHÁP", "Lâm Viên", new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Thử"));
        String first = directoryText();
        assertThat(first).contains("SỞ TƯ PHÁP", "/DS-STP", "Lâm Viên, ngày", "Hoàng Văn Thử", "PHÓ GIÁM ĐỐC");

        save(stp, "Lâm Viên", "SỞ TƯ PHÁP", "Đà Lạt", new Signer("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Lê Thị Đổi"));
        String second = directoryText();
        assertThat(second)
                .contains("Đà Lạt, ngày", "Lê Thị Đổi", "CHÁNH VĂN PHÒNG", "TL. GIÁM ĐỐC")
                .doesNotContain("Hoàng Văn Thử", "Lâm Viên, ngày");
    }

    @Test
    void anotherIssuingUnitInTheSettingsIssuesTheDirectory() throws IOException {
        save(unit("STC"), "Lâm Viên", null, null, new Signer(null, "GIÁM ĐỐC", "Phan Văn Chọn"));
        assertThat(directoryText()).contains("SỞ TÀI CHÍNH", "/DS-STC", "Phan Văn Chọn");
    }

    @Test
    void aBlankProvinceIsRefusedAndNothingChanges() {
        Settings before = settings.current();
        Settings blank = new Settings("   ", "Không được lưu", before.issuingUnitId());

        assertThatThrownBy(() -> documents.save(blank, documents.version(), null))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).message(Locale.ENGLISH))
                        .isEqualTo("Please enter the province or city."))
                .hasMessage("Vui lòng nhập tên tỉnh, thành phố.");
        assertThat(settings.current()).isEqualTo(before);
    }

    @Test
    void anOverlongSignerIsRefusedAndNotStored() {
        long stp = unit("STP");
        assertThatThrownBy(() -> save(stp, "Tỉnh mới", null, null, new Signer(null, null, "A".repeat(201))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Thông tin ban hành quá dài; hãy rút gọn.");
        assertThat(documents.issuerForm(stp).getSigner().name()).isNull();
    }

    @Test
    void everyChangeIsInTheAuditLogWithReadableValues() {
        long stp = unit("STP");
        Settings before = settings.current();
        save(stp, "Lâm Viên", null, null, Signer.NONE);

        assertThat(audit.history(AuditSubjectType.SETTINGS, 1, Locale.forLanguageTag("vi")))
                .extracting(AuditRow::fieldLabel, AuditRow::newValue)
                .contains(
                        tuple("Tên tỉnh, thành phố", "Lâm Viên"),
                        tuple("Đơn vị ban hành văn bản của cổng", "Sở Tư pháp"));
        assertThat(before.provinceName()).isNotEqualTo("Lâm Viên");
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
    void onlyAnAdministratorChangesTheSettings() {
        Settings values = new Settings("Lâm Viên", null, null);
        assertThatThrownBy(() -> settings.save(values, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.save(values, 0, null)).isInstanceOf(AccessDeniedException.class);
    }
}
