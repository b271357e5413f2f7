package vn.cchc.portal.organization;

import vn.cchc.portal.organization.UnitImportFile.Column;
import vn.cchc.portal.organization.UnitImportFile.Line;
import vn.cchc.portal.organization.UnitImportPreview.Change;
import vn.cchc.portal.organization.UnitImportPreview.ChangeType;
import vn.cchc.portal.organization.UnitImportPreview.Message;
import vn.cchc.portal.shared.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Works out what an organisation workbook changes in the current tree: the units to create (in an order where
 * every parent comes first), the units to end and their successors, the units of a unit list to rename, and every
 * problem with its row. Pure: reads the tree and the name index, writes nothing.
 */
final class UnitImportPlanner {

    /** A unit to create. parentId is an existing unit, parentIndex a unit created before it (index in creates). */
    record NewUnit(
            int row,
            String code,
            String name,
            String shortName,
            OrgUnitKind kind,
            Long parentId,
            Integer parentIndex,
            List<Long> predecessorIds) {}

    /** An existing unit whose name or short name a unit list changes. */
    record Update(long unitId, String name, String shortName) {}

    /**
     * The outcome.
     *
     * @param ends ended unit → indexes in creates of its successors: one for a merge, rename or move, several for a
     *     split (each takes part of its work), none for a unit ended without successor
     */
    record Plan(
            UnitImportPreview preview, List<NewUnit> creates, Map<Long, List<Integer>> ends, List<Update> updates) {}

    private final UnitImportMode mode;
    private final UnitTree tree;
    private final UnitNameIndex index;
    private final LocalDate effective;
    private final LocalDate lastDay;
    private final UnitLabels labels;
    private final List<Message> problems = new ArrayList<>();
    private final List<Message> warnings = new ArrayList<>();
    /** Unit-list rows that name an existing unit by its code: the name the file gives it → the unit. */
    private final Map<String, Long> existingByNewName = new HashMap<>();

    private UnitImportPlanner(UnitImportMode mode, UnitTree tree, UnitNameIndex index, LocalDate effective) {
        this.mode = mode;
        this.tree = tree;
        this.index = index;
        this.effective = effective;
        this.lastDay = effective == null ? null : effective.minusDays(1);
        this.labels = tree.labels();
    }

    /**
     * Plans the content of a workbook.
     *
     * @param today      the start of a unit list without "Ngày hiệu lực"
     * @param indexOnDay the name index of the units active on a day (the day before the effective date)
     */
    static Plan plan(
            UnitImportFile.Content content,
            UnitImportMode mode,
            UnitTree tree,
            java.util.function.Function<LocalDate, UnitNameIndex> indexOnDay,
            LocalDate today) {
        LocalDate effective = content.effectiveDate();
        if (effective == null && mode == UnitImportMode.UNIT_LIST) {
            effective = today;
        }
        UnitNameIndex index = effective == null
                ? null
                : indexOnDay.apply(mode == UnitImportMode.RESTRUCTURING ? effective.minusDays(1) : effective);
        UnitImportPlanner planner = new UnitImportPlanner(mode, tree, index, effective);
        content.issues().forEach(i -> planner.problems.add(new Message(i.row(), i.message())));
        return planner.plan(content);
    }

    private record Row(
            Line line,
            String code,
            String name,
            String shortName,
            OrgUnitKind kind,
            String parentText,
            List<Long> predecessors) {}

