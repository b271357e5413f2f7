package vn.cchc.portal.report.periodic;

/**
 * One row of the statistical appendix ({@code reports/statistics-appendix.jrxml}), in the layout of the 2021 CCHC
 * report: code, statistic, unit of measure, value, note.
 *
 * @param heading a section row, printed bold
 * @param detail  a "Trong đó" row, printed italic
 */
public record StatisticRow(
        String code, String indicator, String unit, String value, String note, Boolean heading, Boolean detail) {}
