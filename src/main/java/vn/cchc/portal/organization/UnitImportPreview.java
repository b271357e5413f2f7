package vn.cchc.portal.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * What an organisation workbook would change, before anything is written: every change and every problem, each
 * with the Excel row it comes from. It can be applied only when it has changes and no problems; warnings (a unit
 * left without a successor when its level is removed) are shown and do not stop it.
 *
 * @param decisionNumber "1664/NQ-UBTVQH15" (restructuring), or null
 * @param effectiveDate  the first day of the new structure (a unit list: the day its units start)
 */
public record UnitImportPreview(
        UnitImportMode mode,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate effectiveDate,
        List<Change> changes,
        List<Message> problems,
        List<Message> warnings) {

    public UnitImportPreview {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean canApply() {
        return problems.isEmpty() && !changes.isEmpty();
    }

    public enum ChangeType {
        /** A new unit without predecessor. */
        CREATED,
        /** Several units into one. */
        MERGED,
        /** One unit into several: one row per new unit. */
        SPLIT,
        /** One unit continued under another name. */
        RENAMED,
        /** One unit continued with the same name under another parent (its level removed). */
        MOVED,
        /** A unit of a removed level, ended without successor. */
        LEVEL_REMOVED,
        /** A unit below a removed level that the file gives no successor: ended too. */
        ENDED,
        /** An existing unit of a unit list whose name or short name the file changes. */
        UPDATED;

        public String labelKey() {
            return "unitimport.change." + name();
        }
    }

    /**
     * One change.
     *
     * @param row          Excel row (0 when it follows from a level removed)
     * @param unit         the new (or ended) unit as labelled on screen
     * @param code         its code
     * @param parent       the label of its parent (new units)
     * @param predecessors the labels of the units it continues
     */
    public record Change(int row, ChangeType type, String unit, String code, String parent, List<String> predecessors) {
        public Change {
            predecessors = List.copyOf(predecessors);
        }
    }

    /** A problem or a warning: the row ("Dòng 7", 0 for the file) and the Vietnamese text. */
    public record Message(int row, String text) {
        /** "Dòng 7: Không tìm thấy …". */
        public String full() {
            return UnitImportTexts.atRow(row, text);
        }
    }
}
