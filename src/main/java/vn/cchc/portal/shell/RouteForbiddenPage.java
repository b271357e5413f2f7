package vn.cchc.portal.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.cchc.portal.shared.CurrentUser;

/** HTTP 403 inside the shell for a view the user's roles do not open (a unit head on /review): as {@link ForbiddenPage}. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RouteForbiddenPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    private final transient CurrentUser currentUser;

    RouteForbiddenPage(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return ForbiddenPage.forbidden(this, currentUser, event);
    }
}
