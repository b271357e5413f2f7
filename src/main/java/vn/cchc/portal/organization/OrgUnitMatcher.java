package vn.cchc.portal.organization;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.UnitMatch.Assignee;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads unit names as plans write them ("Sở Nội vụ/Sở, ban, ngành tỉnh; UBND cấp huyện và các cơ quan, đơn vị liên
 * quan", "VP UBND tỉnh", "Đài PT-TH tỉnh", with or without diacritics) and resolves them to the units active on a day
 * and to the groups "Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã".
 *
 * <p>Known names are the unit's name, short name and aliases, plus generated spellings ("UBND huyện X" ⇄ "Huyện X",
 * "Sở X tỉnh Gia Lai", "Xã Y huyện X"); "Ủy ban nhân dân"/"UBND", "Văn phòng"/"VP", "Phát thanh – Truyền
 * hình"/"PT-TH", "Thành phố"/"TP", "Thị xã"/"TX", "Thị trấn"/"TT" are interchangeable.
 */
@Service
public class OrgUnitMatcher {

    private final OrgUnitRepository repository;

    @PersistenceContext
    private EntityManager entityManager;

    /** The last index built, reused while no unit has changed and the day is the same. */
    private volatile CachedIndex cached;

    OrgUnitMatcher(OrgUnitRepository repository) {
        this.repository = repository;
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
        if (match.unmatched().isEmpty() && match.assignees().size() == 1 && !match.assignees().getFirst().isGroup()) {
            return Optional.of(match.assignees().getFirst());
        }
        return Optional.empty();
    }

    private UnitNameIndex index(LocalDate day) {
        Objects.requireNonNull(day, "day");
        long[] fingerprint = fingerprint();
        CachedIndex current = cached;
        if (current != null && current.day().equals(day) && Arrays.equals(current.fingerprint(), fingerprint)) {
            return current.index();
        }
        List<UnitNameIndex.Unit> active = repository.findAll().stream()
                .filter(u -> u.isActiveOn(day))
                .map(u -> new UnitNameIndex.Unit(u.getId(), u.getName(), u.getShortName(), u.getAliases(),
                        u.getKind(), u.getParentId()))
                .toList();
        UnitNameIndex index = new UnitNameIndex(active);
        cached = new CachedIndex(day, fingerprint, index);
        return index;
    }

    /** Id and version of every unit: any change to a unit (or a new or removed unit) changes it. */
    private long[] fingerprint() {
        List<Object[]> rows = entityManager
                .createQuery("select u.id, u.version from OrgUnit u order by u.id", Object[].class)
                .getResultList();
        long[] fingerprint = new long[rows.size() * 2];
        for (int i = 0; i < rows.size(); i++) {
            fingerprint[2 * i] = ((Number) rows.get(i)[0]).longValue();
            fingerprint[2 * i + 1] = ((Number) rows.get(i)[1]).longValue();
        }
        return fingerprint;
    }

    private record CachedIndex(LocalDate day, long[] fingerprint, UnitNameIndex index) {
    }
}
