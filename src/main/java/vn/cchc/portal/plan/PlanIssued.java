package vn.cchc.portal.plan;

/** Published inside the transaction that issues a plan (or loads an issued plan), before it commits. */
public record PlanIssued(long planId) {}
