package vn.cchc.portal.organization;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Who a plan of one issuing unit addresses (see {@link OrgUnitService#addressing(long)}): for a province plan a
 * commune's work goes to its district, which passes it on; a department's office is addressed itself.
 */
public final class Addressing {

    private final long issuerId;
    private final LongFunction<Long> resolve;
    private final Map<Long, Optional<Long>> cache = new HashMap<>();

    Addressing(long issuerId, LongFunction<Long> resolve) {
        this.issuerId = issuerId;
        this.resolve = resolve;
    }

    public long issuerId() {
        return issuerId;
    }

    /** The unit the plan addresses for work on {@code unitId}; empty when the unit is not below the issuer. */
    public Optional<Long> addressee(long unitId) {
        return cache.computeIfAbsent(unitId, id -> Optional.ofNullable(resolve.apply(id)));
    }

    /** True when the plan addresses another unit (a lower government) that passes the work on to this one. */
    public boolean passedOn(long unitId) {
        return addressee(unitId).map(a -> a != unitId).orElse(false);
    }
}
