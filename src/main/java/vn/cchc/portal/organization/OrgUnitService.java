package vn.cchc.portal.organization;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditSubject;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.UserContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the organisation tree. Province-wide roles (ADMIN, PLANNER, LEADER) see every unit; unit roles see
 * their own unit and the units below it, and get an access error for anything else.
 */
@Service
@Transactional(readOnly = true)
public class OrgUnitService {

    private final OrgUnitRepository repository;
    private final UnitTreeCache trees;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final UnitSuccessors parts;

    OrgUnitService(
            OrgUnitRepository repository,
            UnitTreeCache trees,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            UnitSuccessors parts) {
        this.parts = parts;
        this.repository = repository;
        this.trees = trees;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The whole tree in document order (depth first); ended units only when asked for. */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_LEADER)
    public List<OrgUnitSummary> tree(boolean includeEnded) {
        return snapshot().ordered(includeEnded ? null : today());
    }

    /**
     * Units whose code, name, short name or alias contains every word of the query, with or without
     * diacritics, plus their ancestors so that a tree can show where they are.
     */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_LEADER)
    public List<OrgUnitSummary> search(String query, boolean includeEnded) {
        return searchOn(query, includeEnded ? null : today());
    }

    /**
     * Like {@link #search(String, boolean)} on the structure of a day; a null day searches every unit, ended
     * ones too.
     */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_LEADER)
    public List<OrgUnitSummary> searchOn(String query, LocalDate day) {
        UnitTree snapshot = snapshot();
        List<OrgUnitSummary> all = snapshot.ordered(day);
        String folded = Texts.fold(query);
        if (folded.isEmpty()) {
            return all;
        }
        Set<Long> keep = new LinkedHashSet<>();
        for (OrgUnitSummary unit : all) {
            if (Texts.matchesKey(folded, snapshot.node(unit.id()).searchKey())) {
                Long id = unit.id();
                while (id != null && keep.add(id)) {
                    id = snapshot.node(id).parentId();
                }
            }
        }
        return all.stream().filter(u -> keep.contains(u.id())).toList();
    }

    /** Active units a user can be attached to, in tree order (for administration forms). */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    public List<OrgUnitSummary> selectable() {
        return snapshot().ordered(today());
    }

    /** Active units that may be named in plans (lead or coordinating units); every signed-in user may list them. */
    @PreAuthorize("isAuthenticated()")
    public List<OrgUnitSummary> activeUnits() {
        return snapshot().ordered(today());
    }

    /**
     * The units in force on a day, in tree order: what a plan, report or import of that day names (the districts
     * for a plan of 2024, the communes and wards for a plan issued after 01/07/2025; old plans and reports keep the
     * units of their time). A unit still in force below an ended one (a commune left unchanged when its district
     * was dissolved) is listed too. Every signed-in user may list them, as {@link #activeUnits()}.
     */
    @PreAuthorize("isAuthenticated()")
    public List<OrgUnitSummary> unitsOn(LocalDate day) {
        return snapshot().ordered(java.util.Objects.requireNonNull(day, "day"));
    }

    /** One unit; unit roles may only read their own unit or a unit below it. */
    @PreAuthorize("isAuthenticated()")
    public OrgUnitSummary get(long id) {
        checkAccess(id);
        return snapshot().summary(id);
    }

    /** The caller's unit and every unit below it. */
    @PreAuthorize("isAuthenticated()")
    public List<OrgUnitSummary> ownSubtree() {
        UserContext user = currentUser.require();
        UnitTree snapshot = snapshot();
        return snapshot.ordered(today()).stream()
                .filter(u -> snapshot.isWithin(u.id(), user.unitId()))
                .toList();
    }

    /**
     * The units a group holds on the given day (e.g. all commune committees), also those still filed under a level
     * that has ended (a commune left unchanged when its district was dissolved).
     */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_LEADER)
    public List<OrgUnitSummary> expand(OrgUnitGroup group, LocalDate day) {
        return snapshot().ordered(null).stream()
                .filter(u -> u.kind() == group.kind() && u.isActiveOn(day))
                .toList();
    }

    /**
     * The units a group holds on the given day below a unit: for a province plan every commune committee, for a
     * district plan only that district's communes.
     */
    @PreAuthorize("isAuthenticated()")
    public List<OrgUnitSummary> expandWithin(OrgUnitGroup group, long ancestorId, LocalDate day) {
        UnitTree snapshot = snapshot();
        return snapshot.ordered(null).stream()
                .filter(u -> u.kind() == group.kind() && u.isActiveOn(day) && snapshot.isWithin(u.id(), ancestorId))
                .toList();
    }

    /** {@link #addressing(long, LocalDate)} with the structure in force today. */
    @PreAuthorize("isAuthenticated()")
    public Addressing addressing(long issuerId) {
        return addressing(issuerId, today());
    }

    /**
     * Who a plan of the issuing unit addresses for work that falls on a unit, with the structure in force on the
     * given day (the plan's issue date): a plan addresses the level directly below its issuer (a province plan its
     * departments, agencies and their offices, and its districts; a district plan its communes). Work on a unit of a
     * lower government goes to the local government directly below the issuer that holds it on that day, which
     * passes it on in its own plan. A level that no longer exists on the day (the districts after 01/7/2025) is
     * skipped: a province plan then addresses the communes and wards directly.
     */
    @PreAuthorize("isAuthenticated()")
    public Addressing addressing(long issuerId, LocalDate day) {
        UnitTree snapshot = snapshot();
        return new Addressing(issuerId, unitId -> {
            List<UnitTree.Node> path = new ArrayList<>();
            UnitTree.Node unit = snapshot.node(unitId);
            int guard = 0;
            while (unit != null && unit.id() != issuerId && guard++ < 100) {
                path.add(unit);
                unit = unit.parentId() == null ? null : snapshot.node(unit.parentId());
            }
            if (unit == null) {
                return null;
            }
            if (path.isEmpty()) {
                return issuerId;
            }
            for (int i = path.size() - 1; i >= 0; i--) {
                UnitTree.Node level = path.get(i);
                if (level.kind().isLocalGovernment() && (i == 0 || level.isActiveOn(day))) {
                    return level.id();
                }
            }
            return unitId;
        });
    }

    /** An active unit found by its code or by its exact name (as written in the seed documents). */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_LEADER)
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
    @PreAuthorize(Access.ADMIN_ONLY)
    @Transactional
    public OrgUnitSummary end(long unitId, LocalDate lastDay, Long successorId) {
        UnitTree snapshot = snapshot();
        OrgUnit unit = repository.findById(unitId).orElseThrow(() -> BusinessException.of("error.unit.notFound"));
        if (lastDay == null) {
            throw BusinessException.of("error.unit.lastDayRequired");
        }
        if (unit.getValidTo() != null) {
            throw BusinessException.of("error.unit.alreadyEnded");
        }
        if (lastDay.isBefore(unit.getValidFrom())) {
            throw BusinessException.of("error.unit.endBeforeStart");
        }
        LocalDate nextDay = lastDay.plusDays(1);
        boolean activeChildren = snapshot.children(unitId).stream().anyMatch(child -> child.isActiveOn(nextDay));
        if (activeChildren) {
            throw BusinessException.of("error.unit.activeChildren");
        }
        if (successorId != null) {
            UnitTree.Node successor = snapshot.node(successorId);
            if (successor == null || successorId == unitId || !successor.isActiveOn(nextDay)) {
                throw BusinessException.of("error.unit.badSuccessor");
            }
        }
        unit.end(lastDay, successorId);
        repository.saveAndFlush(unit);
        AuditSubject subject = AuditSubject.of(AuditSubjectType.ORG_UNIT, unitId);
        String action = successorId == null ? "UNIT_ENDED" : "UNIT_MERGED";
        audit.change(subject, action, "validTo", null, AuditValue.date(lastDay));
        audit.change(subject, action, "successor", null, AuditValue.ref(AuditSubjectType.ORG_UNIT, successorId));
        return snapshot().summary(unitId);
    }

    /**
     * Ends a unit split into several successors: each takes over part of its work, chosen item by item by the
     * administrator or a planner (see the carry-over of work). With one successor this is {@link #end}.
     */
    @PreAuthorize(Access.ADMIN_ONLY)
    @Transactional
    public OrgUnitSummary split(long unitId, LocalDate lastDay, List<Long> successorIds) {
        List<Long> successors = successorIds == null
                ? List.of()
                : successorIds.stream().distinct().toList();
        if (successors.size() < 2) {
            return end(unitId, lastDay, successors.isEmpty() ? null : successors.getFirst());
        }
        UnitTree snapshot = snapshot();
        LocalDate nextDay = lastDay == null ? null : lastDay.plusDays(1);
        for (Long successorId : successors) {
            UnitTree.Node successor = successorId == null ? null : snapshot.node(successorId);
            if (successor == null || successorId == unitId || nextDay == null || !successor.isActiveOn(nextDay)) {
                throw BusinessException.of("error.unit.badSuccessor");
            }
        }
        OrgUnitSummary ended = end(unitId, lastDay, null);
        AuditSubject subject = AuditSubject.of(AuditSubjectType.ORG_UNIT, unitId);
        for (Long successorId : successors) {
            parts.add(unitId, successorId);
            audit.change(
                    subject, "UNIT_SPLIT", "successor", null, AuditValue.ref(AuditSubjectType.ORG_UNIT, successorId));
        }
        return ended;
    }

    /** The units that take over the work of an ended unit: its successor, or the units it was split into. */
    public List<Long> successorsOf(long unitId) {
        UnitTree.Node unit = snapshot().node(unitId);
        if (unit == null) {
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        if (unit.successorId() != null) {
            out.add(unit.successorId());
        }
        parts.partsOf(unitId).stream().filter(id -> !out.contains(id)).forEach(out::add);
        return out;
    }

    /** The units whose work a unit took over: merged into it or split into it, and theirs before them. */
    public List<Long> predecessorsOf(long unitId) {
        UnitTree snapshot = snapshot();
        List<Long> out = new ArrayList<>();
        java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>(List.of(unitId));
        while (!todo.isEmpty() && out.size() < 1000) {
            long next = todo.pop();
            List<Long> direct = new ArrayList<>(snapshot.nodes().stream()
                    .filter(u -> Long.valueOf(next).equals(u.successorId()))
                    .map(UnitTree.Node::id)
                    .toList());
            direct.addAll(parts.splitInto(next));
            direct.stream()
                    .filter(id -> id != unitId && !out.contains(id))
                    .sorted()
                    .forEach(id -> {
                        out.add(id);
                        todo.add(id);
                    });
        }
        return out;
    }

    /** Units whose last day lies before the given day (their work is carried over from the day after). */
    public List<OrgUnitSummary> endedBefore(LocalDate day) {
        UnitTree snapshot = snapshot();
        return snapshot.nodes().stream()
                .filter(u -> u.validTo() != null && u.validTo().isBefore(day))
                .map(u -> snapshot.summary(u.id()))
                .toList();
    }

    /** Display name of a unit, for labels. */
    @PreAuthorize("isAuthenticated()")
    public String nameOf(long id) {
        UnitTree.Node unit = snapshot().node(id);
        return unit == null ? "" : unit.name();
    }

    /**
     * How screens and imports name units, telling apart units of the same name ("Xã Ayun (Huyện Chư Sê)"): the label
     * of every unit, ended ones too.
     */
    @PreAuthorize("isAuthenticated()")
    public UnitLabels labels() {
        return snapshot().labels();
    }

    /** The label of one unit (see {@link UnitLabels}); "" when unknown. */
    @PreAuthorize("isAuthenticated()")
    public String labelOf(long id) {
        return snapshot().labels().label(id);
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

    /** The unit and every unit below it, ended ones included: the owners whose rows a unit user may read. */
    public Set<Long> subtreeIds(long unitId) {
        return snapshot().subtree(unitId);
    }

    /** Units (ended ones too) whose code, name, short name or alias contains every word of the query. */
    public Set<Long> idsMatching(String query) {
        String folded = Texts.fold(query);
        Set<Long> out = new java.util.HashSet<>();
        snapshot().nodes().stream()
                .filter(u -> Texts.matchesKey(folded, u.searchKey()))
                .forEach(u -> out.add(u.id()));
        return out;
    }

    /** The unit and every unit above it, nearest first. */
    public List<Long> ancestorIds(long unitId) {
        return snapshot().ancestors(unitId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private UnitTree snapshot() {
        return trees.current();
    }
}
