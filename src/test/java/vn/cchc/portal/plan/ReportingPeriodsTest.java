package vn.cchc.portal.plan;

import org.junit.jupiter.api.Test;
import vn.cchc.portal.plan.ReportingPeriods.Period;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reporting periods: quarterly reports due on the 20th of the quarter's last month, campaigns every 10 days; from
 * the day the plan takes effect (issue date or start date, whichever is later) to its last day.
 */
class ReportingPeriodsTest {

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    @Test
    void aQuarterlyPlanWithoutDatesReportsInEveryQuarterOfItsYear() {
        List<Period> periods = ReportingPeriods.of(ReportingCadence.QUARTERLY, 2023, null, null, null);

        assertThat(periods)
                .extracting(Period::label)
                .containsExactly("Quý I/2023", "Quý II/2023", "Quý III/2023", "Quý IV/2023");
        assertThat(periods)
                .extracting(Period::due)
                .containsExactly(day(2023, 3, 20), day(2023, 6, 20), day(2023, 9, 20), day(2023, 12, 20));
        assertThat(periods).extracting(Period::seq).containsExactly(1, 2, 3, 4);
        assertThat(periods.getFirst().start()).isEqualTo(day(2023, 1, 1));
        assertThat(periods.getLast().end()).isEqualTo(day(2023, 12, 31));
    }

    @Test
    void plan1908IssuedOn21July2023ReportsForTheThirdAndFourthQuartersOnly() {
        List<Period> periods = ReportingPeriods.of(ReportingCadence.QUARTERLY, 2023, day(2023, 7, 21), null, null);

        assertThat(periods).extracting(Period::label).containsExactly("Quý III/2023", "Quý IV/2023");
        assertThat(periods.getFirst())
                .isEqualTo(new Period(
                        1, PeriodKind.QUARTER, "Quý III/2023", day(2023, 7, 21), day(2023, 9, 30), day(2023, 9, 20)));
        assertThat(periods.getLast())
                .isEqualTo(new Period(
                        2, PeriodKind.QUARTER, "Quý IV/2023", day(2023, 10, 1), day(2023, 12, 31), day(2023, 12, 20)));
    }

    @Test
    void aQuarterWhoseReportFallsDueBeforeThePlanIsIssuedIsFoldedIntoTheNextOne() {
        List<Period> periods = ReportingPeriods.of(ReportingCadence.QUARTERLY, 2023, day(2023, 9, 25), null, null);

        assertThat(periods)
                .singleElement()
                .isEqualTo(new Period(
                        1, PeriodKind.QUARTER, "Quý IV/2023", day(2023, 9, 25), day(2023, 12, 31), day(2023, 12, 20)));
        assertThat(ReportingPeriods.of(ReportingCadence.QUARTERLY, 2023, day(2023, 9, 20), null, null))
                .extracting(Period::label)
                .containsExactly("Quý IV/2023");
    }

    @Test
    void aPlanThatStartsAfterItIsIssuedReportsFromItsStartToItsEndAcrossTheYearEnd() {
        List<Period> periods = ReportingPeriods.of(
                ReportingCadence.QUARTERLY, 2023, day(2023, 8, 1), day(2023, 10, 1), day(2024, 5, 15));

        assertThat(periods).extracting(Period::label).containsExactly("Quý IV/2023", "Quý I/2024", "Quý II/2024");
        assertThat(periods.getFirst().start()).isEqualTo(day(2023, 10, 1));
        assertThat(periods.getLast().end()).isEqualTo(day(2024, 5, 15));
        assertThat(periods.getLast().due()).isEqualTo(day(2024, 6, 20));
    }

    @Test
    void whateverTheIssueDateNoPeriodEndsOrFallsDueBeforeItAndThePeriodsCoverThePlanWithoutGaps() {
        LocalDate last = day(2024, 12, 31);
        for (LocalDate issued = day(2024, 1, 1); !issued.isAfter(last); issued = issued.plusDays(1)) {
            List<Period> periods = ReportingPeriods.of(ReportingCadence.QUARTERLY, 2024, issued, null, null);
            LocalDate first = issued;
            assertThat(periods).as("issued %s", issued).allSatisfy(p -> {
                assertThat(p.end()).isAfterOrEqualTo(first);
                assertThat(p.due()).isAfter(first);
                assertThat(p.start()).isBeforeOrEqualTo(p.end());
            });
            if (issued.isBefore(day(2024, 12, 20))) {
                assertThat(periods.getFirst().start()).isEqualTo(issued);
                assertThat(periods.getLast().end()).isEqualTo(last);
                for (int i = 1; i < periods.size(); i++) {
                    assertThat(periods.get(i).start())
                            .isEqualTo(periods.get(i - 1).end().plusDays(1));
                }
            } else {
                assertThat(periods)
                        .as("issued %s, after the last report fell due", issued)
                        .isEmpty();
            }
        }
    }

    @Test
    void campaignPlan629ReportsEveryTenDaysWithTheDay50AndDay100Reports() {
        List<Period> periods = ReportingPeriods.of(
                ReportingCadence.CAMPAIGN_10_DAYS, 2024, day(2024, 3, 19), day(2024, 3, 22), day(2024, 6, 29));

        assertThat(periods).hasSize(10);
        assertThat(periods.getFirst().due()).isEqualTo(day(2024, 3, 31));
        assertThat(periods.get(4).kind()).isEqualTo(PeriodKind.INTERIM);
        assertThat(periods.get(4).due()).isEqualTo(day(2024, 5, 10));
        assertThat(periods.get(4).label()).startsWith("Sơ kết 50 ngày");
        assertThat(periods.getLast().kind()).isEqualTo(PeriodKind.FINAL);
        assertThat(periods.getLast().due()).isEqualTo(day(2024, 6, 29));
        assertThat(periods).filteredOn(p -> p.kind() == PeriodKind.REGULAR).hasSize(8);
    }

    @Test
    void aCampaignPlanIssuedAfterTheCampaignStartedReportsFromItsIssueDate() {
        List<Period> iaTor = ReportingPeriods.of(
                ReportingCadence.CAMPAIGN_10_DAYS, 2024, day(2024, 3, 29), day(2024, 3, 22), day(2024, 6, 29));
        assertThat(iaTor).hasSize(10);
        assertThat(iaTor.getFirst())
                .isEqualTo(new Period(
                        1,
                        PeriodKind.REGULAR,
                        "Kỳ 1 (29/03/2024 – 31/03/2024)",
                        day(2024, 3, 29),
                        day(2024, 3, 31),
                        day(2024, 3, 31)));

        List<Period> late = ReportingPeriods.of(
                ReportingCadence.CAMPAIGN_10_DAYS, 2024, day(2024, 4, 5), day(2024, 3, 22), day(2024, 6, 29));
        assertThat(late).hasSize(9);
        assertThat(late.getFirst().label()).isEqualTo("Kỳ 2 (05/04/2024 – 10/04/2024)");
        assertThat(late).extracting(Period::seq).startsWith(1, 2);
    }

    @Test
    void noCadenceOrAPlanEndingBeforeItIsIssuedHasNoPeriods() {
        assertThat(ReportingPeriods.of(ReportingCadence.NONE, 2024, null, null, null))
                .isEmpty();
        assertThat(ReportingPeriods.of(ReportingCadence.QUARTERLY, 2024, day(2024, 8, 1), null, day(2024, 7, 31)))
                .isEmpty();
        assertThat(ReportingPeriods.of(ReportingCadence.CAMPAIGN_10_DAYS, 2024, null, null, null))
                .isEmpty();
    }
}
