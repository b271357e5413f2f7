package vn.cchc.portal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.UserContext;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Every failure that reaches the UI (a save refused by the database, PostgreSQL down, a bug) is shown to the user
 * in their language, with an incident id to quote when it is one, and logged with that id. Views call services
 * before they close or reset anything, so what the user typed is still there to save again.
 */
@Component
class FailureNotifier implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final Runnable afterDatabaseFailure;

    FailureNotifier(CurrentUser currentUser, ObjectProvider<DataSource> dataSource) {
        this.currentUser = currentUser;
        this.afterDatabaseFailure = () -> dataSource.ifAvailable(FailureNotifier::retirePooledConnections);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(
                        e -> e.getSession().setErrorHandler(new Handler(currentUser, afterDatabaseFailure)));
    }

    /**
     * After the database refused a connection, every pooled one may be dead (a restart kills them all), and the pool
     * skips its liveness check for connections used in the last half second: retire them all, so the user's next
     * click gets a fresh connection instead of the next dead one.
     */
    static void retirePooledConnections(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool =
                        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (SQLException e) {
            LoggerFactory.getLogger(FailureNotifier.class).warn("Pool not reachable: {}", e.toString());
        }
    }

    /** The session's error handler. */
    static final class Handler implements ErrorHandler {

        static final String NOTIFICATION_ID = "failure-notification";
        private static final Logger LOG = LoggerFactory.getLogger(FailureNotifier.class);

        private final transient CurrentUser currentUser;
        private final transient Runnable afterDatabaseFailure;

        Handler(CurrentUser currentUser, Runnable afterDatabaseFailure) {
            this.currentUser = currentUser;
            this.afterDatabaseFailure = afterDatabaseFailure;
        }

        @Override
        public void error(ErrorEvent event) {
            Throwable failure = event.getThrowable();
            FailureReport report = FailureReport.of(failure);
            log(report, failure);
            if (report.kind() == FailureReport.Kind.DATABASE && afterDatabaseFailure != null) {
                afterDatabaseFailure.run();
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                show(
                        report.messageKey() == null
                                ? report.ruleMessage(ui.getLocale())
                                : ui.getTranslation(report.messageKey(), report.incident()),
                        ui);
            }
        }

        private void log(FailureReport report, Throwable failure) {
            String user = currentUser == null
                    ? "?"
                    : currentUser.get().map(UserContext::username).orElse("anonymous");
            if (report.kind().isIncident()) {
                LOG.error("Incident {} ({}, user {})", report.incident(), report.kind(), user, failure);
            } else {
                LOG.warn("{} shown to user {}: {}", report.kind(), user, failure.toString());
            }
        }

        private static void show(String message, UI ui) {
            Notification notification = new Notification();
            notification.setId(NOTIFICATION_ID);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setPosition(Notification.Position.TOP_CENTER); // not over the form the user typed
            notification.setDuration(0);
            Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            close.setAriaLabel(ui.getTranslation("action.close"));
            HorizontalLayout content = new HorizontalLayout(new Span(message), close);
            content.setAlignItems(FlexComponent.Alignment.CENTER);
            notification.add(content);
            notification.open();
        }
    }
}
