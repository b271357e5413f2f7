package vn.cchc.portal.organization;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditSubject;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.XlsxRowCap;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports organisation workbooks: a restructuring decision (merges, splits, renames, a level removed) or a
 * deployment's own unit list. {@link #preview} shows every change and every problem with its row and writes
 * nothing; {@link #apply} plans the same file again inside one transaction and writes it only when there is no
 * problem (nothing changes otherwise). Every unit created, renamed or ended is written to the audit log with the
 * decision.
 */
@Service
public class UnitImport {

    /** Larger files are refused before they are read (a province's list is a few hundred KB). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final OrgUnitRepository repository;
    private final UnitTreeCache trees;
    private final OrgUnitMatcher matcher;
    private final AuditLog audit;
    private final Clock clock;
    private final UnitSuccessors successorRows;

    UnitImport(
            OrgUnitRepository repository,
            UnitTreeCache trees,
            OrgUnitMatcher matcher,
            AuditLog audit,
            Clock clock,
            UnitSuccessors successorRows) {
        this.successorRows = successorRows;
        this.repository = repository;
        this.trees = trees;
        this.matcher = matcher;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the workbook would change; nothing is written. */
    @PreAuthorize(Access.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public UnitImportPreview preview(byte[] xlsx, UnitImportMode mode) {
        return plan(xlsx, mode).preview();
    }

    /**
     * Applies the workbook in one transaction; refused (nothing written) when the file has any problem.
     *
     * @return the preview of what was applied
     */
    @PreAuthorize(Access.ADMIN_ONLY)
    @Transactional
    public UnitImportPreview apply(byte[] xlsx, UnitImportMode mode) {
        UnitImportPlanner.Plan plan = plan(xlsx, mode);
        UnitImportPreview preview = plan.preview();
        if (!preview.problems().isEmpty()) {
            throw BusinessException.of(
                    "unitimport.error.refused",
                    String.valueOf(preview.problems().size()),
                    preview.problems().getFirst().full());
        }
        if (preview.changes().isEmpty()) {
            throw BusinessException.of("unitimport.error.nothing");
        }
        write(plan, mode);
        return preview;
    }

    private UnitImportPlanner.Plan plan(byte[] xlsx, UnitImportMode mode) {
        Objects.requireNonNull(mode, "mode");
        if (xlsx == null || xlsx.length == 0) {
            throw BusinessException.of("unitimport.error.notExcel");
        }
        if (xlsx.length > MAX_BYTES) {
            throw BusinessException.of("unitimport.error.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        XlsxRowCap.check(xlsx, 20_000); // counted while streaming, before POI builds the workbook in memory
        UnitImportFile.Content content = UnitImportFile.read(new ByteArrayInputStream(xlsx));
        return UnitImportPlanner.plan(content, mode, trees.current(), matcher::index, LocalDate.now(clock));
    }

    private void write(UnitImportPlanner.Plan plan, UnitImportMode mode) {
        UnitImportPreview preview = plan.preview();
        LocalDate start = preview.effectiveDate();
        String decision = decisionText(preview);
        UnitTree before = trees.current();
        Map<Long, Integer> nextSort = new HashMap<>();
        List<OrgUnit> created = new ArrayList<>();
        for (UnitImportPlanner.NewUnit unit : plan.creates()) {
            Long parentId = unit.parentId() != null
                    ? unit.parentId()
                    : unit.parentIndex() != null
                            ? created.get(unit.parentIndex()).getId()
                            : null;
            OrgUnit entity = new OrgUnit(unit.code(), unit.name(), unit.kind(), parentId, start);
            entity.setShortName(unit.shortName());
            entity.setHandlesProcedures(unit.kind() != OrgUnitKind.PROVINCE);
            entity.setSortOrder(
                    nextSort.merge(parentId == null ? 0L : parentId, 1, Integer::sum) + maxSortOrder(before, parentId));
            repository.saveAndFlush(entity);
            created.add(entity);
            AuditSubject subject = AuditSubject.of(AuditSubjectType.ORG_UNIT, entity.getId());
            String action = mode == UnitImportMode.RESTRUCTURING ? "UNIT_RESTRUCTURED" : "UNIT_CREATED";
            audit.change(subject, action, "code", null, AuditValue.text(entity.getCode()));
            audit.change(subject, action, "name", null, AuditValue.text(entity.getName()));
            audit.change(subject, action, "parent", null, AuditValue.ref(AuditSubjectType.ORG_UNIT, parentId));
            audit.change(subject, action, "validFrom", null, AuditValue.date(start));
            if (decision != null) {
                audit.change(subject, action, "decision", null, AuditValue.text(decision));
            }
            if (!unit.predecessorIds().isEmpty()) {
                audit.change(
                        subject,
                        action,
                        "predecessors",
                        null,
                        AuditValue.list(unit.predecessorIds().stream()
                                .map(id -> AuditValue.ref(AuditSubjectType.ORG_UNIT, id))
                                .toList()));
            }
        }
        LocalDate lastDay = start.minusDays(1);
        for (Map.Entry<Long, List<Integer>> end : plan.ends().entrySet()) {
            OrgUnit unit = repository.findById(end.getKey()).orElseThrow();
            List<Long> successors =
                    end.getValue().stream().map(i -> created.get(i).getId()).toList();
            // a merge, rename or move names its one successor; a split leaves the choice per item (carry-over) and
            // lists its parts in org_unit_successor, as OrgUnitService.split does
            Long successor = successors.size() == 1 ? successors.getFirst() : null;
            unit.end(lastDay, successor);
            repository.saveAndFlush(unit);
            AuditSubject subject = AuditSubject.of(AuditSubjectType.ORG_UNIT, unit.getId());
            String action = successors.isEmpty() ? "UNIT_ENDED" : successors.size() == 1 ? "UNIT_MERGED" : "UNIT_SPLIT";
            audit.change(subject, action, "validTo", null, AuditValue.date(lastDay));
            if (successors.size() > 1) {
                for (Long part : successors) {
                    successorRows.add(unit.getId(), part);
                    audit.change(subject, action, "successor", null, AuditValue.ref(AuditSubjectType.ORG_UNIT, part));
                }
            } else if (successor != null) {
                audit.change(subject, action, "successor", null, AuditValue.ref(AuditSubjectType.ORG_UNIT, successor));
            }
            if (decision != null) {
                audit.change(subject, action, "decision", null, AuditValue.text(decision));
            }
        }
        for (UnitImportPlanner.Update update : plan.updates()) {
            OrgUnit unit = repository.findById(update.unitId()).orElseThrow();
            AuditSubject subject = AuditSubject.of(AuditSubjectType.ORG_UNIT, unit.getId());
            audit.change(
                    subject, "UNIT_CHANGED", "name", AuditValue.text(unit.getName()), AuditValue.text(update.name()));
            audit.change(
                    subject,
                    "UNIT_CHANGED",
                    "shortName",
                    AuditValue.text(unit.getShortName()),
                    AuditValue.text(update.shortName()));
            unit.setName(update.name());
            unit.setShortName(update.shortName());
            repository.saveAndFlush(unit);
        }
    }

    private static int maxSortOrder(UnitTree tree, Long parentId) {
        return tree.nodes().stream()
                .filter(n -> Objects.equals(n.parentId(), parentId))
                .mapToInt(UnitTree.Node::sortOrder)
                .max()
                .orElse(0);
    }

    private static String decisionText(UnitImportPreview preview) {
        if (preview.decisionNumber() == null || preview.decisionNumber().isBlank()) {
            return null;
        }
        return preview.decisionDate() == null
                ? preview.decisionNumber()
                : preview.decisionNumber() + " (" + vn.cchc.portal.shared.Formats.date(preview.decisionDate()) + ")";
    }
}
