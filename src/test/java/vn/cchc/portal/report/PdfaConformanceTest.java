package vn.cchc.portal.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory, rendered through the real compiled reports, is an archival PDF/A-1b file with its metadata. */
class PdfaConformanceTest {

    @Test
    void theDirectoryPdfPassesPreflightWithEveryFontEmbeddedAndCarriesItsMetadata() throws Exception {
        OfficialDocument doc = new OfficialDocument(
                "UBND TỈNH GIA LAI",
                "SỞ NỘI VỤ",
                "Số:      /DS-SNV",
                "Gia Lai",
                LocalDate.of(2024, 3, 19),
                "DANH SÁCH",
                "Cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh Gia Lai",
                java.util.List.of("Lưu: VT."),
                "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC",
                "Nguyễn Văn B",
                false,
                null);
        byte[] pdf = new OfficialDocumentRenderer()
                .render(
                        doc,
                        OrgUnitDirectory.BODY_REPORT,
                        OrgUnitDirectory.rows(SampleOrgUnits.tree()),
                        Map.of(),
                        ExportFormat.PDF);

        assertThat(PdfChecks.pdfaErrors(pdf)).isEmpty();
        assertThat(PdfChecks.fontsNotEmbedded(pdf)).isEmpty();
        assertThat(PdfChecks.info(pdf).getAuthor()).isEqualTo("SỞ NỘI VỤ");
        assertThat(PdfChecks.info(pdf).getTitle())
                .isEqualTo("Danh sách cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh Gia Lai");
        assertThat(PdfChecks.info(pdf).getSubject()).isEqualTo("Cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh Gia Lai");
    }
}
