package vn.cchc.portal.restructuring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.organization.CarriedWork;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitLabels;
import vn.cchc.portal.organization.WorkKind;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Progress;
import vn.cchc.portal.shared.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Carries the work of ended units over to their successors from the effective date (the day after a unit's last
 * day). For a merge (one successor) open tasks, targets still ahead and draft sub-plans move at once; for a split
 * (several successors), a dissolved level (none), or a successor that already holds the same task, each item waits
 * in the decision list until the administrator or a planner chooses the unit that takes it (or leaves it with the
 * ended unit). User accounts always wait for the administrator: moved to a successor or disabled. Every move is
 * recorded by the holding module on the moved item, with the reason; running again moves nothing twice.
 */
@Service
@Transactional
public class CarryOverService {

    private static final Logger LOG = LoggerFactory.getLogger(CarryOverService.class);

    /** What one run did. */
    public record Outcome(int moved, int pending) {}

    private final CarryOverRepository rows;
    private final OrgUnitService units;
    private final Map<WorkKind, CarriedWork> carriers = new EnumMap<>(WorkKind.class);
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CarryOverService(
            CarryOverRepository rows,
            OrgUnitService units,
            List<CarriedWork> carriers,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        this.rows = rows;
        this.units = units;
        carriers.forEach(c -> this.carriers.put(c.kind(), c));
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The daily job's work, also started by the administrator or a planner on demand. */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    public Outcome run() {
        return run(Progress.NONE);
    }

    /** {@link #run()}, telling after each ended unit how many of them are done. */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    public Outcome run(Progress progress) {
        LocalDate today = LocalDate.now(clock);
        int moved = 0;
        int pending = 0;
        List<OrgUnitSummary> endedUnits = units.endedBefore(today);
        int done = 0;
        for (OrgUnitSummary ended : endedUnits) {
            progress.report(done++, endedUnits.size());
            LocalDate effective = ended.validTo().plusDays(1);
            List<Long> successors = units.successorsOf(ended.id());
            for (CarriedWork carrier : carriers.values()) {
                for (CarriedWork.Item item : carrier.openOf(ended.id(), effective)) {
                    if (rows.existsByKindAndWorkIdAndFromUnitId(carrier.kind(), item.id(), ended.id())) {
                        continue;
                    }
                    CarryOver row = new CarryOver(
                            carrier.kind(), item.id(), ended.id(), effective, item.label(), clock.instant());
                    if (successors.size() == 1 && carrier.kind().automatic()) {
                        long to = successors.getFirst();
                        try {
                            carrier.move(item.id(), ended.id(), to, reason(ended, to));
                            row.decide(CarryOverDecision.MOVED, to, audit.actor(), clock.instant());
                            moved++;
                        } catch (BusinessException problem) {
                            row.waitFor(problem.message(Formats.VIETNAMESE));
                            pending++;
                        }
                    } else {
                        row.waitFor(BusinessException.text(
                                successors.isEmpty()
                                        ? "carryover.note.noSuccessor"
                                        : successors.size() > 1 ? "carryover.note.split" : "carryover.note.user",
                                new Object[0],
                                Formats.VIETNAMESE));
                        pending++;
                    }
                    rows.save(row);
                }
            }
        }
        rows.flush();
        progress.report(done, endedUnits.size());
        if (moved + pending > 0) {
            LOG.info("Carry-over of ended units: {} item(s) moved, {} waiting for a decision", moved, pending);
        }
        return new Outcome(moved, pending);
    }

    /** Items waiting for a decision, oldest effective date first; planners do not see user accounts. */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    @Transactional(readOnly = true)
    public List<CarryOverItem> pending() {
        boolean admin = isAdmin();
        UnitLabels labels = units.labels();
        return rows.findByDecisionOrderByEffectiveAscIdAsc(CarryOverDecision.PENDING).stream()
                .filter(r -> admin || r.kind != WorkKind.USER)
                .map(r -> item(r, labels))
                .toList();
    }

