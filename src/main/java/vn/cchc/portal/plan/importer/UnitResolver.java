package vn.cchc.portal.plan.importer;

import java.util.List;
import java.util.Optional;

/** Resolves the unit cells of an appendix row; {@link MatcherUnitResolver} reads them with the organisation units. */
public interface UnitResolver {

    /** The official name of the one unit a lead cell names; empty when it names none, several, or only a group. */
    Optional<String> lead(String text);

    /**
     * The names of every unit or group a lead cell names ("Sở Tài chính; UBND cấp huyện" names two leads); empty
     * when it names none or some fragment is unknown.
     */
    default List<String> leads(String text) {
        return lead(text).map(List::of).orElse(List.of());
    }

    /** The fragments of a unit cell that name no known unit or group, as written; empty when all are known. */
    List<String> unmatchedCoordinating(String text);

    /**
     * When an unmatched fragment of the cell is a name several units bear ("Xã Ayun"): a Vietnamese message that
     * lists them as they may be written ("Xã Ayun (Huyện Chư Sê)").
     */
    default Optional<String> ambiguity(String text, String fragment) {
        return Optional.empty();
    }
}
