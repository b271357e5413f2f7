package vn.cchc.portal.assignment;

/** Issuing a plan in force assigned its items to the responsible units. */
public record TasksAssigned(long planId) {}
