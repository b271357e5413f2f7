package vn.cchc.portal.report.plan;

/**
 * One row of a plan's appendix table ({@code reports/plan-appendix.jrxml}).
 *
 * @param kind         AREA (a heading row: Roman numeral and title) or ITEM
 * @param tt           the running number as printed ("I", "1", "2" …)
 * @param criterion    "TC 1.1 - Thực hiện kế hoạch CCHC", or the area title on an AREA row
 * @param goal         "Mục tiêu, yêu cầu"
 * @param lead         "Cơ quan phụ trách"
 * @param coordinating "Cơ quan phối hợp/thực hiện"
 * @param timeframe    "Thời gian thực hiện/hoàn thành"
 */
public record PlanAppendixRow(
        String kind, String tt, String criterion, String goal, String lead, String coordinating, String timeframe) {

    public static PlanAppendixRow area(String tt, String title) {
        return new PlanAppendixRow("AREA", tt, title, null, null, null, null);
    }

    public boolean isArea() {
        return "AREA".equals(kind);
    }
}
