package vn.cchc.portal.organization;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a unit cell of a plan ("Sở Nội vụ/Sở, ban, ngành tỉnh; UBND cấp huyện và các cơ quan, đơn vị liên quan")
 * resolves to.
 *
 * @param assignees units and groups named in the cell, in the order written, without duplicates
 * @param notes     generic phrases that name nobody in particular ("các cơ quan, đơn vị liên quan"), as written
 * @param unmatched fragments that are not a known unit or group (or name several units), trimmed, as written
 * @param ambiguous of the unmatched fragments, those that name several units, with the units they may mean
 */
public record UnitMatch(
        List<Assignee> assignees, List<String> notes, List<String> unmatched, List<Ambiguity> ambiguous) {

    public UnitMatch {
        assignees = List.copyOf(assignees);
        notes = List.copyOf(notes);
        unmatched = List.copyOf(unmatched);
        ambiguous = List.copyOf(ambiguous);
    }

    public UnitMatch(List<Assignee> assignees, List<String> notes, List<String> unmatched) {
        this(assignees, notes, unmatched, List.of());
    }

    /** The units an unmatched fragment may mean, when it is a name several units bear. */
    public Optional<Ambiguity> ambiguity(String fragment) {
        return ambiguous.stream().filter(a -> a.written().equals(fragment)).findFirst();
    }

    /**
     * A name written for one unit that several units bear ("Xã Ayun").
     *
     * @param written    the name as written
     * @param candidates the units it may mean, labelled as screens show them ("Xã Ayun (Huyện Chư Sê)")
     */
    public record Ambiguity(String written, List<Assignee> candidates) {

        public Ambiguity {
            candidates = List.copyOf(candidates);
        }

        /**
         * "Có 2 đơn vị tên “Xã Ayun”: Xã Ayun (Huyện Mang Yang); Xã Ayun (Huyện Chư Sê). Hãy ghi rõ đơn vị nào,
         * ví dụ “Xã Ayun (Huyện Mang Yang)”."
         */
        public String message() {
            return message(java.util.Locale.ROOT);
        }

        /** The same in a language of the translation bundles (key {@code error.unit.ambiguous}). */
        public String message(java.util.Locale locale) {
            List<String> labels = candidates.stream().map(Assignee::label).toList();
            return vn.cchc.portal.shared.BusinessException.text(
                    "error.unit.ambiguous",
                    new Object[] {String.valueOf(labels.size()), written, String.join("; ", labels), labels.getFirst()},
                    locale);
        }
    }

    /** True when every fragment of the cell was recognised (as a unit, a group or a generic phrase). */
    public boolean isComplete() {
        return unmatched.isEmpty();
    }

    /** Vietnamese label of a group as printed in plans. */
    public static String groupLabel(OrgUnitGroup group) {
        return switch (group) {
            case ALL_DEPARTMENTS -> "Các sở, ban, ngành tỉnh";
            case ALL_DISTRICT_COMMITTEES -> "UBND cấp huyện";
            case ALL_COMMUNE_COMMITTEES -> "UBND cấp xã";
        };
    }

    /**
     * One unit or one group. Exactly one of {@code unitId} and {@code group} is set.
     *
     * @param label the unit's official name, or the group's Vietnamese label ("UBND cấp huyện")
     */
    public record Assignee(Long unitId, OrgUnitGroup group, String label) {

        public Assignee {
            if ((unitId == null) == (group == null)) {
                throw new IllegalArgumentException("An assignee is either a unit or a group");
            }
            Objects.requireNonNull(label, "label");
        }

        public static Assignee unit(long unitId, String name) {
            return new Assignee(unitId, null, name);
        }

        public static Assignee of(OrgUnitGroup group) {
            return new Assignee(null, group, groupLabel(group));
        }

        public boolean isGroup() {
            return group != null;
        }
    }
}
