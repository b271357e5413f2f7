package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import vn.cchc.portal.assignment.EvidenceView;
import vn.cchc.portal.shared.Formats;

/** An evidence file as a download link, or a document reference as text. */
final class EvidenceLinks {

    private EvidenceLinks() {
    }

    static Component of(EvidenceView e) {
        if (e.isFile()) {
            Anchor link = new Anchor("/evidence/" + e.id(), e.fileName() + " (" + e.fileType() + ", "
                    + size(e.sizeBytes()) + ")");
            link.getElement().setAttribute("router-ignore", true);
            link.setTarget("_blank");
            link.setTitle("SHA-256: " + e.sha256());
            return link;
        }
        return new Span("Văn bản số " + e.docNumber() + " ngày " + Formats.date(e.docDate()) + " của "
                + e.docIssuer());
    }

    static String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Formats.VIETNAMESE, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Formats.VIETNAMESE, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
