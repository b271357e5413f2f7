package vn.cchc.portal.plan;

import vn.cchc.portal.shared.Formats;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period of a plan: what it is called, the days it covers and the day its reports are due. */
public record PeriodView(
        long id,
        long planId,
        int seq,
        PeriodKind kind,
        String label,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate dueDate) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** Whether a report written on the day is for this period: the first period not yet due, or the running one. */
    public boolean isCurrentOn(LocalDate day) {
        return !dueDate.isBefore(day) || !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    private static final Pattern NUMBER = Pattern.compile("(\\d+)");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /**
     * The message key of the period's name in the translation bundles ("Quý II/2026", "Kỳ 3 (…)"), to be shown with
     * {@link #labelArgs()} in the reader's language; {@link #label()} is the Vietnamese name as stored.
     */
    public String labelKey() {
        return switch (kind) {
            case QUARTER -> "period.quarter";
            case REGULAR -> "period.regular";
            case INTERIM -> "period.interim";
            case FINAL -> "period.final";
        };
    }

    /** The arguments of {@link #labelKey()}: quarter in Roman and Arabic numerals and year, or number and days. */
    public List<String> labelArgs() {
        if (kind == PeriodKind.QUARTER) {
            int quarter = (endDate.getMonthValue() - 1) / 3;
            return List.of(ROMAN[quarter], String.valueOf(endDate.getYear()), String.valueOf(quarter + 1));
        }
        Matcher number = NUMBER.matcher(label == null ? "" : label);
        String k = kind == PeriodKind.REGULAR && number.find() ? number.group(1) : String.valueOf(seq);
        return List.of(k, Formats.date(startDate), Formats.date(endDate));
    }
}
