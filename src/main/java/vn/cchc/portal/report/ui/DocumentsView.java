package vn.cchc.portal.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.portal.shared.Role;

/** The official documents a leader or planner can download. */
@Route("documents")
@Menu(order = 80, title = "menu.documents", icon = "vaadin:file-text-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.PLANNER, Role.Names.LEADER})
public class DocumentsView extends VerticalLayout implements HasDynamicTitle {

    public DocumentsView() {
        add(new H2(getTranslation("documents.title")));
        Div card = new Div();
        card.addClassName("cchc-card");
        card.add(new H3(getTranslation("documents.orgunits")), new Paragraph(getTranslation("documents.orgunits.desc")));
        HorizontalLayout links = new HorizontalLayout();
        for (String extension : new String[]{"pdf", "docx", "xlsx"}) {
            Anchor anchor = new Anchor("/reports/org-units." + extension, extension.toUpperCase());
            anchor.getElement().setAttribute("router-ignore", true);
            anchor.getElement().setAttribute("download", true);
            anchor.setId("documents-org-units-" + extension);
            links.add(anchor);
        }
        card.add(links);
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.title") + " – " + getTranslation("app.name");
    }
}
