package vn.cchc.portal.plan;

import java.time.LocalDate;

/** Editable fields of a plan item, bound to the item dialog with a buffered Binder. */
public class PlanItemForm {

    private Long id;
    private long version = 0;
    private Long planId;
    private Long parentId;
    private String number;
    private PlanItemKind kind = PlanItemKind.ITEM;
    private String title;
    private Long criterionId;
    private String goal;
    private String tasks;
    private Long leadUnitId;
    private java.util.List<ItemAssignee> assignees = new java.util.ArrayList<>();
    private String coordinatingNote;
    private String timeframe;
    private LocalDate deadline;
    private java.time.LocalTime deadlineTime;
    private String leadText;
    private String coordinatingText;
    private java.util.List<ItemExclusion> exclusions = new java.util.ArrayList<>();

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public PlanItemKind getKind() {
        return kind;
    }

    public void setKind(PlanItemKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getCriterionId() {
        return criterionId;
    }

    public void setCriterionId(Long criterionId) {
        this.criterionId = criterionId;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public Long getLeadUnitId() {
        return leadUnitId;
    }

    public void setLeadUnitId(Long leadUnitId) {
        this.leadUnitId = leadUnitId;
    }

    public java.util.List<ItemAssignee> getAssignees() {
        return assignees;
    }

    public void setAssignees(java.util.List<ItemAssignee> assignees) {
        this.assignees = assignees;
    }

    public String getCoordinatingNote() {
        return coordinatingNote;
    }

    public void setCoordinatingNote(String coordinatingNote) {
        this.coordinatingNote = coordinatingNote;
    }

    public String getTimeframe() {
        return timeframe;
    }

    public void setTimeframe(String timeframe) {
        this.timeframe = timeframe;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public java.time.LocalTime getDeadlineTime() {
        return deadlineTime;
    }

    public void setDeadlineTime(java.time.LocalTime deadlineTime) {
        this.deadlineTime = deadlineTime;
    }

    /** The lead unit(s) as the plan prints them; blank prints the resolved units. */
    public String getLeadText() {
        return leadText;
    }

    public void setLeadText(String leadText) {
        this.leadText = leadText;
    }

    /** The coordinating units as the plan prints them; blank prints the resolved units. */
    public String getCoordinatingText() {
        return coordinatingText;
    }

    public void setCoordinatingText(String coordinatingText) {
        this.coordinatingText = coordinatingText;
    }

    public java.util.List<ItemExclusion> getExclusions() {
        return exclusions;
    }

    public void setExclusions(java.util.List<ItemExclusion> exclusions) {
        this.exclusions = exclusions;
    }

    /** The further leads beside the lead unit (units or groups). */
    public java.util.List<ItemAssignee> getCoLeads() {
        return assignees.stream().filter(ItemAssignee::isLead).toList();
    }

    public void setCoLeads(java.util.List<ItemAssignee> coLeads) {
        java.util.List<ItemAssignee> merged = new java.util.ArrayList<>();
        coLeads.forEach(a -> merged.add(a.asLead(true)));
        assignees.stream()
                .filter(a -> !a.isLead() && coLeads.stream().noneMatch(a::sameTarget))
                .forEach(merged::add);
        this.assignees = merged;
    }

    /** The coordinating/implementing units and groups (not the leads). */
    public java.util.List<ItemAssignee> getCoordinating() {
        return assignees.stream().filter(a -> !a.isLead()).toList();
    }

    public void setCoordinating(java.util.List<ItemAssignee> coordinating) {
        java.util.List<ItemAssignee> merged = new java.util.ArrayList<>(getCoLeads());
        coordinating.stream()
                .map(a -> a.asLead(false))
                .filter(a -> merged.stream().noneMatch(a::sameTarget))
                .forEach(merged::add);
        this.assignees = merged;
    }

    public static PlanItemForm of(PlanItemView item, long planId) {
        PlanItemForm form = new PlanItemForm();
        form.id = item.id();
        form.version = item.version();
        form.planId = planId;
        form.parentId = item.parentId();
        form.number = item.number();
        form.kind = item.kind();
        form.title = item.title();
        form.criterionId = item.criterionId();
        form.goal = item.goal();
        form.tasks = item.tasks();
        form.leadUnitId = item.leadUnitId();
        form.assignees = new java.util.ArrayList<>(item.assignees());
        form.coordinatingNote = item.coordinatingNote();
        form.timeframe = item.timeframe();
        form.deadline = item.deadline();
        form.deadlineTime = item.deadlineTime();
        form.leadText = item.leadText();
        form.coordinatingText = item.coordinatingText();
        form.exclusions = new java.util.ArrayList<>(item.exclusions().stream()
                .map(x -> new ItemExclusion(x.unitId(), x.reason()))
                .toList());
        return form;
    }

    public boolean isNew() {
        return id == null;
    }
}
