package vn.cchc.portal.report.periodic;

import vn.cchc.portal.shared.BusinessException;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a periodic report covers: a quarter, the first six months, or the year. Written in URLs as
 * {@code q1-2026}, {@code 6t-2026} (sáu tháng) or {@code nam-2026} (năm).
 */
public record ReportSpan(Kind kind, int year, int quarter) {

    public enum Kind {
        QUARTER,
        HALF_YEAR,
        YEAR
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final Pattern CODE = Pattern.compile("(q[1-4]|6t|nam)-(\\d{4})");

    public static ReportSpan quarter(int year, int quarter) {
        return new ReportSpan(Kind.QUARTER, year, quarter);
    }

    public static ReportSpan halfYear(int year) {
        return new ReportSpan(Kind.HALF_YEAR, year, 0);
    }

    public static ReportSpan year(int year) {
        return new ReportSpan(Kind.YEAR, year, 0);
    }

    /** The quarter a day falls in. */
    public static ReportSpan quarterOf(LocalDate day) {
        return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static ReportSpan parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw BusinessException.of("error.report.badSpan", String.valueOf(code));
        }
        int year = Integer.parseInt(m.group(2));
        return switch (m.group(1)) {
            case "6t" -> halfYear(year);
            case "nam" -> year(year);
            default -> quarter(year, m.group(1).charAt(1) - '0');
        };
    }

    public String code() {
        return switch (kind) {
            case QUARTER -> "q" + quarter + "-" + year;
            case HALF_YEAR -> "6t-" + year;
            case YEAR -> "nam-" + year;
        };
    }

    public LocalDate start() {
        return kind == Kind.QUARTER ? LocalDate.of(year, (quarter - 1) * 3 + 1, 1) : LocalDate.of(year, 1, 1);
    }

    public LocalDate end() {
        return switch (kind) {
            case QUARTER -> start().plusMonths(3).minusDays(1);
            case HALF_YEAR -> LocalDate.of(year, 6, 30);
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** "quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026". */
    public String label() {
        return switch (kind) {
            case QUARTER -> "quý " + ROMAN[quarter - 1] + " năm " + year;
            case HALF_YEAR -> "6 tháng đầu năm " + year;
            case YEAR -> "năm " + year;
        };
    }

    /** The period the report plans for: "quý II năm 2026", "6 tháng cuối năm 2026", "năm 2027". */
    public String nextLabel() {
        return switch (kind) {
            case QUARTER -> quarter == 4 ? "quý I năm " + (year + 1) : "quý " + ROMAN[quarter] + " năm " + year;
            case HALF_YEAR -> "6 tháng cuối năm " + year;
            case YEAR -> "năm " + (year + 1);
        };
    }
}
