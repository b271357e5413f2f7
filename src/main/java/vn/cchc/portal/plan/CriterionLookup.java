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

    String code(Long criterionId) {
        return criterionId == null ? null : criteria.get(criterionId).code();
    }

    String title(Long criterionId) {
        return criterionId == null ? null : criteria.get(criterionId).title();
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

    Optional<Long> find(int year, String code) {
        return criteria.findInForce(year, code).map(CriterionSummary::id);
    }

}
