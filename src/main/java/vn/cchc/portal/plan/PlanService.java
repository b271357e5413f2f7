package vn.cchc.portal.plan;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Texts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Plans: list, read, create, edit the header while a draft, issue and close. */
@Service
@Transactional
public class PlanService {

    private final PlanRepository plans;
    private final PlanItemRepository items;
    private final PlanAccess access;
    private final PlanAuditor auditor;
    private final PlanMapper mapper;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    PlanService(PlanRepository plans, PlanItemRepository items, PlanAccess access, PlanAuditor auditor,
                PlanMapper mapper, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.plans = plans;
        this.items = items;
        this.access = access;
        this.auditor = auditor;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The plans the caller may read, newest first, filtered; the query matches with or without diacritics. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlanSummary> list(PlanFilter filter) {
        String query = Texts.fold(filter.query());
        return plans.findAll().stream()
                .filter(access::canRead)
                .filter(p -> filter.year() == null || p.year == filter.year())
                .filter(p -> filter.kind() == null || p.kind == filter.kind())
                .filter(p -> filter.status() == null || p.status == filter.status())
                .filter(p -> filter.issuingUnitId() == null || p.issuingUnitId.equals(filter.issuingUnitId()))
                .map(mapper::summary)
                .filter(s -> Texts.matchesKey(query, Texts.fold(String.join(" ", s.number() == null ? "" : s.number(),
                        s.title(), s.issuingUnitName(), String.valueOf(s.year())))))
                .sorted(Comparator.comparingInt(PlanSummary::year).reversed()
                        .thenComparing(PlanSummary::updatedAt, Comparator.reverseOrder()))
                .toList();
    }

    /** A plan by its seed key ("629/KH-UBND/2024", "live/2026/tinh"), if the caller may read it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<PlanSummary> findByKey(String planKey) {
        return plans.findByPlanKey(planKey).filter(access::canRead).map(mapper::summary);
    }

    /**
     * The issued (or ended) plan in which a unit carries down a parent plan: the latest version of its sub-plan,
     * not a draft.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<PlanSummary> subPlanInForce(long parentPlanId, long unitId) {
        return plans.findByParentPlanId(parentPlanId).stream()
                .filter(p -> p.issuingUnitId == unitId
                        && (p.status == PlanStatus.ISSUED || p.status == PlanStatus.CLOSED))
                .filter(access::canRead)
                .max(Comparator.comparingInt(p -> p.versionNo))
                .map(mapper::summary);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PlanDetail get(long planId) {
        Plan plan = load(planId);
        access.checkRead(plan);
        boolean canManage = access.canManageUnit(plan.issuingUnitId);
        return new PlanDetail(mapper.summary(plan), mapper.header(plan), mapper.items(planId),
                plan.isEditable() && canManage, canManage, List.copyOf(plan.milestones));
    }

    @PreAuthorize("hasAnyRole('ADMIN','PLANNER','UNIT_HEAD')")
    public PlanSummary create(PlanHeaderForm form) {
        PlanValidation.header(form);
        access.checkManage(form.getIssuingUnitId());
        Plan plan = new Plan();
        apply(plan, form);
        stamp(plan, true);
        plans.saveAndFlush(plan);
        auditor.record(plan.id, null, "PLAN_CREATED");
        return mapper.summary(plan);
    }

    @PreAuthorize("hasAnyRole('ADMIN','PLANNER','UNIT_HEAD')")
    public PlanSummary updateHeader(PlanHeaderForm form) {
        PlanValidation.header(form);
        Plan plan = editable(form.getId());
        access.checkManage(form.getIssuingUnitId());
        if (plan.version != form.getVersion()) {
            throw new BusinessException(PlanValidation.STALE);
        }
        PlanHeaderForm before = mapper.header(plan);
        apply(plan, form);
        stamp(plan, false);
        plans.saveAndFlush(plan);
        auditHeader(plan.id, before, mapper.header(plan));
        return mapper.summary(plan);
    }

    /** Issues a draft: it needs a number, a date, a signer, at least one item and a lead unit on every item. */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER','UNIT_HEAD')")
    public PlanSummary issue(long planId) {
        Plan plan = editable(planId);
        List<PlanItem> all = items.findByPlanIdOrderBySortOrder(planId);
        PlanValidation.issue(plan, all);
        plan.status = PlanStatus.ISSUED;
        plan.issuedAt = clock.instant();
        stamp(plan, false);
        auditor.field(planId, null, "PLAN_ISSUED", "status", PlanStatus.DRAFT, PlanStatus.ISSUED);
        if (plan.amendsPlanId != null) {
            Plan original = load(plan.amendsPlanId);
            if (original.status == PlanStatus.ISSUED) {
                original.status = PlanStatus.SUPERSEDED;
                stamp(original, false);
                auditor.field(original.id, null, "PLAN_SUPERSEDED", "status", PlanStatus.ISSUED,
                        PlanStatus.SUPERSEDED);
            }
        }
        PlanSummary summary = mapper.summary(plans.saveAndFlush(plan));
        events.publishEvent(new PlanIssued(planId));
        return summary;
    }

    @PreAuthorize("hasAnyRole('ADMIN','PLANNER','UNIT_HEAD')")
    public PlanSummary close(long planId) {
        Plan plan = load(planId);
        access.checkManage(plan.issuingUnitId);
        if (plan.status != PlanStatus.ISSUED) {
            throw new BusinessException("Chỉ kết thúc được kế hoạch đã ban hành.");
        }
        plan.status = PlanStatus.CLOSED;
        stamp(plan, false);
        auditor.field(planId, null, "PLAN_CLOSED", "status", PlanStatus.ISSUED, PlanStatus.CLOSED);
        return mapper.summary(plans.saveAndFlush(plan));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlanAuditEntry> history(long planId) {
        access.checkRead(load(planId));
        return auditor.history(planId);
    }

    /** Versions of this plan: the original and its amendments, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlanSummary> versions(long planId) {
        Plan plan = load(planId);
        access.checkRead(plan);
        Plan root = plan;
        while (root.amendsPlanId != null) {
            root = load(root.amendsPlanId);
        }
        List<PlanSummary> out = new ArrayList<>();
        Plan current = root;
        while (current != null) {
            out.add(mapper.summary(current));
            current = plans.findByAmendsPlanId(current.id).stream().findFirst().orElse(null);
        }
        return out;
    }

    Plan load(long planId) {
        return plans.findById(planId).orElseThrow(() -> new BusinessException("Không tìm thấy kế hoạch."));
    }

    /** A draft the caller may change; issued plans are read-only here. */
    Plan editable(Long planId) {
        if (planId == null) {
            throw new BusinessException("Không tìm thấy kế hoạch.");
        }
        Plan plan = load(planId);
        access.checkManage(plan.issuingUnitId);
        if (!plan.isEditable()) {
            throw new BusinessException(PlanValidation.READ_ONLY);
        }
        return plan;
    }

    void stamp(Plan plan, boolean created) {
        String user = auditor.username();
        if (created) {
            plan.createdBy = user;
            plan.createdAt = clock.instant();
        }
        plan.updatedBy = user;
        plan.updatedAt = clock.instant();
    }

    static void apply(Plan plan, PlanHeaderForm form) {
        plan.number = form.getNumber();
        plan.issuingUnitId = form.getIssuingUnitId();
        plan.parentBody = form.getParentBody();
        plan.place = form.getPlace();
        plan.issueDate = form.getIssueDate();
        plan.kind = form.getKind();
        plan.year = form.getYear();
        plan.title = form.getTitle();
        plan.startDate = form.getStartDate();
        plan.endDate = form.getEndDate();
        plan.preamble = form.getPreamble();
        plan.legalBases = form.getLegalBases();
        plan.purpose = form.getPurpose();
        plan.requirements = form.getRequirements();
        plan.implementation = form.getImplementation();
        plan.recipients = form.getRecipients();
        plan.signerAuthority = form.getSignerAuthority();
        plan.signerTitle = form.getSignerTitle();
        plan.signerName = form.getSignerName();
        plan.subPlanDueDate = form.getSubPlanDueDate();
        plan.subPlanDueWorkingDays = form.getSubPlanDueWorkingDays();
        plan.subPlanDueTime = form.getSubPlanDueTime();
        plan.subPlanDueText = form.getSubPlanDueText();
        plan.reportingCadence = form.getReportingCadence() == null ? ReportingCadence.QUARTERLY
                : form.getReportingCadence();
        plan.normalise();
    }

    private void auditHeader(long planId, PlanHeaderForm before, PlanHeaderForm after) {
        String a = "PLAN_UPDATED";
        auditor.field(planId, null, a, "number", before.getNumber(), after.getNumber());
        auditor.field(planId, null, a, "issuingUnitId", before.getIssuingUnitId(), after.getIssuingUnitId());
        auditor.field(planId, null, a, "parentBody", before.getParentBody(), after.getParentBody());
        auditor.field(planId, null, a, "place", before.getPlace(), after.getPlace());
        auditor.field(planId, null, a, "issueDate", before.getIssueDate(), after.getIssueDate());
        auditor.field(planId, null, a, "kind", before.getKind(), after.getKind());
        auditor.field(planId, null, a, "year", before.getYear(), after.getYear());
        auditor.field(planId, null, a, "title", before.getTitle(), after.getTitle());
        auditor.field(planId, null, a, "startDate", before.getStartDate(), after.getStartDate());
        auditor.field(planId, null, a, "endDate", before.getEndDate(), after.getEndDate());
        auditor.field(planId, null, a, "preamble", before.getPreamble(), after.getPreamble());
        auditor.field(planId, null, a, "legalBases", before.getLegalBases(), after.getLegalBases());
        auditor.field(planId, null, a, "purpose", before.getPurpose(), after.getPurpose());
        auditor.field(planId, null, a, "requirements", before.getRequirements(), after.getRequirements());
        auditor.field(planId, null, a, "implementation", before.getImplementation(), after.getImplementation());
        auditor.field(planId, null, a, "recipients", before.getRecipients(), after.getRecipients());
        auditor.field(planId, null, a, "signerAuthority", before.getSignerAuthority(), after.getSignerAuthority());
        auditor.field(planId, null, a, "signerTitle", before.getSignerTitle(), after.getSignerTitle());
        auditor.field(planId, null, a, "signerName", before.getSignerName(), after.getSignerName());
        auditor.field(planId, null, a, "subPlanDueDate", before.getSubPlanDueDate(), after.getSubPlanDueDate());
        auditor.field(planId, null, a, "reportingCadence", before.getReportingCadence(),
                after.getReportingCadence());
        auditor.field(planId, null, a, "subPlanDueWorkingDays", before.getSubPlanDueWorkingDays(),
                after.getSubPlanDueWorkingDays());
        auditor.field(planId, null, a, "subPlanDueTime", before.getSubPlanDueTime(), after.getSubPlanDueTime());
    }
}
