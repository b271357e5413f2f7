package vn.cchc.portal.organization;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.UnitMatch.Assignee;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads unit names as plans write them ("Sở Nội vụ/Sở, ban, ngành tỉnh; UBND cấp huyện và các cơ quan, đơn vị liên
 * quan", "VP UBND tỉnh", "Đài PT-TH tỉnh", with or without diacritics) and resolves them to the units active on a day
 * and to the groups "Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã".
 *
 * <p>Known names are the unit's name, short name and aliases, plus generated spellings ("UBND huyện X" ⇄ "Huyện X",
 * "Sở X tỉnh Y", "Xã Y huyện X"); "Ủy ban nhân dân"/"UBND", "Văn phòng"/"VP", "Phát thanh – Truyền
 * hình"/"PT-TH", "Thành phố"/"TP", "Thị xã"/"TX", "Thị trấn"/"TT" are interchangeable.
 */
@Service
public class OrgUnitMatcher {

    private final UnitTreeCache trees;

    /** The last index built, reused while the tree is the same and the day is the same. */
    private volatile CachedIndex cached;

    OrgUnitMatcher(UnitTreeCache trees) {
        this.trees = trees;
    }

    /**
     * Resolves a whole unit cell: assignees in the order written (duplicates removed), generic phrases ("các cơ quan,
     * đơn vị liên quan") as notes, and the fragments that name no active unit as unmatched.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public UnitMatch match(String text, LocalDate day) {
        return index(day).match(text);
    }

    /**
     * The single unit a lead cell names ("Sở Nội vụ", "VP UBND tỉnh"); empty when the cell names no unit, several
     * units, only a group, or has a fragment that is not recognised.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Assignee> matchOne(String text, LocalDate day) {
        UnitMatch match = index(day).match(text);
        if (match.unmatched().isEmpty()
                && match.assignees().size() == 1
                && !match.assignees().getFirst().isGroup()) {
            return Optional.of(match.assignees().getFirst());
        }
        return Optional.empty();
    }

    /** The name index of the units active on a day (shared while the tree and the day stay the same). */
    UnitNameIndex index(LocalDate day) {
        Objects.requireNonNull(day, "day");
        UnitTree tree = trees.current();
        CachedIndex current = cached;
        if (current != null && current.day().equals(day) && current.tree() == tree) {
            return current.index();
        }
        UnitLabels labels = tree.labels();
        List<UnitNameIndex.Unit> active = tree.nodes().stream()
                .filter(u -> u.isActiveOn(day))
                .sorted(java.util.Comparator.comparingLong(UnitTree.Node::id))
                .map(u -> new UnitNameIndex.Unit(
                        u.id(), u.name(), u.shortName(), u.aliases(), u.kind(), u.parentId(), labels.label(u.id())))
                .toList();
        UnitNameIndex index = new UnitNameIndex(active);
        cached = new CachedIndex(day, tree, index);
        return index;
    }

    private record CachedIndex(LocalDate day, UnitTree tree, UnitNameIndex index) {}
}
