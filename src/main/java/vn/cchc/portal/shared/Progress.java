package vn.cchc.portal.shared;

/**
 * How far a long piece of work is, told by the work as it goes (a service loop over units or rows) so the view can
 * show a determinate progress bar. Called on the worker's thread.
 */
@FunctionalInterface
public interface Progress {

    /** Nobody listens. */
    Progress NONE = (done, total) -> {};

    /**
     * @param done  steps finished so far
     * @param total steps in all (the same on every call of one run)
     */
    void report(int done, int total);
}
