package vn.cchc.portal.plan;

import org.springframework.stereotype.Component;
import vn.cchc.portal.criterion.CriterionService;
import vn.cchc.portal.criterion.CriterionSummary;
import vn.cchc.portal.criterion.FrameworkSummary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds criteria for plan items (TC 1.1, TCTP 1.3.1, SIPAS 1 …): in the frameworks of the plan's year, or for a
 * kind without a framework that year, the latest earlier one.
 */
@Component
class CriterionLookup {

    private final CriterionService criteria;

    CriterionLookup(CriterionService criteria) {
        this.criteria = criteria;
    }

    /**
     * Criteria by id for one piece of work (the items of a plan): each framework is read once, not once per item.
     */
    final class Batch {
        private final Map<Long, CriterionSummary> byId = new java.util.HashMap<>();

        CriterionSummary get(Long criterionId) {
            if (criterionId == null) {
                return null;
            }
            CriterionSummary known = byId.get(criterionId);
            if (known == null) {
                known = criteria.get(criterionId);
                criteria.tree(known.frameworkId(), true).forEach(c -> byId.put(c.id(), c));
                byId.putIfAbsent(criterionId, known);
            }
            return known;
        }
    }

    Batch batch() {
        return new Batch();
    }

    /** Several criteria at once. */
    Map<Long, CriterionSummary> summaries(java.util.Collection<Long> criterionIds) {
        return criteria.get(criterionIds);
    }

    List<CriterionChoice> choices(int year) {
        Map<Long, String> names = criteria.frameworksInForce(year).stream()
                .collect(Collectors.toMap(FrameworkSummary::id, FrameworkSummary::name));
        return criteria.criteriaInForce(year).stream()
                .map(c -> new CriterionChoice(c.id(), c.code(), c.title(), names.getOrDefault(c.frameworkId(), "")))
                .toList();
    }

    Set<String> codes(int year) {
        return choices(year).stream().map(CriterionChoice::code).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Criteria by code among those in force in a year, read once for many items (case and spaces ignored). */
    java.util.function.Function<String, Optional<Long>> finder(int year) {
        Map<String, Long> byCode = new java.util.HashMap<>();
        criteria.criteriaInForce(year).forEach(c -> byCode.putIfAbsent(key(c.code()), c.id()));
        return code -> code == null || code.isBlank() ? Optional.empty() : Optional.ofNullable(byCode.get(key(code)));
    }

    private static String key(String code) {
        return vn.cchc.portal.shared.Texts.fold(code).replace(" ", "");
    }
}
