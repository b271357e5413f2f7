package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import vn.cchc.portal.assignment.EvidenceView;
import vn.cchc.portal.shared.Formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** An evidence file as a download link, or a document reference as text, in the reader's language. */
final class EvidenceLinks {

    private EvidenceLinks() {}

    static Component of(EvidenceView e, Locale locale) {
        UI ui = UI.getCurrent();
        if (e.isFile()) {
            Anchor link = new Anchor(
                    "/evidence/" + e.id(),
                    e.fileName() + " (" + e.fileType() + ", " + size(e.sizeBytes(), locale) + ")");
            link.getElement().setAttribute("router-ignore", true);
            link.setTarget("_blank");
            link.setTitle("SHA-256: " + e.sha256());
            return link;
        }
        String text = ui == null
                ? e.docNumber()
                : ui.getTranslation("task.doc.text", e.docNumber(), Formats.date(e.docDate()), e.docIssuer());
        return new Span(text);
    }

    /** "16,9 KB" in Vietnamese, "16.9 KB" in English. */
    static String size(Long bytes, Locale locale) {
        if (bytes == null) {
            return "";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        boolean mega = bytes >= 1024 * 1024;
        BigDecimal value = BigDecimal.valueOf(bytes)
                .divide(BigDecimal.valueOf(mega ? 1024L * 1024 : 1024), 1, RoundingMode.HALF_UP);
        return Formats.number(value, locale) + (mega ? " MB" : " KB");
    }
}
