package vn.cchc.portal.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Tab bars that assistive technology reads as a proper tab list. The tab bar's own markup holds, between the list
 * and its tabs, a scroll box that is focusable only by script ({@code tabindex="-1"}); a focusable element without a
 * role inside a {@code tablist} breaks the rule that a tab list owns tabs only (axe-core
 * {@code aria-required-children}, critical). The scroll box needs no focus: the tabs themselves take it, and the
 * arrow keys move between them.
 */
public final class Tablists {

    private static final String SCROLL_BOX_UNFOCUSABLE = """
            const tabs = this.localName === 'vaadin-tabs' ? this : this.querySelector(':scope > vaadin-tabs');
            if (tabs) {
              customElements.whenDefined('vaadin-tabs').then(() => tabs.updateComplete).then(() => {
                const box = tabs.shadowRoot && tabs.shadowRoot.querySelector('[part="tabs"]');
                if (box) box.removeAttribute('tabindex');
              });
            }""";

    private Tablists() {}

    /** For a {@code Tabs} or a {@code TabSheet}, before it is first shown. */
    public static <C extends Component> C accessible(C tabsOrSheet) {
        tabsOrSheet.addAttachListener(e -> tabsOrSheet.getElement().executeJs(SCROLL_BOX_UNFOCUSABLE));
        return tabsOrSheet;
    }
}
