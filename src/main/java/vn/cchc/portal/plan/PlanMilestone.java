package vn.cchc.portal.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A date as the plan prints it ("báo cáo tổng kết Chiến dịch (trước ngày 02/7/2024)") and the due day it means
 * (01/07/2024), with the time of day when the text gives one.
 */
@Embeddable
public class PlanMilestone {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private MilestoneKind kind;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "due_time")
    private LocalTime dueTime;

    @Column(name = "printed_text", length = 1000)
    private String printedText;

    protected PlanMilestone() {}

    public PlanMilestone(MilestoneKind kind, LocalDate dueDate, LocalTime dueTime, String printedText) {
        this.kind = Objects.requireNonNull(kind);
        this.dueDate = Objects.requireNonNull(dueDate);
        this.dueTime = dueTime;
        this.printedText = printedText;
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalTime getDueTime() {
        return dueTime;
    }

    public String getPrintedText() {
        return printedText;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanMilestone other
                && kind == other.kind
                && Objects.equals(dueDate, other.dueDate)
                && Objects.equals(dueTime, other.dueTime)
                && Objects.equals(printedText, other.printedText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, dueDate, dueTime, printedText);
    }
}
