package vn.cchc.portal.report.periodic;

import java.util.Map;

/**
 * The parts of a periodic report the planner writes before generating it: the addressee and recipients, the three
 * narrative sections, and the statistics that the system has no data for (value and note per catalogue key).
 *
 * @param saved true when these texts were saved by someone; false when they are the generated suggestions
 */
public record PeriodicDraft(
        String addressee,
        String recipients,
        String section1,
        String section2,
        String section3,
        Map<String, StatValue> values,
        boolean saved,
        String updatedBy) {

    public PeriodicDraft {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    /** An entered statistic. */
    public record StatValue(String value, String note) {}
}
