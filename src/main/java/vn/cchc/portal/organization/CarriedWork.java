package vn.cchc.portal.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Work an ended unit holds that carries over to its successor on the effective date (the day after its last day).
 * Provided by the module that holds the work (tasks, targets, sub-plans, users); the organisation module does not
 * depend on it. Implementations record every move in the audit log on the moved subject, with the reason.
 */
public interface CarriedWork {

    /** One item of work of an ended unit. */
    record Item(long id, String label) {}

    WorkKind kind();

    /** The open items of the unit on the effective date, oldest first. */
    List<Item> openOf(long unitId, LocalDate effective);

    /**
     * Moves one item from the ended unit to another; a {@link vn.cchc.portal.shared.BusinessException} when the
     * item is no longer the unit's or the other unit cannot take it (it already holds the same task).
     */
    void move(long itemId, long fromUnitId, long toUnitId, String reason);

    /** Leaves the item with the ended unit (a user is disabled; work stays in the ended unit's history). */
    void setAside(long itemId, long fromUnitId, String reason);
}
