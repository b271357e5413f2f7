package vn.cchc.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.UnitLabels;
import vn.cchc.portal.security.UserForm;
import vn.cchc.portal.security.UserService;
import vn.cchc.portal.security.UserSummary;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.time.ZoneId;
import java.util.stream.Collectors;

/** User administration: create, edit unit and roles, disable, reset password. */
@Route("admin/users")
@Menu(order = 90, title = "menu.users", icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient UserService users;
    private final transient OrgUnitService units;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    UsersView(UserService users, OrgUnitService units) {
        this.users = users;
        this.units = units;
        setSizeFull();

        search.setPlaceholder(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        search.setId("users-search");
        search.addValueChangeListener(e -> refresh());
        Button add = WriteButtons.opens(
                new Button(getTranslation("users.add"), VaadinIcon.PLUS.create()), () -> dialog(new UserForm()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");
        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("users.col.username"))
                .setAutoWidth(true);
        // names are shown whole: the column takes the width of the longest one
        grid.addColumn(UserSummary::fullName)
                .setHeader(getTranslation("users.col.fullName"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        UnitLabels labels = units.labels();
        grid.addColumn(u -> labels.label(u.unitId()))
                .setHeader(getTranslation("users.col.unit"))
                .setFlexGrow(2);
        grid.addColumn(u -> u.roles().stream()
                        .map(r -> getTranslation(r.labelKey()))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.col.roles"))
                .setFlexGrow(2);
        grid.addColumn(this::status)
                .setHeader(getTranslation("users.col.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("grid.col.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setSizeFull();
        grid.setId("users-grid");

        add(new H2(getTranslation("users.title")), toolbar, grid);
        refresh();
    }

    private String status(UserSummary user) {
        if (!user.enabled()) {
            return getTranslation("users.status.disabled");
        }
        if (user.lockedUntil() != null) {
            return getTranslation(
                    "users.status.locked",
                    Formats.DATE_TIME.format(user.lockedUntil().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
        }
        return getTranslation("users.status.active");
    }

    private HorizontalLayout actions(UserSummary user) {
        Button edit = WriteButtons.opens(new Button(getTranslation("users.edit")), () -> dialog(UserForm.of(user)));
        Button reset = WriteButtons.opens(
                new Button(getTranslation("users.resetPassword")),
                () -> new PasswordDialog(user, password -> {
                    users.resetPassword(user.id(), password);
                    notify(getTranslation("users.passwordReset", user.username()));
                    refresh();
                }));
        Button toggle =
                WriteButtons.each(new Button(getTranslation(user.enabled() ? "users.disable" : "users.enable")), () -> {
                    run(() -> users.setEnabled(user.id(), !user.enabled()));
                    refresh();
                });
        for (Button b : new Button[] {edit, reset, toggle}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(edit, reset, toggle);
    }

    /** {@code admin/users?headOf=<unit id>} opens a new account for the head of a unit just created. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("headOf")
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .ifPresent(unitId -> {
                    UserForm form = new UserForm();
                    form.setUnitId(unitId);
                    form.setRoles(java.util.EnumSet.of(Role.UNIT_HEAD));
                    dialog(form).open();
                });
    }

    private UserDialog dialog(UserForm form) {
        return new UserDialog(form, units.selectable(), units.labels(), saved -> {
            UserSummary result = saved.isNew() ? users.create(saved) : users.update(saved);
            notify(getTranslation("users.saved", result.username()));
            refresh();
        });
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (BusinessException ex) {
            Notification.show(ex.message(getLocale()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void notify(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        grid.setItems(users.list(search.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " – " + getTranslation("app.name");
    }
}
