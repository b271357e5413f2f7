package vn.cchc.portal.report;

import vn.cchc.portal.report.campaign.CampaignData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixture rows for the campaign report until the indicator module (issue 10) provides real ones: the 254 units of
 * Plan 629/KH-UBND with their 2023 results (Appendix I) and day-100 targets (Appendix II; communes take the
 * districts' targets), and made-up actual values (baseline raised by a fixed step per unit, so some units miss).
 */
public final class CampaignFixture {

    public static final List<CampaignData.Indicator> INDICATORS = List.of(
            new CampaignData.Indicator("CK", "Tỷ lệ công khai, minh bạch", "%", true),
            new CampaignData.Indicator("TD", "Tiến độ giải quyết", "%", true),
            new CampaignData.Indicator("DVC", "Tỷ lệ dịch vụ công trực tuyến", "%", true),
            new CampaignData.Indicator("TT", "Tỷ lệ thanh toán trực tuyến", "%", true),
            new CampaignData.Indicator("HL", "Mức độ hài lòng", "%", true),
            new CampaignData.Indicator("SH", "Số hóa hồ sơ", "%", true));

    private CampaignFixture() {
    }

    /** The province's 254 units; {@code copies} > 1 repeats them (national scale: 13 copies ≈ 3,300 units). */
    public static CampaignData province629(int copies) {
        List<String[]> rows = rows();
        List<CampaignData.UnitResult> units = new ArrayList<>();
        long id = 0;
        for (int copy = 0; copy < copies; copy++) {
            for (String[] c : rows) {
                id++;
                List<CampaignData.Value> values = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    BigDecimal baseline = pct(c[3 + 2 * i]);
                    BigDecimal target = pct(c[4 + 2 * i]);
                    BigDecimal step = BigDecimal.valueOf((id * 7 + i * 13) % 70);
                    BigDecimal actual = baseline == null ? null : baseline.add(step).min(BigDecimal.valueOf(100));
                    values.add(new CampaignData.Value(baseline, target, actual));
                }
                String name = copies > 1 ? c[1] + " – " + (copy + 1) : c[1];
                units.add(new CampaignData.UnitResult(c[0], id, name, c[2].isBlank() ? null : c[2], values));
            }
        }
        return new CampaignData("Tổng kết 100 ngày", LocalDate.of(2024, 6, 29), INDICATORS, units);
    }

    static List<String[]> rows() {
        try (InputStream in = CampaignFixture.class.getResourceAsStream("/report/campaign-629.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String[]> out = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                out.add((lines[i] + "\t\t\t").split("\t", -1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal pct(String text) {
        String v = text.replace("%", "").replace(",", ".").strip();
        return v.isEmpty() || v.equals("-") ? null : new BigDecimal(v);
    }
}
