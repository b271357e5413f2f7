package vn.cchc.portal.assignment;

/** What a progress report says, for its history: done or not, percentage and the three texts. */
record UpdateContent(boolean completed, int percent, String result, String difficulties, String proposals) {

    static UpdateContent of(ProgressUpdate update) {
        return new UpdateContent(
                update.completed, update.percent, update.result, update.difficulties, update.proposals);
    }
}
