package vn.cchc.portal.report;

/** Told what the renderer is doing, for a progress bar; called on the rendering thread. */
@FunctionalInterface
public interface RenderProgress {

    RenderProgress NONE = (stage, pages) -> {};

    /**
     * @param stage what is happening, in Vietnamese ("Dàn trang phụ lục")
     * @param pages pages laid out so far in the current part, or -1
     */
    void update(String stage, int pages);
}
