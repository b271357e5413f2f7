package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.cchc.portal.assignment.NotificationService;
import vn.cchc.portal.assignment.NotificationView;

import java.util.List;

/**
 * The signed-in user's notifications, in the language of the session: new tasks, reports to review, reviews,
 * reminders, overdue work. Each leads to the page where it is acted on. Opening the list marks them read.
 */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    NotificationsView(NotificationService notifications) {
        add(new H1(getTranslation("notifications.title")));
        List<NotificationView> list = notifications.mine(getLocale());
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("notifications.empty")));
        }
        for (NotificationView n : list) {
            Div card = new Div();
            card.addClassName("cchc-update");
            card.getElement().setAttribute("role", "article");
            H2 title = new H2(n.title());
            title.addClassName("cchc-notification-title");
            if (!n.read()) {
                title.addClassName("cchc-notification-unread");
            }
            card.add(
                    title,
                    new Paragraph(TaskTexts.time(n.createdAt())
                            + (n.emailed() ? " · " + getTranslation("notifications.emailed") : "")));
            if (n.body() != null) {
                card.add(TaskTexts.paragraphs(n.body()));
            }
            if (n.link() != null) {
                Anchor open = new Anchor(n.link().substring(1), getTranslation("notifications.open"));
                open.addClassName("cchc-link-button");
                open.getElement().setAttribute("aria-label", getTranslation("notifications.open") + ": " + n.title());
                card.add(new Div(open));
            }
            card.setId("notification-" + n.id());
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
