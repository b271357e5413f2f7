package vn.cchc.portal.indicator;

import java.math.BigDecimal;

/** One indicator on a unit's entry form: the target in force for the period and the value entered so far. */
public record ActualLine(IndicatorInfo indicator, BigDecimal target, BigDecimal value, String enteredBy) {}
