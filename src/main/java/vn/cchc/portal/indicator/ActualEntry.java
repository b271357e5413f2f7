package vn.cchc.portal.indicator;

import java.util.List;

/** A unit's values for one period, as the entry form shows them; {@code readOnlyReason} is a message key. */
public record ActualEntry(
        PeriodInfo period,
        String milestoneLabel,
        long unitId,
        String unitName,
        List<ActualLine> lines,
        boolean editable,
        String readOnlyReason) {}
