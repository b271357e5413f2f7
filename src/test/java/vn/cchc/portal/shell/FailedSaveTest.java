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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.plan.ui.PlanEditorView;
import vn.cchc.portal.plan.ui.PlansView;
import vn.cchc.portal.support.EmbeddedPostgres;
import vn.cchc.portal.support.UsePostgres;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A save that fails because PostgreSQL is down tells the user so, in the UI's language and with an incident code
 * that the log also has, and leaves the form as it was typed; once the database is back the same click saves it.
 */
@SpringBootTest
@UsePostgres
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=5000")
@ExtendWith(OutputCaptureExtension.class)
class FailedSaveTest extends SpringBrowserlessTest {

    private static final String TITLE = "Kế hoạch lập trong lúc mất kết nối cơ sở dữ liệu";
    private static final Pattern INCIDENT = Pattern.compile("mã sự cố ([0-9A-F]{8})");

    @Autowired
    DataSource dataSource;

    @Autowired
    PlanService plans;

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
    void aPlanSavedWhilePostgresIsDownShowsAnIncidentKeepsTheFormAndSavesOnceItIsBack(CapturedOutput log) {
        String database = new JdbcTemplate(dataSource).queryForObject("select current_database()", String.class);
        navigate(PlansView.class);
        test(find(Button.class).withId("create-plan").single()).click();
        TextArea title = find(TextArea.class).withId("new-plan-title").single();
        test(title).setValue(TITLE);
        @SuppressWarnings("unchecked")
        ComboBox<Object> kind = find(ComboBox.class).withId("new-plan-kind").single();
        test(kind).selectItem("Kế hoạch CCHC năm");
        Button save = find(Button.class).withId("new-plan-save").single();

        try (EmbeddedPostgres.Outage down = EmbeddedPostgres.outage(database)) {
            clickAsTheBrowserWould(save);

            Notification notification =
                    find(Notification.class).withId("failure-notification").single();
            String message = notification.getElement().getTextRecursively();
            assertThat(message)
                    .startsWith("Không kết nối được cơ sở dữ liệu nên thao tác chưa thực hiện được.")
                    .contains("Nội dung bạn đã nhập vẫn còn trên màn hình");
            Matcher incident = INCIDENT.matcher(message);
            assertThat(incident.find()).as(message).isTrue();
            assertThat(log.getAll()).contains("Incident " + incident.group(1) + " (DATABASE, user chuyenvien.snv)");
            assertThat(find(Dialog.class).single().isOpened()).isTrue();
            assertThat(title.getValue()).isEqualTo(TITLE);
            assertThat(kind.getValue()).hasToString("ANNUAL");
        }
        // PostgreSQL takes new connections again (on a busy machine the first ones may take a while)
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        await("the database back")
                .atMost(Duration.ofMinutes(2))
                .ignoreExceptions()
                .until(() -> jdbc.queryForObject("select 1", Integer.class) == 1);

        clickAsTheBrowserWould(save);

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
