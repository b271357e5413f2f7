package vn.cchc.portal.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.SecurityLog;

/**
 * HTTP 403 inside the shell: a service refused the caller (another unit's task, a plan not theirs) or the object does
 * not exist — the two answer alike, so ids cannot be probed. Logged as a security event, not as an error.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ForbiddenPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    private final transient CurrentUser currentUser;

    ForbiddenPage(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return forbidden(this, currentUser, event);
    }

    static int forbidden(ErrorPage page, CurrentUser currentUser, BeforeEnterEvent event) {
        SecurityLog.event(
                SecurityLog.Action.ACCESS_DENIED,
                currentUser,
                "/" + event.getLocation().getPath());
        page.show("error.page.forbidden.title", "error.page.forbidden.message");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
