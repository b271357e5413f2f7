package vn.cchc.portal.assignment;

/** A saved draft and the assignment version the next save must carry. */
public record DraftSaved(long updateId, long assignmentVersion) {}
