package vn.cchc.portal.report.campaign;

import vn.cchc.portal.report.BodyLine;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out campaign results: the province's own figures, a summary per level and per indicator, the units that
 * missed ranked from the furthest behind (a table), the units without figures, and the appendix table of every
 * unit with target and actual per indicator.
 */
public final class CampaignReportAssembler {

    /** At most this many indicators fit the landscape table. */
    public static final int MAX_INDICATORS = 6;

    private CampaignReportAssembler() {}

    /**
     * A unit that missed targets: how many of those it has figures for, and how far behind on average (actual over
     * target, 1 = on target).
     */
    public record Missed(String unitName, String section, int missed, int withTarget, double achievement) {}

    public static List<CampaignAppendixRow> rows(CampaignData data) {
        List<CampaignAppendixRow> rows = new ArrayList<>();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        int shown = Math.min(MAX_INDICATORS, data.indicators().size());
        for (CampaignData.UnitResult unit : data.units()) {
            int no = numbers.merge(unit.section(), 1, Integer::sum);
            String[] t = new String[MAX_INDICATORS];
            String[] a = new String[MAX_INDICATORS];
            Boolean[] m = new Boolean[MAX_INDICATORS];
            int met = 0;
            int withTarget = 0;
            for (int i = 0; i < shown; i++) {
                CampaignData.Value v = value(unit, i);
                if (v == null) {
                    continue;
                }
                CampaignData.Indicator indicator = data.indicators().get(i);
                t[i] = format(v.target(), indicator);
                a[i] = format(v.actual(), indicator);
                m[i] = v.met();
                if (v.target() != null) {
                    withTarget++;
                    if (Boolean.TRUE.equals(m[i])) {
                        met++;
                    }
                }
            }
            boolean noData = withTarget > 0
                    && unit.values().stream().limit(shown).allMatch(v -> v == null || v.actual() == null);
            rows.add(new CampaignAppendixRow(
                    unit.section(),
                    String.valueOf(no),
                    name(unit),
                    t[0],
                    a[0],
                    m[0],
                    t[1],
                    a[1],
                    m[1],
                    t[2],
                    a[2],
                    m[2],
                    t[3],
                    a[3],
                    m[3],
                    t[4],
                    a[4],
                    m[4],
                    t[5],
                    a[5],
                    m[5],
                    withTarget == 0 ? "" : met + "/" + withTarget,
                    withTarget == 0 ? "Không giao" : noData ? "Chưa có số liệu" : null));
        }
        return rows;
    }

    /**
     * The units with figures below at least one target: most targets missed first, then the lowest achievement,
     * then by name. Units without figures are not ranked (see {@link #withoutData}).
     */
    public static List<Missed> missed(CampaignData data) {
        List<Missed> out = new ArrayList<>();
        for (CampaignData.UnitResult unit : data.units()) {
            int missed = 0;
            int withTarget = 0;
            double ratio = 0;
            for (int i = 0; i < data.indicators().size(); i++) {
                CampaignData.Value v = value(unit, i);
                if (v == null || v.target() == null || v.actual() == null) {
                    continue;
                }
                withTarget++;
                CampaignData.Indicator indicator = data.indicators().get(i);
                ratio += achievement(v, indicator.higherIsBetter());
                if (Boolean.FALSE.equals(v.met())) {
                    missed++;
                }
            }
            if (missed > 0) {
                out.add(new Missed(name(unit), unit.section(), missed, withTarget, ratio / withTarget));
            }
        }
        out.sort(Comparator.comparingInt((Missed m) -> -m.missed())
                .thenComparingDouble(Missed::achievement)
                .thenComparing(Missed::unitName));
        return out;
    }

    /** The units that have targets but no figure for any of them. */
    public static List<CampaignData.UnitResult> withoutData(CampaignData data) {
        return data.units().stream()
                .filter(u -> u.values().stream().anyMatch(v -> v != null && v.target() != null))
                .filter(u -> u.values().stream().allMatch(v -> v == null || v.actual() == null))
                .toList();
    }

