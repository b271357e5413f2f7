package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.cchc.portal.assignment.EvidenceView;
import vn.cchc.portal.assignment.UpdateView;

import java.util.List;

/** Every progress update ever written for the assignment, oldest first: nothing is overwritten. */
class UpdatesPanel extends VerticalLayout {

    UpdatesPanel(List<UpdateView> updates) {
        this(updates, true);
    }

    /** @param history the task's tab of every report (with its id), else one report shown elsewhere */
    UpdatesPanel(List<UpdateView> updates, boolean history) {
        setPadding(false);
        if (history) {
            setId("updates-panel");
        }
        if (updates.isEmpty()) {
            add(new Paragraph(getTranslation("task.noUpdates")));
        }
        for (UpdateView u : updates) {
            Div card = new Div();
            card.addClassName("cchc-update");
            card.addClassName("cchc-update-" + u.state().name().toLowerCase());
            String head = getTranslation(u.state().labelKey())
                    + (u.periodLabel() == null
                            ? ""
                            : " · "
                                    + (u.periodKey() == null
                                            ? u.periodLabel()
                                            : getTranslation(
                                                    u.periodKey(),
                                                    u.periodArgs().toArray())))
                    + " · " + u.percent() + "%" + (u.completed() ? " · " + getTranslation("task.field.completed") : "")
                    + (u.late() ? " · " + getTranslation("task.late") : "");
            Span title = new Span(head);
            title.getStyle().set("font-weight", "600");
            card.add(title);
            card.add(new Paragraph(getTranslation("task.updateBy", u.createdBy(), TaskTexts.time(u.createdAt()))
                    + (u.submittedBy() == null
                            ? ""
                            : " · "
                                    + getTranslation(
                                            "task.submittedBy", u.submittedBy(), TaskTexts.time(u.submittedAt())))
                    + (u.formerUnit() == null ? "" : " · " + getTranslation("task.formerUnit", u.formerUnit()))));
            if (u.result() != null) {
                com.vaadin.flow.component.html.Div result = TaskTexts.paragraphs(u.result());
                result.addClassName("cchc-update-result");
                card.add(result);
            }
            if (u.difficulties() != null) {
                card.add(text(getTranslation("task.field.difficulties") + ": " + u.difficulties()));
            }
            if (u.proposals() != null) {
                card.add(text(getTranslation("task.field.proposals") + ": " + u.proposals()));
            }
            for (EvidenceView e : u.evidence()) {
                Div line = new Div(EvidenceLinks.of(e, getLocale()));
                card.add(line);
            }
            if (u.reviewedBy() != null) {
                Paragraph review =
                        text(getTranslation("task.reviewedBy", u.reviewedBy(), TaskTexts.time(u.reviewedAt()))
                                + (u.reviewComment() == null ? "" : ": " + u.reviewComment()));
                review.addClassName("cchc-review-comment");
                card.add(review);
            }
            add(card);
        }
    }

    /** A paragraph that shows the line breaks the user typed. */
    private static Paragraph text(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("cchc-text");
        return p;
    }
}
