package vn.cchc.portal.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.UserContext;

/**
 * Any other failure while opening a page. A broken rule ("Không tìm thấy…") shows its message; a conflict, an
 * unreachable database or a bug show the bundle's message with an incident id (HTTP 500), and the log keeps the id
 * with the stack trace. The exception's text is never shown.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ProblemPage extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemPage.class);

    private final transient CurrentUser currentUser;

    ProblemPage(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        FailureReport report = FailureReport.of(failure);
        String path = "/" + event.getLocation().getPath();
        String user = currentUser.get().map(UserContext::username).orElse("anonymous");
        if (report.kind() == FailureReport.Kind.DENIED) {
            return ForbiddenPage.forbidden(this, currentUser, event);
        }
        if (report.kind() == FailureReport.Kind.RULE) {
            LOG.warn("Page {} refused for user {}: {}", path, user, report.ruleMessage(java.util.Locale.ROOT));
            show("error.page.refused.title", "error.page.refused.message", report.ruleMessage(getLocale()));
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        String incident = report.incident() == null ? FailureReport.newIncidentId() : report.incident();
        LOG.error("Incident {} ({}) opening {} for user {}", incident, report.kind(), path, user, failure);
        show("error.page.unexpected.title", "error.page.unexpected.message", incident);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
