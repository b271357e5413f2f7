package vn.cchc.portal.criterion;

import java.math.BigDecimal;

/**
 * A read-only view of a criterion with its place in the framework's tree.
 *
 * @param depth        0 for a root (area, SIPAS component, 766 indicator), 1 for a criterion, 2 for a sub-criterion
 * @param baseline     the prior-year value (e.g. 83.99 for 83,99 %), or null
 * @param baselineYear the year of the baseline (e.g. 2022), or null
 * @param unit         unit of measure ("%"), or null
 * @param maxScore     maximum points, or null when not known
 * @param version      optimistic-lock version, to hand back with an edit ({@link CriterionForm#of})
 */
public record CriterionSummary(
        long id,
        long frameworkId,
        String code,
        String title,
        CriterionLevel level,
        Long parentId,
        int depth,
        int sortOrder,
        BigDecimal baseline,
        Integer baselineYear,
        String unit,
        BigDecimal maxScore,
        boolean retired,
        long version) {}
