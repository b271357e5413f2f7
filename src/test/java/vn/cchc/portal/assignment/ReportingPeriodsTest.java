package vn.cchc.portal.assignment;

import org.junit.jupiter.api.Test;
import vn.cchc.portal.plan.ReportingCadence;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reporting periods: quarterly reports due on the 20th of the quarter's last month; campaigns every 10 days. */
class ReportingPeriodsTest {

    @Test
    void aYearLongPlanReportsQuarterlyByTheTwentiethOfTheLastMonth() {
        List<ReportingPeriod> periods = ReportingPeriods.of(1, ReportingCadence.QUARTERLY, 2023, null, null);

        assertThat(periods).extracting(p -> p.label).containsExactly("Quý I/2023", "Quý II/2023", "Quý III/2023",
                "Quý IV/2023");
        assertThat(periods).extracting(p -> p.dueDate).containsExactly(LocalDate.of(2023, 3, 20),
                LocalDate.of(2023, 6, 20), LocalDate.of(2023, 9, 20), LocalDate.of(2023, 12, 20));
    }

    @Test
    void aPlanIssuedInJulyReportsOnlyForTheQuartersItRuns() {
        List<ReportingPeriod> periods = ReportingPeriods.of(1, ReportingCadence.QUARTERLY, 2023,
                LocalDate.of(2023, 7, 21), null);

        assertThat(periods).extracting(p -> p.label).containsExactly("Quý III/2023", "Quý IV/2023");
    }

    @Test
    void theHundredDayCampaignReportsEveryTenDaysWithTheInterimAtDayFiftyAndTheFinalAtDayHundred() {
        List<ReportingPeriod> periods = ReportingPeriods.of(1, ReportingCadence.CAMPAIGN_10_DAYS, 2024,
                LocalDate.of(2024, 3, 22), LocalDate.of(2024, 6, 29));

        assertThat(periods).hasSize(10);
        assertThat(periods.getFirst().dueDate).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(periods.get(4).kind).isEqualTo(PeriodKind.INTERIM);
        assertThat(periods.get(4).dueDate).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(periods.get(4).label).startsWith("Sơ kết 50 ngày");
        assertThat(periods.getLast().kind).isEqualTo(PeriodKind.FINAL);
        assertThat(periods.getLast().dueDate).isEqualTo(LocalDate.of(2024, 6, 29));
        assertThat(periods).filteredOn(p -> p.kind == PeriodKind.REGULAR).hasSize(8);
    }

    @Test
    void aPlanWithoutCadenceHasNoPeriods() {
        assertThat(ReportingPeriods.of(1, ReportingCadence.NONE, 2024, null, null)).isEmpty();
    }
}
