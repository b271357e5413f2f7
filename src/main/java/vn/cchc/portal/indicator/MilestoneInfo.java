package vn.cchc.portal.indicator;

import java.time.LocalDate;

/** A target milestone; {@code last} marks the final one, whose target the rule computes directly. */
public record MilestoneInfo(
        long id, int seq, MilestoneKind kind, Integer dayNumber, String label, LocalDate date, boolean last) {}
