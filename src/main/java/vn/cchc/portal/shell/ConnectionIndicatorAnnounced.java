package vn.cchc.portal.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The framework's connection indicator ("Connection lost, trying to reconnect…") sits at the end of the page body,
 * outside every landmark. As a polite live region its messages are read out when they change, and it is no longer
 * content that a screen-reader user cannot reach by landmarks (axe-core {@code region}).
 */
@Component
class ConnectionIndicatorAnnounced implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().getPage().executeJs("""
                const indicator = (window.Vaadin && window.Vaadin.connectionIndicator)
                    || document.querySelector('vaadin-connection-indicator');
                if (indicator) indicator.setAttribute('aria-live', 'polite');"""));
    }
}
