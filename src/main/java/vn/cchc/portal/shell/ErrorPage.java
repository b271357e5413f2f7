package vn.cchc.portal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The body of an error page inside the shell: a title, what happened in the user's language, a way home. Never the
 * exception's text.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private String titleKey = "error.page.unexpected.title";

    ErrorPage() {
        setPadding(true);
        setId("error-page");
    }

    /** Shows the page's texts; the message may take arguments (the incident id). */
    void show(String titleKey, String messageKey, Object... args) {
        this.titleKey = titleKey;
        removeAll();
        H2 title = new H2(getTranslation(titleKey));
        title.setId("error-title");
        Paragraph message = new Paragraph(getTranslation(messageKey, args));
        message.setId("error-message");
        Button home = new Button(
                getTranslation("error.page.home"),
                VaadinIcon.HOME.create(),
                e -> UI.getCurrent().navigate(""));
        home.setId("error-home");
        add(title, message, home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("app.name");
    }
}
