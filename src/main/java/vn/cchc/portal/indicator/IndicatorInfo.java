package vn.cchc.portal.indicator;

import java.math.BigDecimal;

/** An indicator of a plan as views show it. */
public record IndicatorInfo(
        long id,
        String code,
        String name,
        String aliases,
        Measure measure,
        Direction direction,
        int decimals,
        RuleKind ruleKind,
        BigDecimal centralTarget,
        BigDecimal incrementPoints,
        BigDecimal fixedTarget,
        Long criterionId) {

    static IndicatorInfo of(Indicator i) {
        return new IndicatorInfo(
                i.id,
                i.code,
                i.name,
                i.aliases,
                i.measure,
                i.direction,
                i.decimals,
                i.ruleKind,
                i.centralTarget,
                i.incrementPoints,
                i.fixedTarget,
                i.criterionId);
    }

    /** The shortest name a column header may use: the first alias, else the name. */
    public String shortName() {
        if (aliases != null && !aliases.isBlank()) {
            return aliases.split("\\|")[0].strip();
        }
        return name;
    }
}
