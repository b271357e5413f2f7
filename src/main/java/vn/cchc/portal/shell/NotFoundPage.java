package vn.cchc.portal.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.SecurityLog;

/** HTTP 404 inside the shell: no page at this address. One line in the security log (addresses are probed). */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    private final transient CurrentUser currentUser;

    NotFoundPage(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        SecurityLog.event(
                SecurityLog.Action.NOT_FOUND,
                currentUser,
                "/" + event.getLocation().getPath());
        show("error.page.notFound.title", "error.page.notFound.message");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
