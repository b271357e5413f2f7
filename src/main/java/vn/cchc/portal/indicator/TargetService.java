package vn.cchc.portal.indicator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.DecimalInput;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.UserContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Targets per unit: the matrix of baselines, computed and final targets; overrides with a mandatory reason (audited);
 * units excluded with a reason. Planners and administrators work on every plan; a unit head may override the
 * targets of the units of their own sub-plan (a district for its communes, a commune for itself); every other
 * signed-in user reads the rows of their own unit and the units below it.
 */
@Service
@Transactional(readOnly = true)
public class TargetService {

    static final int MAX_REASON = 1000;

    private final BookLoader loader;
    private final IndicatorAuditor auditor;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final IndicatorAuditRepository audits;

    TargetService(
            BookLoader loader,
            IndicatorAuditor auditor,
            CurrentUser currentUser,
            Clock clock,
            IndicatorAuditRepository audits) {
        this.loader = loader;
        this.auditor = auditor;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audits = audits;
    }

    /** The plans the caller may read that have indicators (their own or their parent's), newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<vn.cchc.portal.plan.PlanSummary> plans() {
        Map<Long, vn.cchc.portal.plan.PlanSummary> readable = loader.readablePlans();
        return readable.values().stream()
                .filter(p -> loader.rootOf(p.id(), readable).isPresent())
                .sorted(java.util.Comparator.comparingInt(vn.cchc.portal.plan.PlanSummary::year)
                        .reversed()
                        .thenComparing(p -> p.parentPlanId() != null)
                        .thenComparing(vn.cchc.portal.plan.PlanSummary::id))
                .toList();
    }

    /** The indicator set a plan works with (its own or its parent's); empty when none. */
    @PreAuthorize("isAuthenticated()")
    public Optional<IndicatorSet> set(long planId) {
        Map<Long, vn.cchc.portal.plan.PlanSummary> readable = loader.readablePlans();
        if (!readable.containsKey(planId) || loader.rootOf(planId, readable).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(loader.load(planId).set());
    }

    /**
     * The rows of one level: departments, districts, or the communes of one district ({@code districtId}; null for
     * the communes and wards with no district in force — the structure after 01/07/2025, or a commune left under its
     * dissolved district); the province's own row for {@link UnitLevel#PROVINCE}. Unit users get only rows of their
     * own subtree.
     */
    @PreAuthorize("isAuthenticated()")
    public TargetMatrix matrix(long planId, UnitLevel level, Long districtId) {
        Book book = loader.load(planId);
        UserContext user = currentUser.require();
        List<TargetRow> rows = new ArrayList<>();
        List<OrgUnitSummary> units =
                level == UnitLevel.PROVINCE ? (book.province == null ? List.of() : List.of(book.province)) : book.scope;
        for (OrgUnitSummary unit : units) {
            if (book.level(unit) != level || !visible(book, user, unit.id())) {
                continue;
            }
            OrgUnitSummary district = book.district(unit);
            if (level == UnitLevel.COMMUNE
                    && !java.util.Objects.equals(districtId, district == null ? null : district.id())) {
                continue; // without a district: the communes and wards with no district in force (after 2025)
            }
            rows.add(row(book, unit));
        }
        return new TargetMatrix(book.set(), rows, canOverrideAny(book, user));
    }

    /**
     * Every row of the plan at once — departments, districts, communes (each after its district's other communes,
     * in tree order) — as an official campaign report needs them; unit users get their own subtree.
     */
    @PreAuthorize("isAuthenticated()")
    public TargetMatrix fullMatrix(long planId) {
        Book book = loader.load(planId);
        UserContext user = currentUser.require();
        List<TargetRow> rows = new ArrayList<>();
        for (OrgUnitSummary unit : book.scope) {
            if (visible(book, user, unit.id())) {
                rows.add(row(book, unit));
            }
        }
        return new TargetMatrix(book.set(), rows, canOverrideAny(book, user));
    }

    /** One unit's targets, for its own entry and progress screens. */
    @PreAuthorize("isAuthenticated()")
    public TargetRow row(long planId, long unitId) {
        Book book = loader.load(planId);
        UserContext user = currentUser.require();
        OrgUnitSummary unit = book.units.get(unitId);
        if (unit == null || !(book.inScope(unitId) || (book.province != null && book.province.id() == unitId))) {
            throw BusinessException.of("error.target.unitNotAssigned");
        }
        if (!visible(book, user, unitId)) {
            throw new AccessDeniedException("Bạn không có quyền xem chỉ tiêu của đơn vị khác.");
        }
        return row(book, unit);
    }

    static TargetRow row(Book book, OrgUnitSummary unit) {
        List<List<TargetCell>> cells = new ArrayList<>();
        for (Indicator indicator : book.indicators) {
            List<TargetCell> perMilestone = new ArrayList<>();
            for (Milestone milestone : book.milestones) {
                perMilestone.add(book.cell(unit, indicator, milestone));
            }
            cells.add(perMilestone);
        }
        OrgUnitSummary district = book.district(unit);
        return new TargetRow(
                unit.id(),
                unit.name(),
                book.level(unit),
                district == null ? null : district.id(),
                district == null ? null : district.name(),
                cells);
    }

    /**
     * Sets a cell's target by hand. The reason is required and kept with the cell; the change is audited. The value
     * is read with {@link DecimalInput} ("80,35" or "80.35") and must fit the indicator's measure and decimals.
     */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_HEAD)
    @Transactional
    public TargetCell override(
            long planId, long indicatorId, long unitId, long milestoneId, String value, String reason) {
        Book book = loader.load(planId);
        Indicator indicator = indicator(book, indicatorId);
        Milestone milestone = milestone(book, milestoneId);
        checkOverride(book, unitId);
        BigDecimal target = DecimalInput.parse(
                value,
                "Chỉ tiêu “" + indicator.name + "”",
                indicator.measure.min(),
                indicator.measure.max(),
                indicator.decimals);
        if (target == null) {
            throw BusinessException.of("error.target.required");
        }
        String why = reason(reason);
        TargetOverride o = loader.overrides
                .findByIndicatorIdAndUnitIdAndMilestoneId(indicatorId, unitId, milestoneId)
                .orElseGet(TargetOverride::new);
        BigDecimal before = o.id == null
                ? book.cell(book.units.get(unitId), indicator, milestone).target()
                : o.value;
        o.indicatorId = indicatorId;
        o.unitId = unitId;
        o.milestoneId = milestoneId;
        o.value = target;
        o.reason = why;
        o.setInPlanId = planId;
        o.setBy = auditor.username();
        o.setAt = clock.instant();
        loader.overrides.saveAndFlush(o);
        auditor.record(
                book.root.id(), indicatorId, unitId, milestoneId, null, "TARGET_OVERRIDDEN", before, target, why);
        return loader.load(planId).cell(book.units.get(unitId), indicator(book, indicatorId), milestone);
    }

