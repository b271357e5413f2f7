package vn.cchc.portal.plan.ui;

import com.vaadin.flow.component.html.Span;
import vn.cchc.portal.plan.PlanStatus;

/** Small coloured labels for plan states. */
final class PlanBadges {

    private PlanBadges() {}

    static Span status(PlanStatus status, String label) {
        Span badge = new Span(label);
        badge.addClassName("cchc-badge");
        badge.addClassName("cchc-badge-" + status.name().toLowerCase());
        return badge;
    }
}
