package vn.cchc.portal.plan;

import vn.cchc.portal.shared.Signer;

import java.time.LocalDate;

/**
 * Editable header of a plan, bound to the editor with a buffered Binder. Legal bases and recipients are
 * ordered lists, one entry per line.
 */
public class PlanHeaderForm {

    private Long id;
    private long version = 0;
    private String number;
    private Long issuingUnitId;
    private String parentBody;
    private String place;
    private LocalDate issueDate;
    private PlanKind kind = PlanKind.ANNUAL;
    private int year = 0;
    private String title = "";
    private LocalDate startDate;
    private LocalDate endDate;
    private String preamble;
    private String legalBases;
    private String purpose;
    private String requirements;
    private String implementation;
    private String recipients;
    private Signer signer = Signer.NONE;
    private LocalDate subPlanDueDate;
    private Integer subPlanDueWorkingDays;
    private java.time.LocalTime subPlanDueTime;
    private String subPlanDueText;
    private ReportingCadence reportingCadence = ReportingCadence.QUARTERLY;

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

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getIssuingUnitId() {
        return issuingUnitId;
    }

    public void setIssuingUnitId(Long issuingUnitId) {
        this.issuingUnitId = issuingUnitId;
    }

    public String getParentBody() {
        return parentBody;
    }

    public void setParentBody(String parentBody) {
        this.parentBody = parentBody;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public PlanKind getKind() {
        return kind;
    }

    public void setKind(PlanKind kind) {
        this.kind = kind;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getPreamble() {
        return preamble;
    }

    public void setPreamble(String preamble) {
        this.preamble = preamble;
    }

    public String getLegalBases() {
        return legalBases;
    }

    public void setLegalBases(String legalBases) {
        this.legalBases = legalBases;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = requirements;
    }

    public String getImplementation() {
        return implementation;
    }

    public void setImplementation(String implementation) {
        this.implementation = implementation;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    /** The signature block; never null. */
    public Signer getSigner() {
        return signer;
    }

    public void setSigner(Signer signer) {
        this.signer = Signer.orNone(signer);
    }

    public LocalDate getSubPlanDueDate() {
        return subPlanDueDate;
    }

    public void setSubPlanDueDate(LocalDate subPlanDueDate) {
        this.subPlanDueDate = subPlanDueDate;
    }

    public Integer getSubPlanDueWorkingDays() {
        return subPlanDueWorkingDays;
    }

    public void setSubPlanDueWorkingDays(Integer subPlanDueWorkingDays) {
        this.subPlanDueWorkingDays = subPlanDueWorkingDays;
    }

    /** Time of day on the sub-plan due date when the plan prints one ("trước 16 giờ ngày 21/03/2024"). */
    public java.time.LocalTime getSubPlanDueTime() {
        return subPlanDueTime;
    }

    public void setSubPlanDueTime(java.time.LocalTime subPlanDueTime) {
        this.subPlanDueTime = subPlanDueTime;
    }

    /** The sentence that sets the sub-plan deadline, as printed. */
    public String getSubPlanDueText() {
        return subPlanDueText;
    }

    public void setSubPlanDueText(String subPlanDueText) {
        this.subPlanDueText = subPlanDueText;
    }

    public ReportingCadence getReportingCadence() {
        return reportingCadence;
    }

    public void setReportingCadence(ReportingCadence reportingCadence) {
        this.reportingCadence = reportingCadence;
    }

    public boolean isNew() {
        return id == null;
    }
}
