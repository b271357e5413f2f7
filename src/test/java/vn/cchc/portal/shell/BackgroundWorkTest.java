package vn.cchc.portal.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cchc.portal.plan.ui.PlansView;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.ui.BackgroundWork;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long work (an Excel import) runs on a thread of its own with the user's sign-in while the same user goes on
 * navigating; the view shows progress meanwhile and the result (or the refusal) through ui.access afterwards.
 */
@SpringBootTest
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class BackgroundWorkTest extends SpringBrowserlessTest {

    /** What a request of the polling browser does first: the UI changes the worker queued with ui.access. */
    private static void runAccessTasks() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    @Test
    void theWorkRunsOffTheUiThreadWhileTheUserNavigatesAndItsResultIsShownAfterwards() throws Exception {
        UI ui = UI.getCurrent();
        ProgressBar progress = new ProgressBar();
        progress.setVisible(false);
        Span result = new Span();
        ui.add(progress, result);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> worker = new AtomicReference<>();
        AtomicReference<String> signedIn = new AtomicReference<>();

        Future<?> running = BackgroundWork.start(
                ui,
                progress,
                () -> {
                    worker.set(Thread.currentThread());
                    signedIn.set(SecurityContextHolder.getContext()
                            .getAuthentication()
                            .getName());
                    try {
                        release.await(2, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "Đã nhập 10.000 dòng.";
                },
                result::setText,
                failure -> result.setText("lỗi"));
        runAccessTasks();

        assertThat(progress.isVisible()).isTrue();
        assertThat(ui.getPollInterval()).isPositive();
        navigate(PlansView.class); // the same user works on while the import runs
        assertThat(getCurrentView()).isInstanceOf(PlansView.class);
        assertThat(running.isDone()).isFalse();

        release.countDown();
        running.get(2, TimeUnit.MINUTES);
        runAccessTasks();

        assertThat(worker.get()).isNotNull().isNotSameAs(Thread.currentThread());
        assertThat(worker.get().getName()).startsWith("cchc-background-");
        assertThat(signedIn.get()).isEqualTo("chuyenvien.snv");
        assertThat(result.getText()).isEqualTo("Đã nhập 10.000 dòng.");
        assertThat(progress.isVisible()).isFalse();
        assertThat(ui.getPollInterval()).isEqualTo(-1);
    }

    @Test
    void aRefusalInTheWorkReachesTheViewWithItsMessage() throws Exception {
        UI ui = UI.getCurrent();
        ProgressBar progress = new ProgressBar();
        Span result = new Span();
        ui.add(progress, result);

        BackgroundWork.start(
                        ui,
                        progress,
                        () -> {
                            throw BusinessException.of("error.excel.tooManyRows", 20_000);
                        },
                        ignored -> result.setText("xong"),
                        failure -> result.setText(failure.getMessage()))
                .get(2, TimeUnit.MINUTES);
        runAccessTasks();

        assertThat(result.getText()).contains("quá nhiều dòng", "20.000");
        assertThat(progress.isVisible()).isFalse();
    }
}
