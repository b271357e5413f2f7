package vn.cchc.portal.assignment;

/** What a unit writes in a draft progress report. */
record DraftContent(
        Long periodId, boolean completed, Integer percent, String result, String difficulties, String proposals) {

    static DraftContent of(UpdateForm form, Long periodId) {
        return new DraftContent(
                periodId,
                form.isCompleted(),
                form.getPercent(),
                form.getResult(),
                form.getDifficulties(),
                form.getProposals());
    }
}
