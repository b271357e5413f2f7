package vn.cchc.portal.organization;

import org.springframework.context.ApplicationContext;

import java.time.LocalDate;

/**
 * Ends a unit directly in its row, as a restructuring decision imported as data does: without the checks of
 * {@link OrgUnitService#end} (a district ends while a commune left unchanged is still filed under it).
 */
public final class EndedUnits {

    private EndedUnits() {}

    public static void end(ApplicationContext context, long unitId, LocalDate lastDay, Long successorId) {
        OrgUnitRepository repository = context.getBean(OrgUnitRepository.class);
        OrgUnit unit = repository.findById(unitId).orElseThrow();
        unit.end(lastDay, successorId);
        repository.saveAndFlush(unit);
    }
}
