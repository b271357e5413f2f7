package vn.cchc.portal.indicator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitLabels;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.DecimalInput;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.UserContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Actual values per unit and period. A unit user enters the values of their own unit only — checked here, not only
 * in the view — while the plan is in force and the period has begun; planners and administrators enter or correct
 * any unit's values at any time. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class ActualService {

    /** Refusal of another unit's figures, as Spring Security's access-denied message (Vietnamese). */
    static final String OWN_UNIT_ONLY =
            BusinessException.of("error.actual.ownUnitOnly").getMessage();

    private final BookLoader loader;
    private final ActualWriter writer;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final OrgUnitService orgUnits;

    ActualService(
            BookLoader loader, ActualWriter writer, CurrentUser currentUser, Clock clock, OrgUnitService orgUnits) {
        this.orgUnits = orgUnits;
        this.loader = loader;
        this.writer = writer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The units whose values the caller may enter in a plan: every unit with targets, or the caller's own. */
    @PreAuthorize("isAuthenticated()")
    public List<UnitChoice> units(long planId) {
        Book book = loader.load(planId);
        UserContext user = currentUser.require();
        List<UnitChoice> out = new ArrayList<>();
        UnitLabels labels = orgUnits.labels();
        List<OrgUnitSummary> all = new ArrayList<>();
        if (book.province != null) {
            all.add(book.province);
        }
        all.addAll(book.scope);
        for (OrgUnitSummary unit : all) {
            if (mayEnterFor(user, unit.id())) {
                OrgUnitSummary district = book.district(unit);
                out.add(new UnitChoice(
                        unit.id(),
                        unit.name(),
                        book.level(unit),
                        district == null ? null : district.name(),
                        labels.label(unit.id())));
            }
        }
        return out;
    }

    /** A unit's values for a period with the targets in force. */
    @PreAuthorize("isAuthenticated()")
    public ActualEntry entry(long planId, long periodId, long unitId) {
        Book book = loader.load(planId);
        UserContext user = currentUser.require();
        if (!user.seesAllUnits() && !book.isWithin(unitId, user.unitId())) {
            throw new AccessDeniedException("Bạn không có quyền xem số liệu của đơn vị khác.");
        }
        Period period = period(book, periodId);
        OrgUnitSummary unit = unit(book, unitId);
        Milestone milestone = book.milestoneFor(period);
        Map<Long, Actual> current = new HashMap<>();
        loader.actuals.findByPeriodIdAndUnitId(periodId, unitId).forEach(a -> current.put(a.indicatorId, a));
        List<ActualLine> lines = new ArrayList<>();
        for (Indicator indicator : book.indicators) {
            BigDecimal target = milestone == null
                    ? null
                    : book.cell(unit, indicator, milestone).target();
            Actual a = current.get(indicator.id);
            lines.add(new ActualLine(
                    IndicatorInfo.of(indicator), target, a == null ? null : a.value, a == null ? null : a.enteredBy));
        }
        String refusal = refusal(book, user, unitId, period);
        return new ActualEntry(
                PeriodInfo.of(period),
                milestone == null ? null : milestone.label,
                unitId,
                orgUnits.labelOf(unitId),
                lines,
                refusal == null,
                refusal);
    }

    /**
     * Saves a unit's values for a period: indicator id → text as typed ("80,35", "80.35"; blank removes the value).
     * Every value is checked before anything is saved; the first problem is reported, naming the indicator.
     */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_MEMBER)
    @Transactional
    public int save(long planId, long periodId, long unitId, Map<Long, String> values) {
        Book book = loader.load(planId);
        UserContext user = currentUser.require();
        if (!mayEnterFor(user, unitId)) {
            throw new AccessDeniedException(OWN_UNIT_ONLY);
        }
        Period period = period(book, periodId);
        unit(book, unitId);
        String refusal = refusal(book, user, unitId, period);
        if (refusal != null) {
            throw BusinessException.of(refusal);
        }
        Map<Long, BigDecimal> parsed = new LinkedHashMap<>();
        for (Map.Entry<Long, String> entry : values.entrySet()) {
            Indicator indicator = TargetService.indicator(book, entry.getKey());
            parsed.put(
                    indicator.id,
                    DecimalInput.parse(
                            entry.getValue(),
                            indicator.name,
                            indicator.measure.min(),
                            indicator.measure.max(),
                            indicator.decimals));
        }
        return writer.store(book, period, unitId, parsed, ActualSource.ENTRY);
    }

    private boolean mayEnterFor(UserContext user, long unitId) {
        if (user.has(Role.ADMIN) || user.has(Role.PLANNER)) {
            return true;
        }
        return (user.has(Role.UNIT_HEAD) || user.has(Role.UNIT_STAFF)) && user.unitId() == unitId;
    }

    /** Why the caller may not change these values now, as a message key, or null. */
    private String refusal(Book book, UserContext user, long unitId, Period period) {
        if (!mayEnterFor(user, unitId)) {
            return "error.actual.ownUnitOnly";
        }
        if (user.has(Role.ADMIN) || user.has(Role.PLANNER)) {
            return null;
        }
        if (book.root.status() != PlanStatus.ISSUED) {
            return "error.actual.planNotInForce";
        }
        if (period.startDate.isAfter(LocalDate.now(clock))) {
            return "error.actual.periodNotStarted";
        }
        return null;
    }

    static Period period(Book book, long periodId) {
        return book.periods.stream()
                .filter(p -> Objects.equals(p.id, periodId))
                .findFirst()
                .orElseThrow(() -> BusinessException.of("error.actual.periodOtherPlan"));
    }

    private static OrgUnitSummary unit(Book book, long unitId) {
        boolean province = book.province != null && book.province.id() == unitId;
        if (!province && !book.inScope(unitId)) {
            throw BusinessException.of("error.target.unitNotAssignedOrExcluded");
        }
        return book.units.get(unitId);
    }
}
