package vn.cchc.portal.plan;

import java.time.LocalDate;

/**
 * The facts of a plan's header that other modules need (making tasks, setting up indicators), as a record: the
 * editable {@link PlanHeaderForm} stays with the plan editor.
 */
public record PlanHeader(long planId, String number, Long issuingUnitId, PlanKind kind, int year, String title,
                         LocalDate issueDate, LocalDate startDate, LocalDate endDate,
                         ReportingCadence reportingCadence) {

    public static PlanHeader of(PlanDetail plan) {
        PlanHeaderForm form = plan.header();
        return new PlanHeader(plan.summary().id(), form.getNumber(), form.getIssuingUnitId(), form.getKind(),
                form.getYear(), form.getTitle(), form.getIssueDate(), form.getStartDate(), form.getEndDate(),
                form.getReportingCadence());
    }

    /** The first day of the plan: its start date, or 1 January of its year. */
    public LocalDate firstDay() {
        return startDate != null ? startDate : LocalDate.of(year, 1, 1);
    }

    /** The last day of the plan: its end date, or 31 December of its year. */
    public LocalDate lastDay() {
        return endDate != null ? endDate : LocalDate.of(year, 12, 31);
    }
}
