package vn.cchc.portal.organization.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import vn.cchc.portal.organization.OrgUnitSummary;

import java.util.Map;

/** Says a unit was saved and, to an administrator, offers to create the account of its head right away. */
final class UnitSaved {

    private UnitSaved() {}

    static void show(OrgUnitSummary unit, boolean offerHeadAccount) {
        Notification note = new Notification();
        note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        note.setDuration(8000);
        note.setPosition(Notification.Position.BOTTOM_START);
        Span text = new Span(note.getTranslation("orgunits.saved", unit.name()));
        HorizontalLayout content = new HorizontalLayout(text);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        if (offerHeadAccount) {
            Button head = new Button(note.getTranslation("orgunits.createHead"), e -> {
                note.close();
                UI.getCurrent()
                        .navigate("admin/users", QueryParameters.simple(Map.of("headOf", String.valueOf(unit.id()))));
            });
            head.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            head.setId("create-head-account");
            content.add(head);
        }
        note.add(content);
        note.open();
    }
}
