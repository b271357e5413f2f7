package vn.cchc.portal.report.campaign;

import vn.cchc.portal.report.BodyLine;
import vn.cchc.portal.shared.Formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out campaign results: a summary per section (how many units met every target), the units that missed
 * ranked from the furthest behind, and the appendix table of every unit with target and actual per indicator.
 */
public final class CampaignReportAssembler {

    /** At most this many indicators fit the landscape table. */
    public static final int MAX_INDICATORS = 6;

    private CampaignReportAssembler() {
    }

    /** A unit that missed targets: how many, and how far behind on average (actual over target). */
    public record Missed(String unitName, String section, int missed, int withTarget, double achievement,
                         List<String> details) {
    }

    public static List<CampaignAppendixRow> rows(CampaignData data) {
        List<CampaignAppendixRow> rows = new ArrayList<>();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (CampaignData.UnitResult unit : data.units()) {
            int no = numbers.merge(unit.section(), 1, Integer::sum);
            String[] t = new String[MAX_INDICATORS];
            String[] a = new String[MAX_INDICATORS];
            Boolean[] m = new Boolean[MAX_INDICATORS];
            int met = 0;
            int withTarget = 0;
            for (int i = 0; i < Math.min(MAX_INDICATORS, data.indicators().size()); i++) {
                CampaignData.Value v = i < unit.values().size() ? unit.values().get(i) : null;
                if (v == null) {
                    continue;
                }
                t[i] = percent(v.target());
                a[i] = percent(v.actual());
                m[i] = v.met(data.indicators().get(i).higherIsBetter());
                if (v.target() != null) {
                    withTarget++;
                    if (Boolean.TRUE.equals(m[i])) {
                        met++;
                    }
                }
            }
            String name = unit.parentName() == null ? unit.unitName() : unit.unitName() + " (" + unit.parentName() + ")";
            rows.add(new CampaignAppendixRow(unit.section(), String.valueOf(no), name, t[0], a[0], m[0], t[1], a[1],
                    m[1], t[2], a[2], m[2], t[3], a[3], m[3], t[4], a[4], m[4], t[5], a[5], m[5],
                    withTarget == 0 ? "" : met + "/" + withTarget, withTarget == 0 ? "Không giao" : null));
        }
        return rows;
    }

    /** The units that missed at least one target, most targets missed first, then lowest achievement. */
    public static List<Missed> missed(CampaignData data) {
        List<Missed> out = new ArrayList<>();
        for (CampaignData.UnitResult unit : data.units()) {
            int missed = 0;
            int withTarget = 0;
            double ratio = 0;
            List<String> details = new ArrayList<>();
            for (int i = 0; i < Math.min(data.indicators().size(), unit.values().size()); i++) {
                CampaignData.Value v = unit.values().get(i);
                if (v == null || v.target() == null) {
                    continue;
                }
                withTarget++;
                CampaignData.Indicator ind = data.indicators().get(i);
                ratio += v.actual() == null || v.target().signum() == 0 ? (v.actual() == null ? 0 : 1)
                        : Math.min(1, v.actual().doubleValue() / v.target().doubleValue());
                if (!Boolean.TRUE.equals(v.met(ind.higherIsBetter()))) {
                    missed++;
                    details.add(ind.name() + " " + percent(v.actual()) + "/" + percent(v.target()));
                }
            }
            if (missed > 0) {
                String name = unit.parentName() == null ? unit.unitName()
                        : unit.unitName() + " (" + unit.parentName() + ")";
                out.add(new Missed(name, unit.section(), missed, withTarget, withTarget == 0 ? 0 : ratio / withTarget,
                        details));
            }
        }
        out.sort(Comparator.comparingInt((Missed m) -> -m.missed()).thenComparingDouble(Missed::achievement)
                .thenComparing(Missed::unitName));
        return out;
    }

    /** Summary paragraphs and the ranked list of units that missed. */
    public static List<BodyLine> body(CampaignData data, String planRef) {
        List<BodyLine> body = new ArrayList<>();
        body.add(BodyLine.h1("I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU"));
        body.add(BodyLine.p("Thực hiện " + planRef + ", kết quả " + data.milestone().toLowerCase(Formats.VIETNAMESE)
                + " (số liệu đến ngày " + Formats.date(data.asOf()) + ") của " + data.units().size()
                + " cơ quan, đơn vị, địa phương như sau (chi tiết tại Phụ lục kèm theo):"));
        Map<String, int[]> sections = new LinkedHashMap<>();
        for (CampaignAppendixRow row : rows(data)) {
            int[] s = sections.computeIfAbsent(row.section(), k -> new int[2]);
            s[0]++;
            if (!row.met().isEmpty()) {
                String[] parts = row.met().split("/");
                if (parts[0].equals(parts[1])) {
                    s[1]++;
                }
            }
        }
        sections.forEach((section, s) -> body.add(BodyLine.p("- " + section + ": " + s[1] + "/" + s[0]
                + " đơn vị đạt tất cả chỉ tiêu được giao.")));
        for (int i = 0; i < data.indicators().size(); i++) {
            int met = 0;
            int with = 0;
            for (CampaignData.UnitResult unit : data.units()) {
                CampaignData.Value v = i < unit.values().size() ? unit.values().get(i) : null;
                if (v != null && v.target() != null) {
                    with++;
                    if (Boolean.TRUE.equals(v.met(data.indicators().get(i).higherIsBetter()))) {
                        met++;
                    }
                }
            }
            body.add(BodyLine.p("- " + data.indicators().get(i).name() + ": " + met + "/" + with
                    + " đơn vị đạt chỉ tiêu."));
        }
        List<Missed> missed = missed(data);
        body.add(BodyLine.h1("II. CÁC ĐƠN VỊ CHƯA ĐẠT CHỈ TIÊU"));
        if (missed.isEmpty()) {
            body.add(BodyLine.p("Tất cả cơ quan, đơn vị, địa phương đều đạt các chỉ tiêu được giao."));
        } else {
            body.add(BodyLine.p("Có " + missed.size() + " cơ quan, đơn vị, địa phương chưa đạt chỉ tiêu, xếp theo"
                    + " số chỉ tiêu chưa đạt và mức độ hoàn thành:"));
            int rank = 0;
            for (Missed m : missed) {
                body.add(BodyLine.p(++rank + ". " + m.unitName() + ": chưa đạt " + m.missed() + "/" + m.withTarget()
                        + " chỉ tiêu (" + String.join("; ", m.details()) + ")."));
            }
        }
        return body;
    }

    static String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return Formats.number(value.setScale(2, RoundingMode.HALF_UP), Formats.VIETNAMESE) + "%";
    }
}
