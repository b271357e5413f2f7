package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.cchc.portal.assignment.NotificationService;
import vn.cchc.portal.assignment.NotificationView;

import java.util.List;

/** The signed-in user's notifications: reminders, overdue work, returned reports. */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    NotificationsView(NotificationService notifications) {
        add(new H2(getTranslation("notifications.title")));
        List<NotificationView> list = notifications.mine();
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("notifications.empty")));
        }
        for (NotificationView n : list) {
            Div card = new Div();
            card.addClassName("cchc-update");
            Span title = new Span(n.title());
            if (!n.read()) {
                title.addClassName("cchc-notification-unread");
            }
            card.add(title, new Paragraph(TaskTexts.time(n.createdAt()) + (n.emailed() ? " · " + getTranslation(
                    "notifications.emailed") : "")));
            if (n.body() != null) {
                card.add(TaskTexts.paragraphs(n.body()));
            }
            if (n.assignmentId() != null) {
                card.add(new Button(getTranslation("subplan.open"), e -> getUI().ifPresent(ui ->
                        ui.navigate(TaskView.class, n.assignmentId()))));
            }
            add(card);
        }
        notifications.markAllRead();
        setId("notifications");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " – " + getTranslation("app.name");
    }
}
