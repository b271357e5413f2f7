package vn.cchc.portal.report;

import org.junit.jupiter.api.Test;
import vn.cchc.portal.report.campaign.CampaignAppendixRow;
import vn.cchc.portal.report.campaign.CampaignData;
import vn.cchc.portal.report.campaign.CampaignReportAssembler;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day-100 campaign report of Plan 629/KH-UBND (fixture rows: see {@link CampaignFixture}) lists every one of the
 * 254 units with target and actual, and ranks the units that missed.
 */
class CampaignReportTest {

    static byte[] render(CampaignData data) {
        Map<String, Object> params = new HashMap<>();
        params.put("APPENDIX_LABEL", "Phụ lục");
        params.put("APPENDIX_TITLE", "KẾT QUẢ THỰC HIỆN CHỈ TIÊU TỔNG KẾT 100 NGÀY");
        params.put("APPENDIX_CAPTION", "(Kèm theo Báo cáo số:      /BC-UBND)");
        for (int i = 0; i < 6; i++) {
            params.put("IND" + (i + 1), data.indicators().get(i).name());
        }
        OfficialDocument doc = new OfficialDocument(null, "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI", "Số:      /BC-UBND",
                "Gia Lai", LocalDate.of(2024, 7, 1), "BÁO CÁO", "Kết quả tổng kết 100 ngày thực hiện Chiến dịch",
                List.of("Lưu: VT."), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trương Hải Long", false);
        return new OfficialDocumentRenderer().render(doc, List.of(
                DocumentPart.body(BodyLine.REPORT, CampaignReportAssembler.body(data, "Kế hoạch số 629/KH-UBND"), Map.of()),
                DocumentPart.appendix("campaign-appendix", CampaignReportAssembler.rows(data), params)),
                ExportFormat.PDF, RenderProgress.NONE);
    }

    @Test
    void theDay100ReportListsEveryUnitWithTargetAndActual() throws Exception {
        CampaignData data = CampaignFixture.province629(1);
        assertThat(data.units()).hasSize(254);
        byte[] pdf = render(data);
        Files.createDirectories(PlanDocumentTest.SAMPLES);
        Files.write(PlanDocumentTest.SAMPLES.resolve("bao-cao-chien-dich-100-ngay.pdf"), pdf);
        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        for (CampaignAppendixRow row : CampaignReportAssembler.rows(data)) {
            assertThat(text).contains(row.unitName());
            assertThat(row.t3()).as(row.unitName()).isNotBlank();
            assertThat(row.a3()).as(row.unitName()).isNotBlank();
        }
        assertThat(text).contains("1. Các sở, ban, ngành tỉnh", "2. UBND các huyện, thị xã, thành phố",
                "3. UBND các xã, phường, thị trấn", "Xã Ia Tôr (Chư Prông)", "II. CÁC ĐƠN VỊ CHƯA ĐẠT CHỈ TIÊU");
        assertThat(PdfChecks.pdfaErrors(pdf)).isEmpty();
    }

    @Test
    void theUnitsThatMissedAreRankedByTargetsMissedThenAchievement() {
        List<CampaignReportAssembler.Missed> missed = CampaignReportAssembler.missed(CampaignFixture.province629(1));
        assertThat(missed).isNotEmpty();
        for (int i = 1; i < missed.size(); i++) {
            CampaignReportAssembler.Missed a = missed.get(i - 1);
            CampaignReportAssembler.Missed b = missed.get(i);
            assertThat(a.missed() > b.missed() || a.missed() == b.missed() && a.achievement() <= b.achievement())
                    .as(a + " before " + b).isTrue();
        }
    }
}