    private Plan plan(UnitImportFile.Content content) {
        if (mode == UnitImportMode.RESTRUCTURING) {
            if (content.decisionNumber() == null || content.decisionNumber().isBlank()) {
                problem(0, "unitimport.error.noNumber");
            }
            if (effective == null) {
                problem(0, "unitimport.error.noEffectiveDate");
            }
        }
        if (content.lines().isEmpty() && problems.isEmpty()) {
            problem(0, "unitimport.error.noRows");
        }
        if (effective == null) {
            return result(content, List.of(), Map.of(), List.of(), List.of());
        }
        Set<Long> removedLevel = new LinkedHashSet<>();
        List<Row> read = new ArrayList<>();
        for (Line line : content.lines()) {
            if (Texts.fold(line.get(Column.CHANGE)).contains("bo cap")) {
                removeLevel(line, removedLevel);
            } else {
                Row row = row(line);
                if (row != null) {
                    read.add(row);
                }
            }
        }
        List<Update> updates = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        List<Row> rows = mode == UnitImportMode.UNIT_LIST ? existingCodes(read, updates, changes) : freshCodes(read);
        Map<Long, List<Integer>> successors = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            for (Long p : rows.get(i).predecessors()) {
                successors.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> ended = new LinkedHashSet<>(successors.keySet());
        ended.addAll(removedLevel);
        List<NewUnit> creates = creates(rows, ended);
        Map<Long, List<Integer>> ends = new LinkedHashMap<>();
        Map<Integer, Integer> createIndexOfRow = new HashMap<>();
        for (int i = 0; i < creates.size(); i++) {
            createIndexOfRow.put(creates.get(i).row(), i);
        }
        for (NewUnit unit : creates) {
            changes.add(change(unit, successors, creates));
        }
        successors.forEach((id, rowIndexes) -> ends.put(
                id,
                rowIndexes.stream()
                        .map(i -> createIndexOfRow.get(rows.get(i).line().row()))
                        .distinct()
                        .toList()));
        for (Long id : removedLevel) {
            if (!ends.containsKey(id)) {
                ends.put(id, List.of());
                changes.add(new Change(
                        0,
                        ChangeType.LEVEL_REMOVED,
                        labels.label(id),
                        tree.node(id).code(),
                        null,
                        List.of()));
            }
        }
        Set<Long> parentsOfNew = new HashSet<>();
        creates.forEach(c -> {
            if (c.parentId() != null) {
                parentsOfNew.add(c.parentId());
            }
        });
        for (Long id : List.copyOf(ends.keySet())) {
            endBelow(id, ends, parentsOfNew, changes);
        }
        changes.sort(java.util.Comparator.comparingInt(c -> c.row() == 0 ? Integer.MAX_VALUE : c.row()));
        if (!problems.isEmpty()) {
            return result(content, changes, Map.of(), List.of(), List.of());
        }
        return result(content, changes, ends, creates, updates);
    }

    private Plan result(
            UnitImportFile.Content content,
            List<Change> changes,
            Map<Long, List<Integer>> ends,
            List<NewUnit> creates,
            List<Update> updates) {
        problems.sort(java.util.Comparator.comparingInt(Message::row));
        UnitImportPreview preview = new UnitImportPreview(
                mode, content.decisionNumber(), content.decisionDate(), effective, changes, problems, warnings);
        return new Plan(preview, creates, ends, updates);
    }

    // ------------------------------------------------------------------ rows

    private Row row(Line line) {
        int r = line.row();
        String name = oneLine(line.get(Column.NAME));
        if (name.isEmpty()) {
            problem(r, "unitimport.error.noName");
            return null;
        }
        if (name.length() > OrgUnitAdministration.NAME_MAX) {
            problem(
                    r,
                    "error.unit.tooLong",
                    String.valueOf(OrgUnitAdministration.NAME_MAX),
                    String.valueOf(name.length()));
        }
        String shortName = oneLine(line.get(Column.SHORT_NAME));
        if (shortName.length() > OrgUnitAdministration.SHORT_NAME_MAX) {
            problem(
                    r,
                    "error.unit.tooLong",
                    String.valueOf(OrgUnitAdministration.SHORT_NAME_MAX),
                    String.valueOf(shortName.length()));
        }
        OrgUnitKind kind = kind(line.get(Column.KIND), name);
        if (kind == null) {
            problem(r, "unitimport.error.badKind", line.get(Column.KIND));
        }
        String code = Texts.nfc(line.get(Column.CODE)).strip().toUpperCase(Locale.ROOT);
        if (!code.isEmpty() && (!code.matches("[A-Z0-9._-]+") || code.length() > OrgUnitAdministration.CODE_MAX)) {
            problem(r, "error.unit.codeFormat", String.valueOf(OrgUnitAdministration.CODE_MAX));
        }
        List<Long> predecessors = new ArrayList<>();
        String written = line.get(Column.PREDECESSORS);
        if (!written.isEmpty() && mode == UnitImportMode.UNIT_LIST) {
            problem(r, "unitimport.error.predecessorInList");
        } else {
            for (String fragment : written.split("[;\\n]")) {
                if (!fragment.isBlank()) {
                    resolve(fragment.strip(), r, true).ifPresent(id -> {
                        if (predecessors.contains(id)) {
                            problem(r, "unitimport.error.predecessorTwice", labels.label(id));
                        } else {
                            predecessors.add(id);
                        }
                    });
                }
            }
        }
        return new Row(
                line, code, name, shortName.isEmpty() ? null : shortName, kind, line.get(Column.PARENT), predecessors);
    }

    private void removeLevel(Line line, Set<Long> removed) {
        String written = line.get(Column.KIND).isEmpty() ? line.get(Column.NAME) : line.get(Column.KIND);
        OrgUnitKind kind = kind(written, "");
        if (mode == UnitImportMode.UNIT_LIST) {
            problem(line.row(), "unitimport.error.predecessorInList");
            return;
        }
        if (kind == null || kind == OrgUnitKind.PROVINCE) {
            problem(line.row(), "unitimport.error.badKind", written);
            return;
        }
        tree.nodes().stream()
                .filter(n -> n.kind() == kind && n.isActiveOn(lastDay))
                .sorted(java.util.Comparator.comparingInt(UnitTree.Node::sortOrder)
                        .thenComparing(UnitTree.Node::name))
                .forEach(n -> removed.add(n.id()));
    }

    /** Unit-list rows whose code exists already: the unit's name is updated, it is not created again. */
    private List<Row> existingCodes(List<Row> rows, List<Update> updates, List<Change> changes) {
        List<Row> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            if (!row.code().isEmpty() && !seen.add(row.code())) {
                problem(row.line().row(), "unitimport.error.codeTwice", row.code());
                continue;
            }
            Optional<UnitTree.Node> existing = row.code().isEmpty() ? Optional.empty() : byCode(row.code());
            if (existing.isEmpty()) {
                out.add(row);
                continue;
            }
            UnitTree.Node unit = existing.get();
            existingByNewName.put(OrgUnitAdministration.nameKey(row.name()), unit.id());
            if (unit.kind() != row.kind()) {
                problem(row.line().row(), "error.unit.codeTaken", row.code(), unit.name());
            } else if (!unit.name().equals(row.name()) || !Objects.equals(unit.shortName(), row.shortName())) {
                updates.add(new Update(unit.id(), row.name(), row.shortName()));
                changes.add(new Change(
                        row.line().row(),
                        ChangeType.UPDATED,
                        row.name(),
                        unit.code(),
                        unit.parentId() == null ? null : labels.label(unit.parentId()),
                        List.of(unit.name())));
            }
        }
        return out;
    }

