package vn.cchc.portal.plan;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.settings.SettingsService;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Plans: list, read, create, edit the header while a draft, issue and close. */
@Service
@Transactional
public class PlanService {

    private final PlanRepository plans;
    private final PlanItemRepository items;
    private final PlanAccess access;
    private final PlanAuditor auditor;
    private final PlanMapper mapper;
    private final PlanSearch search;
    private final ReportingPeriodService periods;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final SettingsService settings;
    private final SharedItemLists shared;

    PlanService(
            PlanRepository plans,
            PlanItemRepository items,
            PlanAccess access,
            PlanAuditor auditor,
            PlanMapper mapper,
            PlanSearch search,
            ReportingPeriodService periods,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            SettingsService settings,
            SharedItemLists shared) {
        this.shared = shared;
        this.settings = settings;
        this.events = events;
        this.search = search;
        this.periods = periods;
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
        return mapper.summaries(plans.findAll(search.of(filter), PlanSearch.ORDER));
    }

    /** One page of {@link #list(PlanFilter)}, read from the database page by page (lazy grids). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlanSummary> list(PlanFilter filter, Pageable page) {
        Pageable ordered = PageRequest.of(page.getPageNumber(), page.getPageSize(), PlanSearch.ORDER);
        return mapper.summaries(
                plans.findBy(search.of(filter), q -> q.slice(ordered)).getContent());
    }

    /** How many plans {@link #list(PlanFilter)} gives. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(PlanFilter filter) {
        return plans.count(search.of(filter));
    }

    /** The ids of the plans in force (issued, not closed or superseded). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> idsInForce() {
        return Set.copyOf(plans.idsWithStatus(PlanStatus.ISSUED));
    }

    /** Summaries of several plans, newest first, read at once; drafts only when the caller may read them. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlanSummary> summaries(Collection<Long> planIds) {
        return planIds.isEmpty() ? List.of() : mapper.summaries(readable(planIds));
    }

    /**
     * Several plans with their items, read at once whatever their number (for screens that show work from many
     * plans). A draft only when the caller may read it; an issued, closed or superseded plan to anyone signed in,
     * as the work assigned by it names it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, PlanDetail> details(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        List<Plan> found = readable(planIds);
        Map<Long, List<PlanItemView>> itemsByPlan =
                mapper.items(found.stream().map(p -> p.id).toList());
        Map<Long, PlanDetail> out = new HashMap<>();
        List<PlanSummary> summaries = mapper.summaries(found);
        for (int i = 0; i < found.size(); i++) {
            Plan plan = found.get(i);
            boolean canManage = access.canManageUnit(plan.issuingUnitId);
            out.put(
                    plan.id,
                    new PlanDetail(
                            summaries.get(i),
                            mapper.header(plan),
                            itemsByPlan.get(plan.id),
                            plan.isEditable() && canManage,
                            canManage,
                            List.copyOf(plan.milestones)));
        }
        return out;
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
                .filter(p ->
                        p.issuingUnitId == unitId && (p.status == PlanStatus.ISSUED || p.status == PlanStatus.CLOSED))
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
        return new PlanDetail(
                mapper.summary(plan),
                mapper.header(plan),
                mapper.items(planId),
                plan.isEditable() && canManage,
                canManage,
                List.copyOf(plan.milestones));
    }

    /**
     * {@link #get(long)} with the items as a list shows them ({@link PlanItemView#listed(int)}), the list shared by
     * every session showing the same items ({@link SharedItemLists}): what a screen keeps while it shows the plan.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PlanDetail listed(long planId, int limit) {
        PlanDetail whole = get(planId);
        List<PlanItemView> items =
                whole.items().stream().map(i -> i.listed(limit)).toList();
        return new PlanDetail(
                whole.summary(),
                whole.header(),
                shared.share(planId, items),
                whole.editable(),
                whole.canManage(),
                whole.milestones());
    }

    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_HEAD)
    public PlanSummary create(PlanHeaderForm form) {
        if (form.getPlace() == null || form.getPlace().isBlank()) {
            form.setPlace(settings.current().provinceName()); // the place printed before the date, until edited
        }
        PlanValidation.header(form);
        access.checkManage(form.getIssuingUnitId());
        Plan plan = new Plan();
        apply(plan, form);
        stamp(plan, true);
        saveHeader(plan);
        auditor.record(plan.id, null, "PLAN_CREATED");
        return mapper.summary(plan);
    }

    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_HEAD)
    public PlanSummary updateHeader(PlanHeaderForm form) {
        PlanValidation.header(form);
        Plan plan = editable(form.getId());
        access.checkManage(form.getIssuingUnitId());
        if (plan.version != form.getVersion()) {
            throw BusinessException.of(PlanValidation.STALE);
        }
        PlanHeaderForm before = mapper.header(plan);
        apply(plan, form);
        stamp(plan, false);
        saveHeader(plan);
        auditHeader(plan.id, before, mapper.header(plan));
        return mapper.summary(plan);
    }

    /** Issues a draft: it needs a number, a date, a signer, at least one item and a lead unit on every item. */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_HEAD)
    public PlanSummary issue(long planId) {
        if (load(planId).status == PlanStatus.ISSUED) { // a second click, or another tab issued it first
            throw BusinessException.of(PlanValidation.ALREADY_ISSUED);
        }
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
                auditor.field(original.id, null, "PLAN_SUPERSEDED", "status", PlanStatus.ISSUED, PlanStatus.SUPERSEDED);
            }
        }
        PlanSummary summary;
        try {
            summary = mapper.summary(plans.saveAndFlush(plan));
        } catch (OptimisticLockingFailureException concurrent) { // issued or changed at the same moment elsewhere
            throw BusinessException.of(PlanValidation.ALREADY_ISSUED);
        }
        events.publishEvent(new PlanIssued(planId));
        return summary;
    }

    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_HEAD)
    public PlanSummary close(long planId) {
        Plan plan = load(planId);
        access.checkManage(plan.issuingUnitId);
        if (plan.status != PlanStatus.ISSUED) {
            throw BusinessException.of("error.plan.closeOnlyIssued");
        }
        plan.status = PlanStatus.CLOSED;
        stamp(plan, false);
        auditor.field(planId, null, "PLAN_CLOSED", "status", PlanStatus.ISSUED, PlanStatus.CLOSED);
        return mapper.summary(plans.saveAndFlush(plan));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditRow> history(long planId, Locale locale) {
        access.checkRead(load(planId));
        return auditor.history(planId, locale);
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

    /** The plans by id, newest first: an issued, closed or superseded one to anyone, a draft to its readers. */
    private List<Plan> readable(Collection<Long> planIds) {
        return plans.findAll((root, query, cb) -> root.get("id").in(planIds), PlanSearch.ORDER).stream()
                .filter(p -> p.status != PlanStatus.DRAFT || access.canRead(p))
                .toList();
    }

    Plan load(long planId) {
        // a plan that does not exist answers like one the caller may not read: ids cannot be probed
        return plans.findById(planId).orElseThrow(() -> new AccessDeniedException(PlanAccess.READ_DENIED));
    }

    /** A draft the caller may change; issued plans are read-only here. */
    Plan editable(Long planId) {
        if (planId == null) {
            throw BusinessException.of(PlanValidation.NOT_FOUND);
        }
        Plan plan = load(planId);
        access.checkManage(plan.issuingUnitId);
        if (!plan.isEditable()) {
            throw BusinessException.of(PlanValidation.READ_ONLY);
        }
        return plan;
    }

    /** Saves a new or changed header; a draft gets the reporting periods its cadence and dates call for. */
    void saveHeader(Plan plan) {
        plans.saveAndFlush(plan);
        periods.generate(plan);
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
        plan.signerAuthority = form.getSigner().authority();
        plan.signerTitle = form.getSigner().title();
        plan.signerName = form.getSigner().name();
        plan.subPlanDueDate = form.getSubPlanDueDate();
        plan.subPlanDueWorkingDays = form.getSubPlanDueWorkingDays();
        plan.subPlanDueTime = form.getSubPlanDueTime();
        plan.subPlanDueText = form.getSubPlanDueText();
        plan.reportingCadence =
                form.getReportingCadence() == null ? ReportingCadence.QUARTERLY : form.getReportingCadence();
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
        auditor.field(
                planId,
                null,
                a,
                "signerAuthority",
                before.getSigner().authority(),
                after.getSigner().authority());
        auditor.field(
                planId,
                null,
                a,
                "signerTitle",
                before.getSigner().title(),
                after.getSigner().title());
        auditor.field(
                planId,
                null,
                a,
                "signerName",
                before.getSigner().name(),
                after.getSigner().name());
        auditor.field(planId, null, a, "subPlanDueDate", before.getSubPlanDueDate(), after.getSubPlanDueDate());
        auditor.field(planId, null, a, "reportingCadence", before.getReportingCadence(), after.getReportingCadence());
        auditor.field(
                planId,
                null,
                a,
                "subPlanDueWorkingDays",
                before.getSubPlanDueWorkingDays(),
                after.getSubPlanDueWorkingDays());
        auditor.field(planId, null, a, "subPlanDueTime", before.getSubPlanDueTime(), after.getSubPlanDueTime());
    }
}
