package vn.cchc.portal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;

import java.io.IOException;
import java.util.Optional;

/**
 * Keeps the answer Flow holds per UI in half the memory.
 *
 * <p>Flow keeps each UI's last UIDL answer (a JSON text) to send it again when the browser repeats a request whose
 * answer it did not get. Java holds a text with any character beyond Latin-1 two bytes a character, and a Vietnamese
 * answer has a few such letters ("ư", "ơ", "ạ", "ế", …) in tens of thousands of characters: the plan editor's first
 * answer (54 KB) took 108 KB of every session parked on it. Kept with those letters written as JSON escapes
 * ({@code \u1EBF}), the same JSON is a Latin-1 text, one byte a character, and a repeated request gets an answer that
 * the browser reads exactly as the first one. The answer sent the first time is not touched.
 */
@org.springframework.stereotype.Component
class CompactKeptAnswers implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // request handlers added here are asked before Flow's own, so this one answers every UIDL request
        event.addRequestHandler(new Handler());
    }

    /** Flow's UIDL handler, which afterwards stores the kept answer compacted. */
    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(
                VaadinSession session, VaadinRequest request, VaadinResponse response, String requestBody)
                throws IOException {
            Optional<ResponseWriter> writer = super.synchronizedHandleRequest(session, request, response, requestBody);
            UI ui = session.getService().findUI(request);
            if (ui != null) {
                UIInternals internals = ui.getInternals();
                String kept = internals.getLastRequestResponse();
                if (kept != null) {
                    internals.setLastRequestResponse(latin1(kept));
                }
            }
            return writer;
        }
    }

    /**
     * The same JSON text with every character beyond Latin-1 written as a {@code \}{@code uXXXX} escape (such
     * characters appear only inside JSON strings, where the escape means the same character); the text itself when it
     * has none.
     */
    static String latin1(String json) {
        int first = 0;
        while (first < json.length() && json.charAt(first) <= 0xFF) {
            first++;
        }
        if (first == json.length()) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 64).append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c <= 0xFF) {
                out.append(c);
            } else {
                out.append("\\u")
                        .append(HEX[c >> 12])
                        .append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