    /** Codes of new units: as written (unique, not taken) or made from the name. */
    private List<Row> freshCodes(List<Row> rows) {
        Set<String> seen = new HashSet<>();
        List<Row> out = new ArrayList<>();
        for (Row row : rows) {
            if (!row.code().isEmpty()) {
                if (!seen.add(row.code())) {
                    problem(row.line().row(), "unitimport.error.codeTwice", row.code());
                } else {
                    byCode(row.code())
                            .ifPresent(other ->
                                    problem(row.line().row(), "error.unit.codeTaken", row.code(), other.name()));
                }
            }
            out.add(row);
        }
        return out;
    }

    private List<NewUnit> creates(List<Row> rows, Set<Long> ended) {
        Map<String, Integer> rowByCode = new HashMap<>();
        Map<String, List<Integer>> rowByName = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).code().isEmpty()) {
                rowByCode.put(rows.get(i).code(), i);
            }
            rowByName
                    .computeIfAbsent(OrgUnitAdministration.nameKey(rows.get(i).name()), k -> new ArrayList<>())
                    .add(i);
        }
        Long[] parentIds = new Long[rows.size()];
        Integer[] parentRows = new Integer[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int r = row.line().row();
            String parent = row.parentText();
            if (parent.isEmpty()) {
                if (row.kind() != null && row.kind() != OrgUnitKind.PROVINCE) {
                    problem(r, "unitimport.error.noParent");
                } else if (row.kind() == OrgUnitKind.PROVINCE
                        && tree.nodes().stream()
                                .anyMatch(n ->
                                        n.parentId() == null && n.isActiveOn(effective) && !ended.contains(n.id()))) {
                    problem(r, "unitimport.error.secondRoot");
                }
                continue;
            }
            Integer inFile = rowByCode.get(parent.toUpperCase(Locale.ROOT));
            List<Integer> byName = rowByName.getOrDefault(OrgUnitAdministration.nameKey(parent), List.of());
            if (inFile == null && byName.size() == 1) {
                inFile = byName.getFirst();
            }
            if (inFile != null) {
                if (inFile == i) {
                    problem(r, "error.unit.parentCycle");
                } else {
                    parentRows[i] = inFile;
                    checkUnder(r, row.kind(), rows.get(inFile).kind());
                }
                continue;
            }
            Long renamed = existingByNewName.get(OrgUnitAdministration.nameKey(parent));
            Optional<Long> existing = renamed != null ? Optional.of(renamed) : resolve(parent, r, false);
            if (existing.isEmpty()) {
                continue;
            }
            UnitTree.Node node = tree.node(existing.get());
            if (ended.contains(node.id()) || !node.isActiveOn(effective)) {
                problem(r, "unitimport.error.parentEnded", labels.label(node.id()));
                continue;
            }
            parentIds[i] = node.id();
            checkUnder(r, row.kind(), node.kind());
        }
        List<Integer> order = topological(rows, parentRows);
        checkNames(rows, parentIds, parentRows, ended);
        List<NewUnit> creates = new ArrayList<>();
        Map<Integer, Integer> createIndex = new HashMap<>();
        Set<String> codes = new HashSet<>(rowByCode.keySet());
        for (int i : order) {
            Row row = rows.get(i);
            String code = row.code().isEmpty() ? generatedCode(row.name(), codes) : row.code();
            createIndex.put(i, creates.size());
            creates.add(new NewUnit(
                    row.line().row(),
                    code,
                    row.name(),
                    row.shortName(),
                    row.kind(),
                    parentIds[i],
                    parentRows[i] == null ? null : createIndex.get(parentRows[i]),
                    row.predecessors()));
        }
        return creates;
    }

    private void checkUnder(int row, OrgUnitKind kind, OrgUnitKind parent) {
        if (kind != null && parent != null && !OrgUnitAdministration.allowedUnder(kind, parent)) {
            problem(
                    row,
                    "error.unit.kindUnderParent",
                    UnitImportTexts.text(kind.labelKey()),
                    UnitImportTexts.text(parent.labelKey()));
        }
    }

    /** Rows ordered so that a parent in the file comes before its units; a loop is a problem. */
    private List<Integer> topological(List<Row> rows, Integer[] parentRows) {
        List<Integer> order = new ArrayList<>();
        int[] state = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            List<Integer> path = new ArrayList<>();
            int at = i;
            while (state[at] == 0 && parentRows[at] != null && !path.contains(at)) {
                path.add(at);
                at = parentRows[at];
            }
            if (path.contains(at)) {
                problem(rows.get(i).line().row(), "error.unit.parentCycle");
                path.forEach(p -> state[p] = 2);
                continue;
            }
            if (state[at] == 0) {
                state[at] = 1;
                order.add(at);
            }
            for (int p = path.size() - 1; p >= 0; p--) {
                if (state[path.get(p)] == 0) {
                    state[path.get(p)] = 1;
                    order.add(path.get(p));
                }
            }
        }
        return order;
    }

    /** Names unique among the units of one parent: the new ones, and the existing ones that stay. */
    private void checkNames(List<Row> rows, Long[] parentIds, Integer[] parentRows, Set<Long> ended) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String parentKey =
                    parentRows[i] != null ? "row" + parentRows[i] : parentIds[i] != null ? "id" + parentIds[i] : "root";
            String key = parentKey + "|" + OrgUnitAdministration.nameKey(row.name());
            Integer first = seen.putIfAbsent(key, row.line().row());
            if (first != null) {
                problem(row.line().row(), "unitimport.error.nameTwice", row.name(), String.valueOf(first));
                continue;
            }
            if (parentIds[i] != null) {
                Long parentId = parentIds[i];
                tree.children(parentId).stream()
                        .filter(n -> n.isActiveOn(effective) && !ended.contains(n.id()))
                        .filter(n -> OrgUnitAdministration.nameKey(n.name())
                                .equals(OrgUnitAdministration.nameKey(row.name())))
                        .findFirst()
                        .ifPresent(n -> problem(
                                row.line().row(), "unitimport.error.nameTaken", row.name(), labels.label(parentId)));
            }
        }
    }

    private Change change(NewUnit unit, Map<Long, List<Integer>> successors, List<NewUnit> creates) {
        List<Long> preds = unit.predecessorIds();
        ChangeType type;
        if (preds.isEmpty()) {
            type = ChangeType.CREATED;
        } else if (preds.size() > 1) {
            type = ChangeType.MERGED;
        } else if (successors.get(preds.getFirst()).size() > 1) {
            type = ChangeType.SPLIT;
        } else {
            UnitTree.Node old = tree.node(preds.getFirst());
            type = old.name().equals(unit.name()) ? ChangeType.MOVED : ChangeType.RENAMED;
        }
        String parent = unit.parentId() != null
                ? labels.label(unit.parentId())
                : unit.parentIndex() != null ? creates.get(unit.parentIndex()).name() : null;
        return new Change(
                unit.row(),
                type,
                unit.name(),
                unit.code(),
                parent,
                preds.stream().map(labels::label).toList());
    }

    /** Units still active below an ended unit: ended too, each with a warning (left without successor). */
    private void endBelow(long id, Map<Long, List<Integer>> ends, Set<Long> parentsOfNew, List<Change> changes) {
        for (UnitTree.Node child : tree.children(id)) {
            if (!child.isActiveOn(effective) || ends.containsKey(child.id())) {
                continue;
            }
            if (parentsOfNew.contains(child.id())) {
                continue; // reported as a parent that ends
            }
            ends.put(child.id(), List.of());
            String label = labels.label(child.id());
            warnings.add(new Message(0, UnitImportTexts.text("unitimport.warning.noSuccessor", label)));
            changes.add(new Change(0, ChangeType.ENDED, label, child.code(), labels.label(id), List.of()));
            endBelow(child.id(), ends, parentsOfNew, changes);
        }
    }

    // ------------------------------------------------------------------ resolving names

    /**
     * An existing unit named by its code or its name (as screens label it: "Xã Ia O (Huyện Ia Grai)"), active on
     * the day before the effective date; a problem with the row when there is none or several.
     */
    private Optional<Long> resolve(String written, int row, boolean predecessor) {
        Optional<UnitTree.Node> byCode = byCode(written.toUpperCase(Locale.ROOT));
        if (byCode.isPresent()) {
            UnitTree.Node node = byCode.get();
            if (predecessor && !node.isActiveOn(lastDay)) {
                problem(row, "unitimport.error.predecessorEnded", labels.label(node.id()));
                return Optional.empty();
            }
            return Optional.of(node.id());
        }
        UnitMatch match = index.match(written);
        if (match.unmatched().isEmpty()
                && match.assignees().size() == 1
                && !match.assignees().getFirst().isGroup()) {
            return Optional.of(match.assignees().getFirst().unitId());
        }
        Optional<UnitMatch.Ambiguity> ambiguity = match.ambiguous().stream().findFirst();
        if (ambiguity.isPresent()) {
            problems.add(new Message(row, ambiguity.get().message()));
        } else if (endedUnitNamed(written)) {
            problem(row, predecessor ? "unitimport.error.predecessorEnded" : "unitimport.error.parentEnded", written);
        } else {
            problem(
                    row,
                    predecessor ? "unitimport.error.unknownPredecessor" : "unitimport.error.unknownParent",
                    written);
        }
        return Optional.empty();
    }

    private boolean endedUnitNamed(String written) {
        String key = OrgUnitAdministration.nameKey(written);
        return tree.nodes().stream()
                .anyMatch(n -> OrgUnitAdministration.nameKey(n.name()).equals(key)
                        || OrgUnitAdministration.nameKey(labels.label(n.id())).equals(key));
    }

    private Optional<UnitTree.Node> byCode(String code) {
        return tree.nodes().stream()
                .filter(n -> n.code().equalsIgnoreCase(code))
                .findFirst();
    }

    private static String generatedCode(String name, Set<String> taken) {
        String base = Texts.fold(name)
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        base = base.isEmpty() ? "DV" : base.substring(0, Math.min(base.length(), 32));
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "-" + n;
        }
        taken.add(code);
        return code;
    }

    private static OrgUnitKind kind(String written, String name) {
        String folded = Texts.fold(written);
        if (folded.isEmpty()) {
            folded = Texts.fold(name);
            if (folded.startsWith("xa ") || folded.startsWith("phuong ") || folded.startsWith("thi tran ")) {
                return OrgUnitKind.COMMUNE;
            }
            if (folded.startsWith("so ")) {
                return OrgUnitKind.DEPARTMENT;
            }
            return null;
        }
        for (OrgUnitKind kind : OrgUnitKind.values()) {
            if (folded.equals(kind.name().toLowerCase(Locale.ROOT))
                    || folded.equals(Texts.fold(UnitImportTexts.text(kind.labelKey())))) {
                return kind;
            }
        }
        return switch (folded) {
            case "xa", "phuong", "thi tran", "ubnd cap xa", "xa, phuong", "cap xa" -> OrgUnitKind.COMMUNE;
            case "huyen", "thi xa", "thanh pho", "ubnd cap huyen", "cap huyen" -> OrgUnitKind.DISTRICT;
            case "so", "ban", "so, ban, nganh", "so ban nganh", "nganh" -> OrgUnitKind.DEPARTMENT;
            case "co quan", "co quan tinh" -> OrgUnitKind.AGENCY;
            case "don vi truc thuoc", "phong", "don vi", "bo phan" -> OrgUnitKind.SUBUNIT;
            case "tinh", "ubnd tinh", "uy ban nhan dan tinh" -> OrgUnitKind.PROVINCE;
            default -> null;
        };
    }

    private static String oneLine(String text) {
        return text == null ? "" : Texts.nfc(text).replaceAll("\\s+", " ").strip();
    }

    private void problem(int row, String key, Object... args) {
        problems.add(new Message(row, UnitImportTexts.text(key, args)));
    }
}
