package vn.cchc.portal.assignment;

import vn.cchc.portal.plan.ReportingCadence;
import vn.cchc.portal.shared.Formats;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The reporting periods a cadence gives a plan. */
final class ReportingPeriods {

    static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private ReportingPeriods() {
    }

    /**
     * Quarterly: reports due by the 20th of the last month of each quarter the plan runs in. Campaign: every 10
     * days from the start date (day 1), the day-50 report is the interim one and the day-100 report the final.
     */
    static List<ReportingPeriod> of(long planId, ReportingCadence cadence, int year, LocalDate start, LocalDate end) {
        List<ReportingPeriod> out = new ArrayList<>();
        if (cadence == ReportingCadence.QUARTERLY) {
            LocalDate from = start == null ? LocalDate.of(year, 1, 1) : start;
            LocalDate to = end == null ? LocalDate.of(year, 12, 31) : end;
            int seq = 1;
            for (int q = 0; q < 4; q++) {
                LocalDate qStart = LocalDate.of(year, q * 3 + 1, 1);
                LocalDate qEnd = qStart.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
                if (qEnd.isBefore(from) || qStart.isAfter(to)) {
                    continue;
                }
                out.add(period(planId, seq++, PeriodKind.QUARTER, "Quý " + QUARTERS[q] + "/" + year, qStart, qEnd,
                        qStart.plusMonths(2).withDayOfMonth(20)));
            }
        } else if (cadence == ReportingCadence.CAMPAIGN_10_DAYS && start != null) {
            for (int k = 1; k <= 10; k++) {
                LocalDate s = start.plusDays(10L * (k - 1));
                LocalDate e = start.plusDays(10L * k - 1);
                PeriodKind kind = k == 5 ? PeriodKind.INTERIM : k == 10 ? PeriodKind.FINAL : PeriodKind.REGULAR;
                String label = switch (kind) {
                    case INTERIM -> "Sơ kết 50 ngày";
                    case FINAL -> "Tổng kết 100 ngày";
                    default -> "Kỳ " + k;
                } + " (" + Formats.date(s) + " – " + Formats.date(e) + ")";
                out.add(period(planId, k, kind, label, s, e, e));
            }
        }
        return out;
    }

    private static ReportingPeriod period(long planId, int seq, PeriodKind kind, String label, LocalDate start,
                                          LocalDate end, LocalDate due) {
        ReportingPeriod period = new ReportingPeriod();
        period.planId = planId;
        period.seq = seq;
        period.kind = kind;
        period.label = label;
        period.startDate = start;
        period.endDate = end;
        period.dueDate = due;
        return period;
    }
}