    /** Removes an override: the cell goes back to the computed (or inherited) target. */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_HEAD)
    @Transactional
    public TargetCell clearOverride(long planId, long indicatorId, long unitId, long milestoneId, String reason) {
        Book book = loader.load(planId);
        Indicator indicator = indicator(book, indicatorId);
        Milestone milestone = milestone(book, milestoneId);
        checkOverride(book, unitId);
        TargetOverride o = loader.overrides
                .findByIndicatorIdAndUnitIdAndMilestoneId(indicatorId, unitId, milestoneId)
                .orElseThrow(() -> BusinessException.of("error.target.noOverride"));
        loader.overrides.delete(o);
        loader.overrides.flush();
        auditor.record(
                book.root.id(),
                indicatorId,
                unitId,
                milestoneId,
                null,
                "OVERRIDE_REMOVED",
                o.value,
                null,
                Texts.block(reason));
        return loader.load(planId).cell(book.units.get(unitId), indicator, milestone);
    }

    /** Excludes a unit from the plan's targets (e.g. it handles no administrative procedures). */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    @Transactional
    public void exclude(long planId, long unitId, String reason) {
        Book book = loader.load(planId);
        if (!book.units.containsKey(unitId)
                || UnitLevel.of(book.units.get(unitId).kind()) == null
                || UnitLevel.of(book.units.get(unitId).kind()) == UnitLevel.PROVINCE) {
            throw BusinessException.of("error.target.excludeLevel");
        }
        if (book.exclusions.containsKey(unitId)) {
            throw BusinessException.of("error.target.alreadyExcluded");
        }
        Exclusion e = new Exclusion();
        e.planId = book.root.id();
        e.unitId = unitId;
        e.reason = reason(reason);
        e.setBy = auditor.username();
        e.setAt = clock.instant();
        loader.exclusions.saveAndFlush(e);
        auditor.record(book.root.id(), null, unitId, null, null, "UNIT_EXCLUDED", null, null, e.reason);
    }

    /** Gives an excluded unit targets again. */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    @Transactional
    public void include(long planId, long unitId) {
        Book book = loader.load(planId);
        Exclusion e = loader.exclusions
                .findByPlanIdAndUnitId(book.root.id(), unitId)
                .orElseThrow(() -> BusinessException.of("error.target.notExcluded"));
        loader.exclusions.delete(e);
        auditor.record(book.root.id(), null, unitId, null, null, "UNIT_INCLUDED", null, null, null);
    }

    /** Changes to the plan's targets, exclusions and actual values, newest first (planners and leaders). */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_LEADER)
    public List<AuditEntry> history(long planId) {
        Book book = loader.load(planId);
        List<AuditEntry> out = new ArrayList<>();
        for (IndicatorAudit a : audits.findByPlanIdOrderByChangedAtDescIdDesc(book.root.id())) {
            Indicator indicator = a.indicatorId == null
                    ? null
                    : book.indicators.stream()
                            .filter(i -> i.id.equals(a.indicatorId))
                            .findFirst()
                            .orElse(null);
            String where = a.milestoneId != null
                    ? book.milestones.stream()
                            .filter(m -> m.id.equals(a.milestoneId))
                            .map(m -> m.label)
                            .findFirst()
                            .orElse("")
                    : a.periodId != null
                            ? book.periods.stream()
                                    .filter(p -> p.id.equals(a.periodId))
                                    .map(p -> p.label)
                                    .findFirst()
                                    .orElse("")
                            : "";
            out.add(new AuditEntry(
                    a.changedAt,
                    a.username,
                    a.action,
                    a.unitId != null && book.units.containsKey(a.unitId)
                            ? book.units.get(a.unitId).name()
                            : "",
                    indicator == null ? "" : indicator.code,
                    where,
                    a.oldValue,
                    a.newValue,
                    a.reason));
        }
        return out;
    }

    // ------------------------------------------------------------------ rules

    private boolean visible(Book book, UserContext user, long unitId) {
        return user.seesAllUnits() || book.isWithin(unitId, user.unitId());
    }

    private boolean canOverrideAny(Book book, UserContext user) {
        if (user.has(Role.ADMIN) || user.has(Role.PLANNER)) {
            return true;
        }
        return user.has(Role.UNIT_HEAD)
                && book.context.id() != book.root.id()
                && book.isWithin(book.context.issuingUnitId(), user.unitId());
    }

    private void checkOverride(Book book, long unitId) {
        UserContext user = currentUser.require();
        if (!book.inScope(unitId)) {
            throw BusinessException.of("error.target.unitNotAssignedOrExcluded");
        }
        if (user.has(Role.ADMIN) || user.has(Role.PLANNER)) {
            return;
        }
        if (!canOverrideAny(book, user) || !book.isWithin(unitId, book.context.issuingUnitId())) {
            throw new AccessDeniedException(
                    "Bạn chỉ điều chỉnh được chỉ tiêu của đơn vị thuộc kế hoạch của đơn vị mình.");
        }
    }

    static Indicator indicator(Book book, long indicatorId) {
        return book.indicators.stream()
                .filter(i -> i.id == indicatorId)
                .findFirst()
                .orElseThrow(() -> BusinessException.of("error.target.indicatorOtherPlan"));
    }

    static Milestone milestone(Book book, long milestoneId) {
        return book.milestones.stream()
                .filter(m -> m.id == milestoneId)
                .findFirst()
                .orElseThrow(() -> BusinessException.of("error.target.milestoneOtherPlan"));
    }

    static String reason(String reason) {
        String why = Texts.block(reason);
        if (why == null || why.isBlank()) {
            throw BusinessException.of("error.target.reasonRequired");
        }
        if (why.strip().length() > MAX_REASON) {
            throw BusinessException.of("error.target.reasonTooLong", MAX_REASON);
        }
        return why.strip();
    }
}
