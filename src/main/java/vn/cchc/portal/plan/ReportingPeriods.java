package vn.cchc.portal.plan;

import vn.cchc.portal.shared.Formats;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The reporting periods a plan's cadence gives it, from the day it takes effect to its last day. A plan takes
 * effect on its issue date or its start date, whichever is later (the start of its year when it has neither), and
 * runs to its end date (the end of its year when it has none): nobody reports on work before the plan asking for
 * it was signed, so no period ends — and no report falls due — before that day.
 *
 * <p>Public for the migration that brought existing plans under these rules (V11); otherwise used by
 * {@link ReportingPeriodService} only.
 */
public final class ReportingPeriods {

    static final String[] QUARTERS = {"I", "II", "III", "IV"};
    private static final int CAMPAIGN_PERIODS = 10;
    private static final int CAMPAIGN_DAYS = 10;

    /** One period as the rules give it. */
    public record Period(int seq, PeriodKind kind, String label, LocalDate start, LocalDate end, LocalDate due) {}

    private ReportingPeriods() {}

    /**
     * Quarterly: one period per calendar quarter the plan runs in, due by the 20th of the quarter's last month; a
     * quarter whose report would fall due on or before the day the plan takes effect is left out, and its days
     * belong to the next period. Campaign: every 10 days from the start date (day 1), the day-50 report is the
     * interim one and the day-100 report the final; periods that end before the plan takes effect are left out.
     * The first period starts on the day the plan takes effect.
     */
    public static List<Period> of(
            ReportingCadence cadence, int year, LocalDate issueDate, LocalDate startDate, LocalDate endDate) {
        LocalDate first = firstDay(year, issueDate, startDate);
        LocalDate last = endDate != null ? endDate : LocalDate.of(year, 12, 31);
        List<Period> out = new ArrayList<>();
        if (last.isBefore(first)) {
            return out;
        }
        if (cadence == ReportingCadence.QUARTERLY) {
            quarters(first, last, out);
        } else if (cadence == ReportingCadence.CAMPAIGN_10_DAYS && startDate != null) {
            campaign(startDate, first, last, out);
        }
        return out;
    }

    /** The day a plan takes effect: its issue date or start date, whichever is later. */
    static LocalDate firstDay(int year, LocalDate issueDate, LocalDate startDate) {
        LocalDate first = startDate != null ? startDate : LocalDate.of(year, 1, 1);
        return issueDate != null && issueDate.isAfter(first) ? issueDate : first;
    }

    private static void quarters(LocalDate first, LocalDate last, List<Period> out) {
        LocalDate quarter =
                first.withMonth((first.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        while (!quarter.isAfter(last)) {
            LocalDate quarterEnd = quarter.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
            LocalDate due = quarter.plusMonths(2).withDayOfMonth(20);
            if (due.isAfter(first)) {
                String label = "Quý " + QUARTERS[(quarter.getMonthValue() - 1) / 3] + "/" + quarter.getYear();
                out.add(new Period(
                        out.size() + 1,
                        PeriodKind.QUARTER,
                        label,
                        out.isEmpty() ? first : quarter,
                        quarterEnd.isAfter(last) ? last : quarterEnd,
                        due));
            }
            quarter = quarter.plusMonths(3);
        }
    }

    private static void campaign(LocalDate campaignStart, LocalDate first, LocalDate last, List<Period> out) {
        for (int k = 1; k <= CAMPAIGN_PERIODS; k++) {
            LocalDate start = campaignStart.plusDays((long) CAMPAIGN_DAYS * (k - 1));
            LocalDate end = campaignStart.plusDays((long) CAMPAIGN_DAYS * k - 1);
            if (end.isBefore(first) || start.isAfter(last)) {
                continue;
            }
            LocalDate from = start.isBefore(first) ? first : start;
            PeriodKind kind = k == CAMPAIGN_PERIODS / 2
                    ? PeriodKind.INTERIM
                    : k == CAMPAIGN_PERIODS ? PeriodKind.FINAL : PeriodKind.REGULAR;
            String label = switch (kind) {
                        case INTERIM -> "Sơ kết 50 ngày";
                        case FINAL -> "Tổng kết 100 ngày";
                        default -> "Kỳ " + k;
                    }
                    + " (" + Formats.date(from) + " – " + Formats.date(end) + ")";
            out.add(new Period(out.size() + 1, kind, label, from, end, end));
        }
    }
}
