package vn.cchc.portal.organization;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.UserContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the organisation tree. Province-wide roles (ADMIN, PLANNER, LEADER) see every unit; unit roles see
 * their own unit and the units below it, and get an access error for anything else.
 */
@Service
@Transactional(readOnly = true)
public class OrgUnitService {

    private final OrgUnitRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    OrgUnitService(OrgUnitRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The whole tree in document order (depth first); ended units only when asked for. */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER','LEADER')")
    public List<OrgUnitSummary> tree(boolean includeEnded) {
        return snapshot().ordered(includeEnded ? null : today());
    }

    /**
     * Units whose code, name, short name or alias contains every word of the query, with or without
     * diacritics, plus their ancestors so that a tree can show where they are.
     */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER','LEADER')")
    public List<OrgUnitSummary> search(String query, boolean includeEnded) {
        Snapshot snapshot = snapshot();
        List<OrgUnitSummary> all = snapshot.ordered(includeEnded ? null : today());
        String folded = Texts.fold(query);
        if (folded.isEmpty()) {
            return all;
        }
        Set<Long> keep = new LinkedHashSet<>();
        for (OrgUnitSummary unit : all) {
            if (Texts.matchesKey(folded, snapshot.keys.get(unit.id()))) {
                Long id = unit.id();
                while (id != null && keep.add(id)) {
                    id = snapshot.byId.get(id).getParentId();
                }
            }
        }
        return all.stream().filter(u -> keep.contains(u.id())).toList();
    }

    /** Active units a user can be attached to, in tree order (for administration forms). */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER')")
    public List<OrgUnitSummary> selectable() {
        return snapshot().ordered(today());
    }

    /** Active units that may be named in plans (lead or coordinating units); every signed-in user may list them. */
    @PreAuthorize("isAuthenticated()")
    public List<OrgUnitSummary> activeUnits() {
        return snapshot().ordered(today());
    }

    /** One unit; unit roles may only read their own unit or a unit below it. */
    @PreAuthorize("isAuthenticated()")
    public OrgUnitSummary get(long id) {
        checkAccess(id);
        Snapshot snapshot = snapshot();
        return snapshot.summaries().get(id);
    }

    /** The caller's unit and every unit below it. */
    @PreAuthorize("isAuthenticated()")
    public List<OrgUnitSummary> ownSubtree() {
        UserContext user = currentUser.require();
        Snapshot snapshot = snapshot();
        return snapshot.ordered(today()).stream()
                .filter(u -> snapshot.isWithin(u.id(), user.unitId()))
                .toList();
    }

    /** The units a group holds on the given day (e.g. all commune committees). */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER','LEADER')")
    public List<OrgUnitSummary> expand(OrgUnitGroup group, LocalDate day) {
        return snapshot().ordered(day).stream().filter(u -> u.kind() == group.kind()).toList();
    }

    /**
     * The units a group holds on the given day below a unit: for a province plan every commune committee, for a
     * district plan only that district's communes.
     */
    @PreAuthorize("isAuthenticated()")
    public List<OrgUnitSummary> expandWithin(OrgUnitGroup group, long ancestorId, LocalDate day) {
        Snapshot snapshot = snapshot();
        return snapshot.ordered(day).stream()
                .filter(u -> u.kind() == group.kind() && snapshot.isWithin(u.id(), ancestorId))
                .toList();
    }

    /**
     * Who a plan of the issuing unit addresses for work that falls on a unit: a plan addresses the level directly
     * below its issuer (a province plan its departments, agencies and their offices, and its districts; a district
     * plan its communes). Work on a unit of a lower government goes to the local government directly below the
     * issuer that holds it, which passes it on in its own plan.
     */
    @PreAuthorize("isAuthenticated()")
    public Addressing addressing(long issuerId) {
        Snapshot snapshot = snapshot();
        return new Addressing(issuerId, unitId -> {
            List<OrgUnit> path = new ArrayList<>();
            OrgUnit unit = snapshot.byId.get(unitId);
            int guard = 0;
            while (unit != null && unit.getId() != issuerId && guard++ < 100) {
                path.add(unit);
                unit = unit.getParentId() == null ? null : snapshot.byId.get(unit.getParentId());
            }
            if (unit == null) {
                return null;
            }
            if (path.isEmpty()) {
                return issuerId;
            }
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i).getKind().isLocalGovernment()) {
                    return path.get(i).getId();
                }
            }
            return unitId;
        });
    }

    /** An active unit found by its code or by its exact name (as written in the seed documents). */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER','LEADER')")
    public java.util.Optional<OrgUnitSummary> find(String codeOrName) {
        String wanted = Texts.nfc(codeOrName);
        return snapshot().ordered(today()).stream()
                .filter(u -> u.code().equalsIgnoreCase(wanted) || u.name().equals(wanted))
                .findFirst();
    }

    /**
     * Ends a unit on its last day (dissolved, or merged into a successor that takes over its work). The unit stays
     * in the database and in history; from the next day it is no longer offered for new work.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrgUnitSummary end(long unitId, LocalDate lastDay, Long successorId) {
        Snapshot snapshot = snapshot();
        OrgUnit unit = repository.findById(unitId)
                .orElseThrow(() -> new BusinessException("Không tìm thấy cơ quan, đơn vị."));
        if (lastDay == null) {
            throw new BusinessException("Vui lòng chọn ngày cuối cùng hoạt động.");
        }
        if (unit.getValidTo() != null) {
            throw new BusinessException("Đơn vị này đã kết thúc hoạt động.");
        }
        if (lastDay.isBefore(unit.getValidFrom())) {
            throw new BusinessException("Ngày kết thúc không được trước ngày bắt đầu hoạt động của đơn vị.");
        }
        LocalDate nextDay = lastDay.plusDays(1);
        boolean activeChildren = snapshot.children.getOrDefault(unitId, List.of()).stream()
                .anyMatch(child -> child.isActiveOn(nextDay));
        if (activeChildren) {
            throw new BusinessException("Đơn vị còn đơn vị trực thuộc đang hoạt động; hãy kết thúc hoặc chuyển chúng trước.");
        }
        if (successorId != null) {
            OrgUnit successor = snapshot.byId.get(successorId);
            if (successor == null || successorId == unitId || !successor.isActiveOn(nextDay)) {
                throw new BusinessException("Đơn vị kế thừa phải là một đơn vị khác, đang hoạt động sau ngày kết thúc.");
            }
        }
        unit.end(lastDay, successorId);
        repository.saveAndFlush(unit);
        return snapshot().summaries().get(unitId);
    }

    /** Display name of a unit, for labels. */
    @PreAuthorize("isAuthenticated()")
    public String nameOf(long id) {
        return repository.findById(id).map(OrgUnit::getName).orElse("");
    }

    /** Throws an access error when a unit-scoped caller asks for a unit outside their own subtree. */
    @PreAuthorize("isAuthenticated()")
    public void checkAccess(long unitId) {
        UserContext user = currentUser.require();
        if (user.seesAllUnits()) {
            return;
        }
        if (!snapshot().isWithin(unitId, user.unitId())) {
            throw new AccessDeniedException("Bạn không có quyền truy cập dữ liệu của đơn vị khác.");
        }
    }

    /** Whether unitId is ancestorId itself or lies below it. */
    public boolean isWithin(long unitId, long ancestorId) {
        return snapshot().isWithin(unitId, ancestorId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Snapshot snapshot() {
        return new Snapshot(repository.findAll());
    }

    /** All units loaded once (a few hundred rows) and arranged as a tree. */
    private static final class Snapshot {
        private final Map<Long, OrgUnit> byId = new HashMap<>();
        private final Map<Long, String> keys = new HashMap<>();
        private final Map<Long, List<OrgUnit>> children = new HashMap<>();
        private final List<OrgUnit> roots = new ArrayList<>();

        Snapshot(List<OrgUnit> units) {
            Comparator<OrgUnit> order = Comparator.comparingInt(OrgUnit::getSortOrder).thenComparing(OrgUnit::getName);
            for (OrgUnit unit : units) {
                byId.put(unit.getId(), unit);
                keys.put(unit.getId(), unit.getSearchKey());
            }
            for (OrgUnit unit : units) {
                if (unit.getParentId() == null || !byId.containsKey(unit.getParentId())) {
                    roots.add(unit);
                } else {
                    children.computeIfAbsent(unit.getParentId(), k -> new ArrayList<>()).add(unit);
                }
            }
            roots.sort(order);
            children.values().forEach(list -> list.sort(order));
        }

        boolean isWithin(long unitId, long ancestorId) {
            OrgUnit unit = byId.get(unitId);
            int guard = 0;
            while (unit != null && guard++ < 100) {
                if (unit.getId() == ancestorId) {
                    return true;
                }
                unit = unit.getParentId() == null ? null : byId.get(unit.getParentId());
            }
            return false;
        }

        /** Depth-first list; when day is given, ended units and their subtrees are left out. */
        List<OrgUnitSummary> ordered(LocalDate day) {
            List<OrgUnitSummary> out = new ArrayList<>();
            for (OrgUnit root : roots) {
                walk(root, 0, day, out);
            }
            return out;
        }

        Map<Long, OrgUnitSummary> summaries() {
            Map<Long, OrgUnitSummary> map = new HashMap<>();
            ordered(null).forEach(s -> map.put(s.id(), s));
            return map;
        }

        private void walk(OrgUnit unit, int depth, LocalDate day, List<OrgUnitSummary> out) {
            if (day != null && !unit.isActiveOn(day)) {
                return;
            }
            out.add(summary(unit, depth));
            for (OrgUnit child : children.getOrDefault(unit.getId(), List.of())) {
                walk(child, depth + 1, day, out);
            }
        }

        private OrgUnitSummary summary(OrgUnit unit, int depth) {
            OrgUnit successor = unit.getSuccessorId() == null ? null : byId.get(unit.getSuccessorId());
            return new OrgUnitSummary(unit.getId(), unit.getCode(), unit.getName(), unit.getShortName(),
                    unit.getKind(), unit.getParentId(), depth, unit.getSortOrder(), unit.getValidFrom(),
                    unit.getValidTo(), unit.getSuccessorId(), successor == null ? null : successor.getName(),
                    unit.isHandlesProcedures());
        }
    }
}
