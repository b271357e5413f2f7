package vn.cchc.portal.indicator;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes actual values for the services that have checked the caller (entry, import, demo data). */
@Component
class ActualWriter {

    private final BookLoader loader;
    private final IndicatorAuditor auditor;
    private final Clock clock;

    ActualWriter(BookLoader loader, IndicatorAuditor auditor, Clock clock) {
        this.loader = loader;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Writes one unit's values (null removes), auditing each change; returns how many values changed. */
    int store(Book book, Period period, long unitId, Map<Long, BigDecimal> values, ActualSource source) {
        return storeAll(book, period, Map.of(unitId, values), source);
    }

    /**
     * Writes the values of many units for one period with one read and one flush (a whole imported sheet); null
     * removes a value. Entered values are audited one by one; imports and demo data by their caller.
     */
    int storeAll(Book book, Period period, Map<Long, Map<Long, BigDecimal>> byUnit, ActualSource source) {
        Map<String, Actual> current = new HashMap<>();
        List<Actual> existing = byUnit.size() == 1
                ? loader.actuals.findByPeriodIdAndUnitId(
                        period.id, byUnit.keySet().iterator().next())
                : loader.actuals.findByPeriodId(period.id);
        existing.forEach(a -> current.put(a.unitId + ":" + a.indicatorId, a));
        int changed = 0;
        List<Actual> toSave = new ArrayList<>();
        List<Actual> toDelete = new ArrayList<>();
        for (Map.Entry<Long, Map<Long, BigDecimal>> unit : byUnit.entrySet()) {
            long unitId = unit.getKey();
            for (Map.Entry<Long, BigDecimal> entry : unit.getValue().entrySet()) {
                Actual a = current.get(unitId + ":" + entry.getKey());
                BigDecimal before = a == null ? null : a.value;
                BigDecimal after = entry.getValue();
                if (before == null ? after == null : after != null && before.compareTo(after) == 0) {
                    continue;
                }
                if (after == null) {
                    toDelete.add(a);
                } else {
                    if (a == null) {
                        a = new Actual();
                        a.indicatorId = entry.getKey();
                        a.unitId = unitId;
                        a.periodId = period.id;
                    }
                    a.value = after;
                    a.source = source;
                    a.enteredBy = auditor.username();
                    a.enteredAt = clock.instant();
                    toSave.add(a);
                }
                if (source == ActualSource.ENTRY) {
                    auditor.record(
                            book.root.id(),
                            entry.getKey(),
                            unitId,
                            null,
                            period.id,
                            "ACTUAL_ENTERED",
                            before,
                            after,
                            null);
                }
                changed++;
            }
        }
        loader.actuals.deleteAll(toDelete);
        loader.actuals.saveAll(toSave);
        loader.actuals.flush();
        return changed;
    }
}
