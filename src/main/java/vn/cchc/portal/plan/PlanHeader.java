package vn.cchc.portal.plan;

import java.time.LocalDate;

/**
 * The facts of a plan's header that other modules need (making tasks, setting up indicators, printing the plan), as
 * a record: the editable {@link PlanHeaderForm} stays with the plan editor.
 */
public record PlanHeader(
        long planId,
        String number,
        Long issuingUnitId,
        PlanKind kind,
        int year,
        String title,
        LocalDate issueDate,
        LocalDate startDate,
        LocalDate endDate,
        ReportingCadence reportingCadence,
        Printed printed) {

    /** The texts of the plan as it prints them (blank ones are null): header lines, sections, signature. */
    public record Printed(
            String parentBody,
            String place,
            String preamble,
            String legalBases,
            String purpose,
            String requirements,
            String implementation,
            String recipients,
            String signerAuthority,
            String signerTitle,
            String signerName) {}

    public static PlanHeader of(PlanDetail plan) {
        PlanHeaderForm form = plan.header();
        return new PlanHeader(
                plan.summary().id(),
                form.getNumber(),
                form.getIssuingUnitId(),
                form.getKind(),
                form.getYear(),
                form.getTitle(),
                form.getIssueDate(),
                form.getStartDate(),
                form.getEndDate(),
                form.getReportingCadence(),
                new Printed(
                        form.getParentBody(),
                        form.getPlace(),
                        form.getPreamble(),
                        form.getLegalBases(),
                        form.getPurpose(),
                        form.getRequirements(),
                        form.getImplementation(),
                        form.getRecipients(),
                        form.getSigner().authority(),
                        form.getSigner().title(),
                        form.getSigner().name()));
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