    /** What became of the work and users of one ended unit. */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    @Transactional(readOnly = true)
    public List<CarryOverItem> ofUnit(long endedUnitId) {
        boolean admin = isAdmin();
        UnitLabels labels = units.labels();
        return rows.findByFromUnitIdOrderById(endedUnitId).stream()
                .filter(r -> admin || r.kind != WorkKind.USER)
                .map(r -> item(r, labels))
                .toList();
    }

    /** Moves a waiting item to the chosen unit (a successor of the ended unit, or any active unit without one). */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    public CarryOverItem moveTo(long itemId, long version, long toUnitId) {
        CarryOver row = load(itemId, version);
        boolean allowed = candidates(row).stream().anyMatch(c -> c.unitId() == toUnitId);
        if (!allowed) {
            throw BusinessException.of("error.carryover.badUnit");
        }
        carriers.get(row.kind).move(row.workId, row.fromUnitId, toUnitId, reason(units.get(row.fromUnitId), toUnitId));
        row.decide(CarryOverDecision.MOVED, toUnitId, audit.actor(), clock.instant());
        return item(rows.saveAndFlush(row), units.labels());
    }

    /** Leaves a waiting item with the ended unit; a user account is disabled. */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    public CarryOverItem setAside(long itemId, long version) {
        CarryOver row = load(itemId, version);
        OrgUnitSummary ended = units.get(row.fromUnitId);
        carriers.get(row.kind)
                .setAside(
                        row.workId,
                        row.fromUnitId,
                        BusinessException.text(
                                "carryover.reason.kept",
                                new Object[] {ended.name(), Formats.date(ended.validTo())},
                                Formats.VIETNAMESE));
        row.decide(
                row.kind == WorkKind.USER ? CarryOverDecision.DISABLED : CarryOverDecision.KEPT,
                null,
                audit.actor(),
                clock.instant());
        return item(rows.saveAndFlush(row), units.labels());
    }

    private CarryOver load(long itemId, long version) {
        CarryOver row = rows.findById(itemId).orElseThrow(() -> BusinessException.of("error.carryover.gone"));
        if (row.kind == WorkKind.USER && !isAdmin()) {
            throw new AccessDeniedException("Chỉ quản trị hệ thống quyết định về tài khoản người dùng.");
        }
        if (row.version != version) {
            throw BusinessException.of("error.carryover.stale");
        }
        if (row.decision != CarryOverDecision.PENDING) {
            throw BusinessException.of("error.carryover.decided");
        }
        return row;
    }

    private List<CarryOverItem.Candidate> candidates(CarryOver row) {
        UnitLabels labels = units.labels();
        List<Long> successors = units.successorsOf(row.fromUnitId);
        List<Long> ids = !successors.isEmpty()
                ? successors
                : units.activeUnits().stream()
                        .filter(u -> u.isActiveOn(row.effective))
                        .map(OrgUnitSummary::id)
                        .toList();
        return ids.stream()
                .map(id -> new CarryOverItem.Candidate(id, labels.label(id)))
                .toList();
    }

    private CarryOverItem item(CarryOver r, UnitLabels labels) {
        return new CarryOverItem(
                r.id,
                r.kind,
                r.workId,
                r.label,
                r.fromUnitId,
                labels.label(r.fromUnitId),
                r.effective,
                r.decision,
                r.toUnitId,
                r.toUnitId == null ? null : labels.label(r.toUnitId),
                r.note,
                r.decision == CarryOverDecision.PENDING ? candidates(r) : List.of(),
                r.version);
    }

    /** "Sắp xếp đơn vị hành chính: Xã A kết thúc ngày 30/06/2025, Phường B tiếp nhận từ 01/07/2025." */
    private String reason(OrgUnitSummary ended, long to) {
        return BusinessException.text(
                "carryover.reason.moved",
                new Object[] {
                    ended.name(),
                    Formats.date(ended.validTo()),
                    units.nameOf(to),
                    Formats.date(ended.validTo().plusDays(1))
                },
                Formats.VIETNAMESE);
    }

    private boolean isAdmin() {
        return currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false);
    }
}
