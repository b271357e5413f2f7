package vn.cchc.portal.report.campaign;

import org.junit.jupiter.api.Test;
import vn.cchc.portal.report.BodyLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The campaign report's tables and ranking from a few units with known results. */
class CampaignReportAssemblerTest {

    static final List<CampaignData.Indicator> INDICATORS = List.of(
            new CampaignData.Indicator("766.3", "Tỷ lệ dịch vụ công trực tuyến", "%", true),
            new CampaignData.Indicator("X", "Số hồ sơ trễ hạn", "", false));

    /** A value with the indicator module's verdict (met true/false, null without data). */
    static CampaignData.Value v(String target, String actual, Boolean met) {
        return new CampaignData.Value(
                null,
                target == null ? null : new BigDecimal(target),
                actual == null ? null : new BigDecimal(actual),
                met);
    }

    static CampaignData.UnitResult unit(String section, String name, String parent, CampaignData.Value... values) {
        return new CampaignData.UnitResult(section, name.hashCode(), name, parent, Arrays.asList(values));
    }

    static CampaignData data() {
        String dept = "1. Các sở, ban, ngành tỉnh";
        String commune = "3. UBND các xã, phường, thị trấn";
        return new CampaignData(
                "Tổng kết 100 ngày",
                "Tổng kết 100 ngày",
                LocalDate.of(2024, 6, 29),
                INDICATORS,
                List.of(
                        unit(dept, "Sở Tư pháp", null, v("60", "82.6", true), v("5", "2", true)),
                        unit(dept, "Sở Xây dựng", null, v("60", "30", false), v("5", "9", false)),
                        unit(dept, "Sở Y tế", null, v("60", "45", false), v("5", "4", true)),
                        unit(dept, "Sở Tài chính", null, v("60", "59.99", false), v("5", "6", false)),
                        unit(commune, "Xã Ia Tôr", "Huyện Chư Prông", v("60", null, null), v("5", null, null)),
                        unit(commune, "Xã Ia Yeng", "Huyện Phú Thiện", null, null)),
                Arrays.asList(v("60", "55.9", false), null),
                List.of("Thanh tra tỉnh – không có TTHC"));
    }

    @Test
    void unitsThatMissedAreRankedByTargetsMissedThenByHowFarBehind() {
        List<CampaignReportAssembler.Missed> missed = CampaignReportAssembler.missed(data());

        assertThat(missed)
                .extracting(CampaignReportAssembler.Missed::unitName)
                .containsExactly("Sở Xây dựng", "Sở Tài chính", "Sở Y tế");
        assertThat(missed.getFirst().achievement()).isCloseTo((30 / 60.0 + 5 / 9.0) / 2, within(1e-9));
        assertThat(missed.get(2).missed()).isEqualTo(1);
        assertThat(missed.get(2).withTarget()).isEqualTo(2);
    }

    @Test
    void appendixRowsCountTargetsMetAndNameCommunesWithTheirDistrict() {
        List<CampaignAppendixRow> rows = CampaignReportAssembler.rows(data());

        assertThat(rows).extracting(CampaignAppendixRow::no).containsExactly("1", "2", "3", "4", "1", "2");
        assertThat(rows.getFirst()).satisfies(r -> {
            assertThat(r.t1()).isEqualTo("60%");
            assertThat(r.a1()).isEqualTo("82,6%");
            assertThat(r.m1()).isTrue();
            assertThat(r.a2()).isEqualTo("2");
            assertThat(r.m2()).isTrue();
            assertThat(r.met()).isEqualTo("2/2");
        });
        assertThat(rows.get(3).a1()).isEqualTo("59,99%");
        assertThat(rows.get(3).m1()).isFalse();
        assertThat(rows.get(4).unitName()).isEqualTo("Xã Ia Tôr (Huyện Chư Prông)");
        assertThat(rows.get(4).note()).isEqualTo("Chưa có số liệu");
        assertThat(rows.get(5).note()).isEqualTo("Không giao");
        assertThat(rows.get(5).met()).isEmpty();
    }

    @Test
    void theBodySummarisesLevelsAndIndicatorsAndListsUnitsWithoutFigures() {
        List<BodyLine> body = CampaignReportAssembler.body(data(), "Kế hoạch số 629/KH-UBND");
        String text = String.join(
                "\n",
                body.stream()
                        .map(l -> l.text() != null ? l.text() : String.join(" | ", l.c1(), l.c2(), l.c3(), l.c4()))
                        .toList());

        assertThat(text)
                .contains(
                        "- Tỷ lệ dịch vụ công trực tuyến: 55,9%; chỉ tiêu 60%, chưa đạt.",
                        "- Các sở, ban, ngành tỉnh: 1/4 đơn vị đạt tất cả chỉ tiêu được giao.",
                        "- UBND các xã, phường, thị trấn: 0/1 đơn vị đạt tất cả chỉ tiêu được giao; 1 đơn vị chưa có số liệu.",
                        "- Tỷ lệ dịch vụ công trực tuyến: 1/5 đơn vị đạt chỉ tiêu.",
                        "Đơn vị không giao chỉ tiêu: Thanh tra tỉnh – không có TTHC.",
                        "Có 3 cơ quan, đơn vị, địa phương chưa đạt chỉ tiêu",
                        "1 | Sở Xây dựng | 2/2 | 52,78%",
                        "Có 1 cơ quan, đơn vị, địa phương chưa có số liệu: Xã Ia Tôr (Huyện Chư Prông).");
    }
}
