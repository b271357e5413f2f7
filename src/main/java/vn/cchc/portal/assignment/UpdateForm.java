package vn.cchc.portal.assignment;

import vn.cchc.portal.plan.PeriodView;

/** The progress form of a unit, bound with a buffered Binder. Carries the versions it was read at. */
public class UpdateForm {

    private long assignmentId;
    private long assignmentVersion;
    private Long updateId;
    private Long basedOnUpdateId;
    private Long periodId;
    private boolean completed;
    private Integer percent = 0;
    private String result;
    private String difficulties;
    private String proposals;

    /**
     * The form of a task: its open draft; else, after a return, the returned report's content to correct (its
     * evidence is carried over when the draft is first saved); else empty at the task's percentage.
     */
    public static UpdateForm of(AssignmentDetail detail) {
        UpdateForm form = new UpdateForm();
        form.assignmentId = detail.summary().id();
        form.assignmentVersion = detail.summary().version();
        form.percent = detail.summary().percent();
        form.periodId = detail.currentPeriodId();
        detail.openDraft().or(detail::returnedToCorrect).ifPresent(start -> {
            if (start.state() == UpdateState.DRAFT) {
                form.updateId = start.id();
            } else {
                form.basedOnUpdateId = start.id();
            }
            form.periodId = detail.periods().stream()
                    .filter(p -> p.label().equals(start.periodLabel()))
                    .findFirst()
                    .map(PeriodView::id)
                    .orElse(form.periodId);
            form.completed = start.completed();
            form.percent = start.percent();
            form.result = start.result();
            form.difficulties = start.difficulties();
            form.proposals = start.proposals();
        });
        return form;
    }

    /** The returned report this new one corrects, whose evidence it starts with; null otherwise. */
    public Long getBasedOnUpdateId() {
        return basedOnUpdateId;
    }

    public void setBasedOnUpdateId(Long basedOnUpdateId) {
        this.basedOnUpdateId = basedOnUpdateId;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public void setAssignmentId(long assignmentId) {
        this.assignmentId = assignmentId;
    }

    public long getAssignmentVersion() {
        return assignmentVersion;
    }

    public void setAssignmentVersion(long assignmentVersion) {
        this.assignmentVersion = assignmentVersion;
    }

    public Long getUpdateId() {
        return updateId;
    }

    public void setUpdateId(Long updateId) {
        this.updateId = updateId;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public boolean isCompleted() {
        return completed;
    }

    public void setCompleted(boolean completed) {
        this.completed = completed;
    }

    public Integer getPercent() {
        return percent;
    }

    public void setPercent(Integer percent) {
        this.percent = percent;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public void setDifficulties(String difficulties) {
        this.difficulties = difficulties;
    }

    public String getProposals() {
        return proposals;
    }

    public void setProposals(String proposals) {
        this.proposals = proposals;
    }
}
