package vn.cchc.portal.assignment;

import vn.cchc.portal.plan.PlanSummary;

import java.util.List;

/**
 * The home page of planners, leaders and administrators: the province plan in force and how it stands (its
 * {@link Overview}), reports waiting for review (only for those who review) and the latest accepted reports.
 *
 * @param plan     the plan in force shown, null when none is issued
 * @param overview its progress, null without a plan
 */
public record ProvinceDashboard(
        PlanSummary plan,
        Overview overview,
        long waitingReview,
        List<ReviewItem> oldestWaiting,
        List<ReviewItem> latestAccepted) {}
