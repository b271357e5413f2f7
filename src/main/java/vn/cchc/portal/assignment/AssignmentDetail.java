package vn.cchc.portal.assignment;

import vn.cchc.portal.plan.PeriodView;

import java.util.List;

/**
 * An assignment with the item's texts, its updates (the full history, never overwritten), the other units' parts
 * (shown to the lead unit), its plan's reporting periods with the one a report written today is for, and what the
 * caller may do.
 *
 * @param timeframe       the timeframe as printed
 * @param dueText         the due day it means, with the time of day when there is one
 * @param leadUnitName    every lead of the item, resolved
 * @param leadText        the lead as printed in the plan
 * @param narrativeNumber the number of the narrative item that spells out the tasks (appendix rows), else null
 * @param narrativeTasks  that narrative item's tasks, else null
 * @param cascade         the units below and their progress when the task is passed on, else null
 */
public record AssignmentDetail(
        AssignmentSummary summary,
        String tasks,
        String timeframe,
        String leadUnitName,
        String consolidatedResult,
        List<UpdateView> updates,
        List<AssignmentSummary> parts,
        List<PeriodView> periods,
        Long currentPeriodId,
        boolean canDraft,
        boolean canSubmit,
        boolean canConsolidate,
        String dueText,
        String leadText,
        String narrativeNumber,
        String narrativeTasks,
        CascadeProgress cascade) {

    /** The latest report that was sent (submitted, accepted or returned), if any. */
    public java.util.Optional<UpdateView> lastSent() {
        return updates.stream().filter(u -> u.state() != UpdateState.DRAFT).reduce((a, b) -> b);
    }

    /**
     * The returned report the unit is to correct: the latest sent report, when it was returned and no newer report
     * was sent since. Its reason is shown on top of the form, which starts from its content and evidence.
     */
    public java.util.Optional<UpdateView> returnedToCorrect() {
        return lastSent().filter(u -> u.state() == UpdateState.RETURNED);
    }

    /** The update still being written by the unit, if any. */
    public java.util.Optional<UpdateView> openDraft() {
        return updates.stream().filter(u -> u.state() == UpdateState.DRAFT).reduce((a, b) -> b);
    }
}
