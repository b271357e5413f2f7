package vn.cchc.portal.plan;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.UserContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The plan list as one database query: the filters, the words of the search (in the plan's number, title and year,
 * or in its issuer's name, with or without diacritics) and what the caller may read ({@link PlanAccess#canRead}).
 */
@Component
class PlanSearch {

    /** Newest year first, then the most recently changed. */
    static final Sort ORDER = Sort.by(Sort.Order.desc("year"), Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private final CurrentUser currentUser;
    private final OrgUnitService units;

    PlanSearch(CurrentUser currentUser, OrgUnitService units) {
        this.currentUser = currentUser;
        this.units = units;
    }

    Specification<Plan> of(PlanFilter filter) {
        UserContext user = currentUser.require();
        Set<Long> own = user.seesAllUnits() ? null : units.subtreeIds(user.unitId());
        List<Long> above = user.seesAllUnits() ? null : units.ancestorIds(user.unitId());
        List<String> words = words(filter.query());
        List<Set<Long>> issuersByWord = words.stream().map(units::idsMatching).toList();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.year() != null) {
                where.add(cb.equal(root.get("year"), filter.year()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.issuingUnitId() != null) {
                where.add(cb.equal(root.get("issuingUnitId"), filter.issuingUnitId()));
            }
            for (int i = 0; i < words.size(); i++) {
                Predicate text = cb.like(root.get("searchKey"), "%" + escape(words.get(i)) + "%", '\\');
                Set<Long> issuers = issuersByWord.get(i);
                where.add(
                        issuers.isEmpty()
                                ? text
                                : cb.or(text, root.get("issuingUnitId").in(issuers)));
            }
            if (own != null) {
                where.add(cb.or(
                        root.get("issuingUnitId").in(own),
                        cb.and(
                                cb.notEqual(root.get("status"), PlanStatus.DRAFT),
                                root.get("issuingUnitId").in(above))));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static List<String> words(String query) {
        String folded = Texts.fold(query);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
