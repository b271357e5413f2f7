package vn.cchc.portal.organization;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The parts of split units (table org_unit_successor): a unit ended by a split hands its work to several successors,
 * chosen item by item; a merge keeps the one org_unit.successor_id. Written by {@link OrgUnitService#split} and by a
 * restructuring import.
 */
@Component
class UnitSuccessors {

    private final JdbcTemplate jdbc;

    UnitSuccessors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(long unitId, long successorId) {
        jdbc.update("insert into org_unit_successor (unit_id, successor_id) values (?, ?)", unitId, successorId);
    }

    /** The parts a unit was split into, by id. */
    List<Long> partsOf(long unitId) {
        return jdbc.queryForList(
                "select successor_id from org_unit_successor where unit_id = ? order by successor_id",
                Long.class,
                unitId);
    }

    /** The units split into a unit (it is one of their parts). */
    List<Long> splitInto(long successorId) {
        return jdbc.queryForList(
                "select unit_id from org_unit_successor where successor_id = ? order by unit_id",
                Long.class,
                successorId);
    }
}
