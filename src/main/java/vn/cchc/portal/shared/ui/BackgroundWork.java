package vn.cchc.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.cchc.portal.shared.Progress;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Long work started from a view (an Excel import) runs on its own thread, with the signed-in user of the caller, never
 * while holding the user's session: the user goes on working and navigating. The view shows a progress bar meanwhile
 * and polls for the result; the result (or the failure) is shown through {@code ui.access}, which is the only place the
 * worker touches the UI.
 */
public final class BackgroundWork {

    /** How often the browser asks for the result while work runs (ms). */
    static final int POLL_MILLIS = 700;

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);
    private static final ExecutorService WORKERS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("cchc-background-", 0).factory());

    private BackgroundWork() {}

    /**
     * Starts the work. May be called with or without the session lock (a button click, an upload handler).
     *
     * @param ui       the user's UI, updated through {@code ui.access} only
     * @param progress shown (indeterminate) while the work runs, hidden after
     * @param work     the work; runs on another thread with the caller's sign-in
     * @param done     applied to the result, in the UI
     * @param failed   told about a failure (a BusinessException with the user's message, or anything else), in the UI
     * @return the running work (tests wait for it)
     */
    public static <T> Future<?> start(
            UI ui, ProgressBar progress, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        return startCounting(ui, progress, ignored -> work.get(), done, failed);
    }

    /**
     * Starts work that tells how far it is: the bar runs indeterminate until the first report, then shows the share
     * done (the reports reach the browser with its next poll).
     *
     * @see #start(UI, ProgressBar, Supplier, Consumer, Consumer)
     */
    public static <T> Future<?> startCounting(
            UI ui,
            ProgressBar progress,
            Function<Progress, T> work,
            Consumer<T> done,
            Consumer<RuntimeException> failed) {
        Progress shown = (finished, total) -> ui.access(() -> {
            if (total > 0 && progress.isVisible()) {
                progress.setIndeterminate(false);
                progress.setMin(0);
                progress.setMax(total);
                progress.setValue(Math.min(finished, total));
            }
        });
        ui.access(() -> {
            progress.setIndeterminate(true);
            progress.setVisible(true);
            ui.setPollInterval(POLL_MILLIS);
        });
        Runnable job = () -> {
            T result;
            try {
                result = work.apply(shown);
            } catch (RuntimeException | Error thrown) { // an Error too: the user must not wait for ever
                RuntimeException e = thrown instanceof RuntimeException r ? r : new IllegalStateException(thrown);
                if (!(thrown instanceof vn.cchc.portal.shared.BusinessException)) {
                    LOG.error("Background work failed", thrown);
                }
                ui.access(() -> {
                    finish(ui, progress);
                    failed.accept(e);
                });
                return;
            }
            ui.access(() -> {
                finish(ui, progress);
                done.accept(result);
            });
        };
        return WORKERS.submit(new DelegatingSecurityContextRunnable(job, SecurityContextHolder.getContext()));
    }

    private static void finish(UI ui, ProgressBar progress) {
        progress.setVisible(false);
        ui.setPollInterval(-1);
    }
}
