package vn.cchc.portal.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** Landing page after sign-in: who you are, your unit and roles, where to go. */
@Route("")
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, OrgUnitService units, Clock clock) {
        setPadding(true);
        currentUser.get().ifPresent(user -> {
            add(new H2(getTranslation("home.welcome", user.fullName())));
            Div card = new Div();
            card.addClassName("cchc-card");
            card.add(new Paragraph(getTranslation("home.unit", units.nameOf(user.unitId()))));
            card.add(new Paragraph(getTranslation("home.roles", user.roles().stream()
                    .map(r -> getTranslation(r.labelKey())).sorted().collect(Collectors.joining(", ")))));
            card.add(new Paragraph(getTranslation("home.today", Formats.date(LocalDate.now(clock)))));
            add(card);
        });
        add(new Paragraph(getTranslation("home.intro")));
        add(new H3(getTranslation("home.links")));
        SideNav links = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!entry.path().isEmpty() && !entry.path().equals("/")) {
                links.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
            }
        }
        add(links);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " – " + getTranslation("app.name");
    }
}
