package vn.cchc.portal.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ContextConfiguration;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.plan.ui.PlanEditorView;
import vn.cchc.portal.plan.ui.PlansView;
import vn.cchc.portal.support.RestartablePostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL is stopped and started again (pg_ctl, same port and data) under the running application: a save while it
 * is down tells the user and keeps the form; the first save after the restart works — the pool throws away the
 * connections the restart cut (validated when borrowed, kept alive between) instead of handing them out.
 */
@SpringBootTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = RestartablePostgres.ContextInitializer.class)
class DatabaseRestartTest extends SpringBrowserlessTest {

    private static final String TITLE = "Kế hoạch lập khi máy chủ cơ sở dữ liệu khởi động lại";

    @Autowired
    PlanService plans;

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
    void aSaveDuringTheRestartIsToldAndKeptAndTheNextSaveAfterItWorks() {
        navigate(PlansView.class);
        assertThat(plans.list(new PlanFilter(null, null, null, null, TITLE))).isEmpty(); // the pool holds connections
        test(find(Button.class).withId("create-plan").single()).click();
        TextArea title = find(TextArea.class).withId("new-plan-title").single();
        test(title).setValue(TITLE);
        @SuppressWarnings("unchecked")
        ComboBox<Object> kind = find(ComboBox.class).withId("new-plan-kind").single();
        test(kind).selectItem("Kế hoạch CCHC năm");
        Button save = find(Button.class).withId("new-plan-save").single();

        RestartablePostgres.get().stop();
        try {
            clickAsTheBrowserWould(save);

            Notification notification =
                    find(Notification.class).withId("failure-notification").single();
            assertThat(notification.getElement().getTextRecursively())
                    .startsWith("Không kết nối được cơ sở dữ liệu nên thao tác chưa thực hiện được.");
            assertThat(find(Dialog.class).single().isOpened()).isTrue();
            assertThat(title.getValue()).isEqualTo(TITLE);
        } finally {
            RestartablePostgres.get().start();
        }

        clickAsTheBrowserWould(save); // the first request after the restart, on the pool the restart emptied

        assertThat(getCurrentView()).isInstanceOf(PlanEditorView.class);
        assertThat(plans.list(new PlanFilter(null, null, null, null, TITLE)))
                .extracting(PlanSummary::title)
                .containsExactly(TITLE);
    }

    /** A click whose failure goes to the session's error handler, as Vaadin's request handling passes it. */
    private void clickAsTheBrowserWould(Button button) {
        try {
            test(button).click();
        } catch (RuntimeException failure) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
        }
    }
}
