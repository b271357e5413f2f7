package vn.cchc.portal.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** Small pieces the indicator views share. */
final class UIHelpers {

    private UIHelpers() {}

    static Div empty(String text) {
        Div div = new Div(text);
        div.addClassName("cchc-empty");
        return div;
    }

    static void reload(Component view) {
        view.getUI().ifPresent(ui -> ui.getPage().reload());
    }
}
