package vn.cchc.portal.shared;

import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * With several application nodes behind a proxy, each node is named ({@code cchc.node-name}, e.g. {@code a},
 * {@code b}) and Tomcat ends every session id with it ({@code 5F3A….a}, its "jvmRoute"), so the proxy sends a
 * session's requests to the node that holds it (Vaadin keeps the UI in the session; sessions are not replicated).
 * Without a name nothing changes.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String nodeName;

    NodeRoute(@Value("${cchc.node-name:}") String nodeName) {
        if (!nodeName.isBlank() && !nodeName.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalStateException("cchc.node-name must be letters, digits, '-' or '_': " + nodeName);
        }
        this.nodeName = nodeName.strip();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (nodeName.isEmpty()) {
            return;
        }
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                engineOf(context).setJvmRoute(nodeName);
            }
        }));
    }

    private static Engine engineOf(Context context) {
        return (Engine) context.getParent().getParent();
    }
}
