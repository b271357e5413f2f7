package vn.cchc.portal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * The 403 page, inside the shell, in the user's language: shown when a signed-in user opens a view their role may
 * not open (/documents, /review, /overview, /org-units for a unit head). Replaces Vaadin's default, which answers
 * such a refusal with "Could not navigate to …" in English.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ForbiddenPage extends VerticalLayout implements HasErrorParameter<AccessDeniedException>,
        HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        setId("forbidden-page");
        add(new H2(getTranslation("forbidden.title")));
        add(new Paragraph(getTranslation("forbidden.message")));
        add(new Anchor("", getTranslation("forbidden.home")));
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forbidden.title");
    }
}