    /** Summary paragraphs, the ranked table of the units that missed and the units without figures. */
    public static List<BodyLine> body(CampaignData data, String planRef) {
        List<BodyLine> body = new ArrayList<>();
        String milestone = Texts.lowerFirst(data.milestone());
        body.add(BodyLine.h1("I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU"));
        body.add(BodyLine.p("Thực hiện " + planRef + ", kết quả " + milestone + " (số liệu đến hết ngày "
                + Formats.date(data.asOf()) + ", so với chỉ tiêu " + Texts.lowerFirst(data.targetsOf())
                + ") của " + data.units().size() + " cơ quan, đơn vị, địa phương được giao chỉ tiêu như sau (chi"
                + " tiết tại Phụ lục kèm theo):"));
        int n = 0;
        if (!data.province().isEmpty()) {
            body.add(BodyLine.h2(++n + ". Kết quả chung của tỉnh"));
            for (int i = 0; i < data.indicators().size() && i < data.province().size(); i++) {
                CampaignData.Value v = data.province().get(i);
                CampaignData.Indicator indicator = data.indicators().get(i);
                if (v == null) {
                    continue;
                }
                body.add(BodyLine.p("- " + indicator.name() + ": "
                        + (v.actual() == null ? "chưa có số liệu" : format(v.actual(), indicator))
                        + (v.baseline() == null ? "" : " (năm trước " + format(v.baseline(), indicator) + ")")
                        + (v.target() == null
                                ? ""
                                : "; chỉ tiêu " + format(v.target(), indicator)
                                        + (Boolean.TRUE.equals(v.met())
                                                ? ", đạt."
                                                : v.actual() == null ? "." : ", chưa đạt."))));
            }
        }
        body.add(BodyLine.h2(++n + ". Kết quả theo cấp"));
        Map<String, int[]> sections = new LinkedHashMap<>();
        for (CampaignAppendixRow row : rows(data)) {
            int[] s = sections.computeIfAbsent(row.section(), k -> new int[3]);
            if (!row.met().isEmpty()) {
                s[0]++;
                String[] parts = row.met().split("/");
                if (parts[0].equals(parts[1])) {
                    s[1]++;
                }
            }
            if ("Chưa có số liệu".equals(row.note())) {
                s[2]++;
            }
        }
        sections.forEach((section, s) -> body.add(BodyLine.p("- " + section.replaceFirst("^\\d+\\.\\s*", "")
                + ": " + s[1] + "/" + s[0] + " đơn vị đạt tất cả chỉ tiêu được giao"
                + (s[2] > 0 ? "; " + s[2] + " đơn vị chưa có số liệu." : "."))));
        body.add(BodyLine.h2(++n + ". Kết quả theo chỉ tiêu"));
        for (int i = 0; i < data.indicators().size(); i++) {
            int met = 0;
            int with = 0;
            for (CampaignData.UnitResult unit : data.units()) {
                CampaignData.Value v = value(unit, i);
                if (v != null && v.target() != null) {
                    with++;
                    if (Boolean.TRUE.equals(v.met())) {
                        met++;
                    }
                }
            }
            body.add(BodyLine.p(
                    "- " + data.indicators().get(i).name() + ": " + met + "/" + with + " đơn vị đạt chỉ tiêu."));
        }
        if (!data.excluded().isEmpty()) {
            body.add(BodyLine.note("Đơn vị không giao chỉ tiêu: " + String.join("; ", data.excluded()) + "."));
        }
        body.add(BodyLine.h1("II. CÁC ĐƠN VỊ CHƯA ĐẠT CHỈ TIÊU"));
        List<Missed> missed = missed(data);
        if (missed.isEmpty()) {
            body.add(BodyLine.p("Các cơ quan, đơn vị, địa phương đã có số liệu đều đạt các chỉ tiêu được giao."));
        } else {
            List<BodyLine> ranked = new ArrayList<>();
            ranked.add(BodyLine.p("Có " + missed.size() + " cơ quan, đơn vị, địa phương chưa đạt chỉ tiêu, xếp theo"
                    + " số chỉ tiêu chưa đạt, rồi theo mức độ hoàn thành bình quân (kết quả so với chỉ tiêu, tối đa"
                    + " 100%); kết quả từng chỉ tiêu tại Phụ lục:"));
            ranked.add(BodyLine.gap());
            ranked.add(BodyLine.row(
                    "RANK_HEAD",
                    "TT",
                    "Cơ quan, đơn vị, địa phương",
                    "Số chỉ tiêu chưa đạt/được giao",
                    "Mức độ hoàn thành bình quân"));
            int rank = 0;
            for (Missed m : missed) {
                ranked.add(BodyLine.row(
                        "RANK_ROW",
                        String.valueOf(++rank),
                        m.unitName(),
                        m.missed() + "/" + m.withTarget(),
                        Formats.number(
                                        BigDecimal.valueOf(m.achievement() * 100)
                                                .setScale(2, RoundingMode.HALF_UP),
                                        Formats.VIETNAMESE)
                                + "%"));
            }
            body.addAll(BodyLine.keepHead(body.size(), ranked, 6));
            body.add(BodyLine.gap());
        }
        List<CampaignData.UnitResult> silent = withoutData(data);
        if (!silent.isEmpty()) {
            body.add(BodyLine.p("Có " + silent.size() + " cơ quan, đơn vị, địa phương chưa có số liệu: "
                    + String.join(
                            ", ",
                            silent.stream().map(CampaignReportAssembler::name).toList()) + "."));
        }
        return body;
    }

    /** "Xã Ia Tôr (Huyện Chư Prông)" for a commune, the name otherwise. */
    static String name(CampaignData.UnitResult unit) {
        return unit.parentName() == null ? unit.unitName() : unit.unitName() + " (" + unit.parentName() + ")";
    }

    private static CampaignData.Value value(CampaignData.UnitResult unit, int indicator) {
        return indicator < unit.values().size() ? unit.values().get(indicator) : null;
    }

    /** Actual over target, capped at 1 (for a lower-is-better indicator, target over actual). */
    private static double achievement(CampaignData.Value v, boolean higherIsBetter) {
        double actual = v.actual().doubleValue();
        double target = v.target().doubleValue();
        double ratio = higherIsBetter ? (target == 0 ? 1 : actual / target) : (actual == 0 ? 1 : target / actual);
        return Math.min(1, ratio);
    }

    /** "82,6%", "100%", "67,37%" as 629's appendices print them; a count without a unit sign. */
    static String format(BigDecimal value, CampaignData.Indicator indicator) {
        if (value == null) {
            return "";
        }
        String number = Formats.number(value.setScale(2, RoundingMode.HALF_UP), Formats.VIETNAMESE);
        return "%".equals(indicator.unitOfMeasure()) ? number + "%" : number;
    }
}
