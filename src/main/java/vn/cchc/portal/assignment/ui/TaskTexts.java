package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.html.Span;
import vn.cchc.portal.assignment.AssignmentStatus;
import vn.cchc.portal.shared.Formats;

import java.time.Instant;
import java.time.ZoneId;

/** Small display helpers for task views. */
final class TaskTexts {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private TaskTexts() {}

    static String shorten(String text) {
        return text == null ? "" : vn.cchc.portal.shared.Texts.shorten(text, 200);
    }

    static String time(Instant instant) {
        return instant == null ? "" : Formats.DATE_TIME.format(instant.atZone(ZONE));
    }

    /** Multi-line text as paragraphs. */
    static com.vaadin.flow.component.html.Div paragraphs(String text) {
        com.vaadin.flow.component.html.Div div = new com.vaadin.flow.component.html.Div();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                div.add(new com.vaadin.flow.component.html.Paragraph(line));
            }
        }
        return div;
    }

    static Span statusBadge(AssignmentStatus status, String label) {
        Span badge = new Span(label);
        badge.addClassName("cchc-badge");
        badge.addClassName(
                switch (status) {
                    case DONE_ON_TIME -> "cchc-badge-issued";
                    case DONE_LATE, OVERDUE -> "cchc-badge-late";
                    case IN_PROGRESS -> "cchc-badge-draft";
                    case NOT_STARTED -> "cchc-badge-closed";
                });
        return badge;
    }
}
