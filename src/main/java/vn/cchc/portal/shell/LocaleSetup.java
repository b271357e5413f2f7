package vn.cchc.portal.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.UserContext;

import java.util.Locale;

/** Vietnamese by default; the language a user chose earlier once they are signed in. */
@Component
class LocaleSetup implements VaadinServiceInitListener {

    static final Locale VIETNAMESE = Locale.of("vi", "VN");
    static final Locale ENGLISH = Locale.of("en");
    private static final String APPLIED = LocaleSetup.class.getName() + ".applied";

    private final CurrentUser currentUser;

    LocaleSetup(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(VIETNAMESE));
        event.getSource().addUIInitListener(e -> {
            VaadinSession session = e.getUI().getSession();
            currentUser.get().map(UserContext::locale).ifPresent(preferred -> {
                if (session.getAttribute(APPLIED) == null) {
                    session.setAttribute(APPLIED, Boolean.TRUE);
                    session.setLocale(preferred);
                }
            });
            e.getUI().setLocale(session.getLocale());
        });
    }

    /** Switches the whole session to a language. */
    static void switchTo(VaadinSession session, Locale locale) {
        session.setAttribute(APPLIED, Boolean.TRUE);
        session.setLocale(locale);
    }
}
