package vn.cchc.portal.plan;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** New plans made from existing ones: amendments of issued plans and copies for a new year. */
@Service
@Transactional
public class PlanVersionService {

    private final PlanRepository plans;
    private final PlanItemRepository items;
    private final PlanService planService;
    private final PlanItemService itemService;
    private final PlanAccess access;
    private final PlanAuditor auditor;
    private final PlanMapper mapper;

    PlanVersionService(
            PlanRepository plans,
            PlanItemRepository items,
            PlanService planService,
            PlanItemService itemService,
            PlanAccess access,
            PlanAuditor auditor,
            PlanMapper mapper) {
        this.plans = plans;
        this.items = items;
        this.planService = planService;
        this.itemService = itemService;
        this.access = access;
        this.auditor = auditor;
        this.mapper = mapper;
    }

    /** Starts an amendment of an issued plan: a new draft version linked to it; the original stays as it is. */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_HEAD)
    public PlanSummary amend(long planId) {
        Plan original = planService.load(planId);
        access.checkManage(original.issuingUnitId);
        if (original.status != PlanStatus.ISSUED) {
            throw BusinessException.of("error.plan.amendOnlyIssued");
        }
        if (plans.findByAmendsPlanId(planId).stream().anyMatch(p -> p.status == PlanStatus.DRAFT)) {
            throw BusinessException.of("error.plan.amendmentOpen");
        }
        Plan amendment = copyHeader(original);
        amendment.amendsPlanId = original.id;
        amendment.versionNo = original.versionNo + 1;
        amendment.parentPlanId = original.parentPlanId;
        amendment.number = null;
        amendment.issueDate = null;
        planService.saveHeader(amendment);
        copyItems(original.id, amendment.id, 0);
        auditor.field(amendment.id, null, "PLAN_AMENDMENT_STARTED", "amendsPlanId", null, original.id);
        auditor.field(original.id, null, "PLAN_AMENDMENT_STARTED", "amendmentPlanId", null, amendment.id);
        return mapper.summary(amendment);
    }

    /** Copies a plan and its items to a new year as a draft: years in texts and dates move along. */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_HEAD)
    public PlanSummary copyToYear(long planId, int year) {
        Plan source = planService.load(planId);
        access.checkRead(source);
        access.checkManage(source.issuingUnitId);
        if (year < 2000 || year > 2100) {
            throw BusinessException.of("error.plan.yearRange");
        }
        int shift = year - source.year;
        Plan copy = copyHeader(source);
        copy.year = year;
        copy.title = YearText.shift(source.title, source.year, year);
        copy.number = null;
        copy.issueDate = null;
        copy.signerName = null;
        copy.startDate = source.startDate == null ? null : source.startDate.plusYears(shift);
        copy.endDate = source.endDate == null ? null : source.endDate.plusYears(shift);
        copy.subPlanDueDate = source.subPlanDueDate == null ? null : source.subPlanDueDate.plusYears(shift);
        copy.milestones = new java.util.ArrayList<>(source.milestones.stream()
                .map(m -> new PlanMilestone(
                        m.getKind(),
                        m.getDueDate().plusYears(shift),
                        m.getDueTime(),
                        YearText.shift(m.getPrintedText(), source.year, year)))
                .toList());
        planService.saveHeader(copy);
        copyItems(source.id, copy.id, shift);
        for (PlanItem item : items.findByPlanIdOrderBySortOrder(copy.id)) {
            item.timeframe = YearText.shift(item.timeframe, source.year, year);
            item.goal = YearText.shift(item.goal, source.year, year);
        }
        auditor.field(copy.id, null, "PLAN_COPIED", "source", null, source.id);
        return mapper.summary(copy);
    }

    private Plan copyHeader(Plan source) {
        Plan copy = new Plan();
        PlanService.apply(copy, mapper.header(source));
        copy.milestones = new java.util.ArrayList<>(source.milestones);
        copy.status = PlanStatus.DRAFT;
        planService.stamp(copy, true);
        return copy;
    }

    /** Copies the whole item tree, shifting precise deadlines by whole years. */
    private void copyItems(long fromPlanId, long toPlanId, int yearShift) {
        Map<Long, Long> ids = new HashMap<>();
        java.util.List<PlanItem> copies = new java.util.ArrayList<>();
        for (PlanItemView view : mapper.items(fromPlanId)) {
            PlanItem source = items.findById(view.id()).orElseThrow();
            PlanItem copy = source.copyInto(toPlanId, source.parentId == null ? null : ids.get(source.parentId));
            if (copy.deadline != null) {
                copy.deadline = copy.deadline.plusYears(yearShift);
            }
            items.save(copy);
            ids.put(source.id, copy.id);
            copies.add(copy);
        }
        // an appendix row of the copy points at the copy's narrative item
        copies.stream()
                .filter(c -> c.narrativeItemId != null)
                .forEach(c -> c.narrativeItemId = ids.get(c.narrativeItemId));
        items.flush();
    }

    static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock);
    }

    List<PlanItem> itemsOf(long planId) {
        return items.findByPlanIdOrderBySortOrder(planId);
    }

    PlanItemService itemService() {
        return itemService;
    }
}
