package vn.cchc.portal.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.cchc.portal.shared.Texts;

import java.time.Instant;
import java.time.LocalDate;

/** A plan document: header fields of the official layout, lifecycle, and its links to parent plan and amendments. */
@Entity
@Table(name = "plan")
class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "plan_key")
    String planKey;

    @Column(name = "doc_number")
    String number;

    @Column(name = "issuing_unit_id", nullable = false)
    Long issuingUnitId;

    @Column(name = "parent_body")
    String parentBody;

    String place;

    @Column(name = "issue_date")
    LocalDate issueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PlanKind kind;

    @Column(name = "plan_year", nullable = false)
    int year;

    @Column(nullable = false)
    String title;

    @Column(name = "start_date")
    LocalDate startDate;

    @Column(name = "end_date")
    LocalDate endDate;

    String preamble;

    @Column(name = "legal_bases")
    String legalBases;

    String purpose;
    String requirements;
    String implementation;
    String recipients;

    @Column(name = "signer_authority")
    String signerAuthority;

    @Column(name = "signer_title")
    String signerTitle;

    @Column(name = "signer_name")
    String signerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "parent_plan_id")
    Long parentPlanId;

    @Column(name = "amends_plan_id")
    Long amendsPlanId;

    @Column(name = "version_no", nullable = false)
    int versionNo = 1;

    @Column(name = "sub_plan_due_date")
    LocalDate subPlanDueDate;

    @Column(name = "sub_plan_due_working_days")
    Integer subPlanDueWorkingDays;

    @Column(name = "sub_plan_due_time")
    java.time.LocalTime subPlanDueTime;
    /** The sentence that sets the sub-plan deadline, as printed. */
    @Column(name = "sub_plan_due_text")
    String subPlanDueText;

    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.LAZY)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @jakarta.persistence.CollectionTable(
            name = "plan_milestone",
            joinColumns = @jakarta.persistence.JoinColumn(name = "plan_id"))
    @jakarta.persistence.OrderColumn(name = "sort_order")
    java.util.List<PlanMilestone> milestones = new java.util.ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "reporting_cadence", nullable = false)
    ReportingCadence reportingCadence = ReportingCadence.QUARTERLY;

    @Column(name = "issued_at")
    Instant issuedAt;

    @Column(name = "search_key", nullable = false)
    String searchKey;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    @PrePersist
    @PreUpdate
    void normalise() {
        number = Texts.nfcOrNull(number);
        title = PlanTexts.block(title);
        parentBody = Texts.nfcOrNull(parentBody);
        place = Texts.nfcOrNull(place);
        signerAuthority = Texts.nfcOrNull(signerAuthority);
        signerTitle = PlanTexts.block(signerTitle);
        signerName = Texts.nfcOrNull(signerName);
        preamble = PlanTexts.block(preamble);
        legalBases = PlanTexts.block(legalBases);
        purpose = PlanTexts.block(purpose);
        requirements = PlanTexts.block(requirements);
        implementation = PlanTexts.block(implementation);
        recipients = PlanTexts.block(recipients);
        subPlanDueText = Texts.nfcOrNull(subPlanDueText);
        searchKey = Texts.fold(String.join(" ", number == null ? "" : number, title, String.valueOf(year)));
    }

    boolean isEditable() {
        return status == PlanStatus.DRAFT;
    }
}
