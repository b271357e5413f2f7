package vn.cchc.portal.criterion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.grid.contextmenu.GridMenuItem;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.portal.criterion.CriterionForm;
import vn.cchc.portal.criterion.CriterionLevel;
import vn.cchc.portal.criterion.CriterionService;
import vn.cchc.portal.criterion.CriterionSummary;
import vn.cchc.portal.criterion.FrameworkSummary;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The index frameworks (PAR Index, SIPAS, service index 766) as trees: search with or without diacritics, add,
 * edit and retire criteria, copy a framework to a new year.
 */
@Route("criteria")
@Menu(order = 30, title = "menu.criteria", icon = "vaadin:list-ol")
@RolesAllowed({Role.Names.ADMIN, Role.Names.PLANNER})
public class CriteriaView extends VerticalLayout implements HasDynamicTitle {

    private final transient CriterionService criteria;
    private final ComboBox<FrameworkSummary> framework = new ComboBox<>();
    private final TreeGrid<CriterionSummary> grid = new TreeGrid<>();
    private final TextField search = new TextField();
    private final Checkbox showRetired = new Checkbox();
    private final Span count = new Span();
    private final Button addRoot = new Button();
    private final Button addChild = new Button();
    private final Button edit = new Button();
    private final Button retire = new Button();
    private final Button restore = new Button();
    private final Button copy = new Button();
    private final Button retireFramework = new Button();
    private List<CriterionSummary> rows = List.of();

    CriteriaView(CriterionService criteria) {
        this.criteria = criteria;
        setSizeFull();

        framework.setLabel(getTranslation("criteria.framework"));
        framework.setItemLabelGenerator(this::frameworkLabel);
        framework.setWidth("24em");
        framework.setId("criteria-framework");
        framework.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh(null);
            }
        });
        copy.setText(getTranslation("criteria.copy"));
        copy.setIcon(VaadinIcon.COPY_O.create());
        copy.setId("criteria-copy");
        copy.addClickListener(e -> openCopy());
        retireFramework.setText(getTranslation("criteria.framework.retire"));
        retireFramework.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        retireFramework.setId("criteria-retire-framework");
        retireFramework.addClickListener(e -> confirmRetireFramework());
        HorizontalLayout frameworkBar = new HorizontalLayout(framework, copy, retireFramework);
        frameworkBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        frameworkBar.setWrap(true);

        search.setPlaceholder(getTranslation("criteria.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("26em");
        search.setId("criteria-search");
        search.addValueChangeListener(
                e -> refresh(selected().map(CriterionSummary::id).orElse(null)));
        showRetired.setLabel(getTranslation("criteria.showRetired"));
        showRetired.setId("criteria-show-retired");
        showRetired.addValueChangeListener(e -> {
            reloadFrameworks(currentFramework().map(FrameworkSummary::id).orElse(null));
            refresh(selected().map(CriterionSummary::id).orElse(null));
        });
        count.getStyle().set("color", "var(--lumo-secondary-text-color)");

        addRoot.setIcon(VaadinIcon.PLUS.create());
        addRoot.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addRoot.setId("criteria-add-root");
        addRoot.setDisableOnClick(true);
        addRoot.addClickListener(e -> show(openAdd(null)));
        addChild.setIcon(VaadinIcon.PLUS_CIRCLE_O.create());
        addChild.setId("criteria-add-child");
        addChild.setDisableOnClick(true);
        addChild.addClickListener(e -> show(selected().map(this::openAdd).orElse(null)));
        edit.setText(getTranslation("criteria.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setId("criteria-edit");
        edit.setDisableOnClick(true);
        edit.addClickListener(e -> show(selected().map(this::openEdit).orElse(null)));
        retire.setText(getTranslation("criteria.retire"));
        retire.setIcon(VaadinIcon.BAN.create());
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retire.setId("criteria-retire");
        retire.addClickListener(e -> selected().ifPresent(this::confirmRetire));
        restore.setText(getTranslation("criteria.restore"));
        restore.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        restore.setId("criteria-restore");
        restore.addClickListener(e -> selected().ifPresent(this::restore));

        HorizontalLayout filters = new HorizontalLayout(search, showRetired, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(addRoot, addChild, edit, retire, restore);
        actions.setWrap(true);

        grid.addHierarchyColumn(CriterionSummary::code)
                .setHeader(getTranslation("criteria.col.code"))
                .setWidth("14rem")
                .setFlexGrow(0)
                .setResizable(true)
                .setSortable(false);
        grid.addColumn(LitRenderer.<CriterionSummary>of(
                                "<span style=\"font-weight: ${item.weight}; white-space: normal;\">${item.title}</span>")
                        .withProperty("title", CriterionSummary::title)
                        .withProperty("weight", c -> c.depth() == 0 && c.level() == CriterionLevel.AREA ? 600 : 400))
                .setHeader(getTranslation("criteria.col.title"))
                .setWidth("16rem")
                .setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(LitRenderer.<CriterionSummary>of("<span style=\"white-space: normal;\">${item.level}</span>")
                        .withProperty("level", this::level))
                .setHeader(getTranslation("criteria.col.level"))
                .setWidth("10.5rem")
                .setFlexGrow(0);
        grid.addColumn(this::baseline)
                .setHeader(getTranslation("criteria.col.baseline"))
                .setWidth("7.5rem")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> c.baselineYear() == null ? "" : String.valueOf(c.baselineYear()))
                .setHeader(getTranslation("criteria.col.baselineYear"))
                .setWidth("6.5rem")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> Formats.number(c.maxScore(), getLocale()))
                .setHeader(getTranslation("criteria.col.maxScore"))
                .setWidth("6.5rem")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPartNameGenerator(c -> c.retired() ? "cchc-ended" : null);
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.asSingleSelect().addValueChangeListener(e -> updateActions());
        grid.addItemDoubleClickListener(e -> {
            if (!e.getItem().retired()) {
                show(openEdit(e.getItem()));
            }
        });
        grid.setSizeFull();
        grid.setId("criteria-grid");
        contextMenu();

        add(new H2(getTranslation("criteria.title")), frameworkBar, filters, actions, grid);
        setFlexGrow(1, grid);
        reloadFrameworks(null);
    }

    private void contextMenu() {
        GridContextMenu<CriterionSummary> menu = grid.addContextMenu();
        GridMenuItem<CriterionSummary> child = menu.addItem(
                getTranslation("criteria.add.child"),
                e -> e.getItem().map(this::openAdd).ifPresent(this::show));
        GridMenuItem<CriterionSummary> editItem = menu.addItem(
                getTranslation("criteria.edit"),
                e -> e.getItem().map(this::openEdit).ifPresent(this::show));
        GridMenuItem<CriterionSummary> retireItem =
                menu.addItem(getTranslation("criteria.retire"), e -> e.getItem().ifPresent(this::confirmRetire));
        GridMenuItem<CriterionSummary> restoreItem = menu.addItem(
                getTranslation("criteria.restore"), e -> e.getItem().ifPresent(this::restore));
        menu.setDynamicContentHandler(item -> {
            if (item == null
                    || currentFramework().map(FrameworkSummary::retired).orElse(true)) {
                return false;
            }
            grid.select(item);
            child.setVisible(!item.retired() && item.level().childLevel() != null);
            editItem.setVisible(!item.retired());
            retireItem.setVisible(!item.retired());
            restoreItem.setVisible(item.retired());
            return true;
        });
    }

    // ------------------------------------------------------------------ data

    private void reloadFrameworks(Long select) {
        List<FrameworkSummary> list = criteria.frameworks(showRetired.getValue());
        framework.setItems(list);
        FrameworkSummary chosen = list.stream()
                .filter(f -> Objects.equals(f.id(), select))
                .findFirst()
                .orElseGet(() -> list.stream()
                        .filter(f -> !f.retired())
                        .findFirst()
                        .orElse(list.isEmpty() ? null : list.getFirst()));
        if (chosen == null) {
            framework.clear();
            grid.setItems(List.of(), c -> List.of());
            updateActions();
        } else if (chosen.equals(framework.getValue())) {
            refresh(null);
        } else {
            framework.setValue(chosen);
        }
    }

    private void refresh(Long selectId) {
        Optional<FrameworkSummary> current = currentFramework();
        if (current.isEmpty()) {
            return;
        }
        FrameworkSummary f = current.get();
        rows = criteria.search(f.id(), search.getValue(), showRetired.getValue());
        List<CriterionSummary> roots = roots(rows);
        grid.setItems(roots, this::children);
        grid.expandRecursively(roots, 5);
        grid.setEmptyStateText(
                search.getValue().isBlank()
                        ? getTranslation("criteria.empty.framework")
                        : getTranslation("criteria.empty", search.getValue()));
        count.setText(getTranslation("criteria.count", rows.size()));
        framework.setHelperText(frameworkInfo(f));
        rows.stream()
                .filter(c -> Objects.equals(c.id(), selectId))
                .findFirst()
                .ifPresentOrElse(grid::select, grid::deselectAll);
        updateActions();
    }

    private List<CriterionSummary> roots(List<CriterionSummary> all) {
        Set<Long> ids = all.stream().map(CriterionSummary::id).collect(Collectors.toSet());
        return all.stream()
                .filter(c -> c.parentId() == null || !ids.contains(c.parentId()))
                .toList();
    }

    private List<CriterionSummary> children(CriterionSummary parent) {
        return rows.stream()
                .filter(c -> Objects.equals(c.parentId(), parent.id()))
                .toList();
    }

    private void updateActions() {
        Optional<FrameworkSummary> f = currentFramework();
        boolean writable = f.isPresent() && !f.get().retired();
        Optional<CriterionSummary> item = selected();
        CriterionLevel rootLevel = f.map(this::rootLevel).orElse(CriterionLevel.AREA);
        addRoot.setText(getTranslation("criteria.add." + rootLevel.name()));
        addRoot.setEnabled(writable);
        CriterionLevel childLevel = item.map(c -> c.level().childLevel()).orElse(null);
        addChild.setText(
                childLevel == null
                        ? getTranslation("criteria.add.child")
                        : getTranslation("criteria.add." + childLevel.name()));
        addChild.setEnabled(writable && childLevel != null && !item.get().retired());
        boolean hasChildren = f.map(fw -> fw.kind().levels().stream().anyMatch(l -> l.childLevel() != null))
                .orElse(false);
        addChild.setVisible(hasChildren);
        edit.setEnabled(writable && item.isPresent() && !item.get().retired());
        retire.setEnabled(writable && item.isPresent() && !item.get().retired());
        restore.setEnabled(writable && item.isPresent() && item.get().retired());
        restore.setVisible(showRetired.getValue());
        copy.setEnabled(f.isPresent());
        retireFramework.setEnabled(writable);
    }

    private CriterionLevel rootLevel(FrameworkSummary f) {
        return f.kind().levels().stream()
                .filter(CriterionLevel::isRoot)
                .findFirst()
                .orElse(CriterionLevel.AREA);
    }

    private Optional<FrameworkSummary> currentFramework() {
        return Optional.ofNullable(framework.getValue());
    }

    private Optional<CriterionSummary> selected() {
        return Optional.ofNullable(grid.asSingleSelect().getValue());
    }

    // ------------------------------------------------------------------ actions

    /**
     * Opens a criterion dialog. The buttons that open one are disabled from their click (one dialog however fast the
     * clicks come) until the dialog closes; then they are enabled as the selection allows.
     */
    private void show(CriterionDialog dialog) {
        if (dialog == null) {
            updateActions();
            return;
        }
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                updateActions();
            }
        });
        dialog.open();
    }

    private CriterionDialog openAdd(CriterionSummary parent) {
        FrameworkSummary f = currentFramework().orElseThrow();
        CriterionLevel level = parent == null ? rootLevel(f) : parent.level().childLevel();
        if (level == null) {
            return null;
        }
        CriterionForm form = new CriterionForm();
        form.setLevel(level);
        String context = parent == null
                ? frameworkLabel(f)
                : getTranslation("criteria.form.under", parent.code() + " – " + parent.title());
        return new CriterionDialog(getTranslation("criteria.add." + level.name()), context, form, saved -> {
            CriterionSummary result = criteria.add(f.id(), parent == null ? null : parent.id(), saved);
            notifySuccess(getTranslation("criteria.saved", result.code()));
            refresh(result.id());
        });
    }

    private CriterionDialog openEdit(CriterionSummary item) {
        String context = getTranslation(item.level().labelKey()) + " · "
                + frameworkLabel(currentFramework().orElseThrow());
        return new CriterionDialog(
                getTranslation("criteria.dialog.edit", item.code()), context, CriterionForm.of(item), saved -> {
                    CriterionSummary result = criteria.update(saved);
                    notifySuccess(getTranslation("criteria.saved", result.code()));
                    refresh(result.id());
                });
    }

    private void confirmRetire(CriterionSummary item) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("criteria.retire.title", item.code()));
        dialog.setText(getTranslation("criteria.retire.text", item.code() + " – " + item.title()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("criteria.retire.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> run(
                () -> {
                    criteria.retire(item.id());
                    notifySuccess(getTranslation("criteria.retired", item.code()));
                },
                item.id()));
        dialog.setId("criteria-retire-dialog");
        dialog.open();
    }

    private void restore(CriterionSummary item) {
        run(
                () -> {
                    criteria.restore(item.id());
                    notifySuccess(getTranslation("criteria.restored", item.code()));
                },
                item.id());
    }

    private void openCopy() {
        FrameworkSummary f = currentFramework().orElseThrow();
        new CopyFrameworkDialog(f, frameworkLabel(f), (year, code, name) -> {
                    FrameworkSummary created = criteria.copyFramework(f.id(), year, code, name);
                    notifySuccess(getTranslation("criteria.copied", created.name()));
                    reloadFrameworks(created.id());
                })
                .open();
    }

    private void confirmRetireFramework() {
        FrameworkSummary f = currentFramework().orElseThrow();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("criteria.framework.retire.title", f.name()));
        dialog.setText(getTranslation("criteria.framework.retire.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("criteria.framework.retire"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                criteria.retireFramework(f.id());
                notifySuccess(getTranslation("criteria.framework.retired", f.name()));
                reloadFrameworks(showRetired.getValue() ? f.id() : null);
            } catch (BusinessException ex) {
                notifyError(ex.message(getLocale()));
            }
        });
        dialog.open();
    }

    private void run(Runnable action, Long selectId) {
        try {
            action.run();
        } catch (BusinessException ex) {
            notifyError(ex.message(getLocale()));
        }
        refresh(selectId);
    }

    private void notifySuccess(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void notifyError(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    // ------------------------------------------------------------------ labels

    private String frameworkLabel(FrameworkSummary f) {
        String label = getTranslation("criteria.framework.label", f.name(), f.code());
        return f.retired() ? label + " – " + getTranslation("criteria.status.retired") : label;
    }

    private String frameworkInfo(FrameworkSummary f) {
        String info = getTranslation(
                "criteria.framework.info", getTranslation(f.kind().labelKey()), String.valueOf(f.year()));
        if (f.copiedFromId() != null) {
            String source = criteria.frameworks(true).stream()
                    .filter(o -> o.id() == f.copiedFromId())
                    .map(FrameworkSummary::code)
                    .findFirst()
                    .orElse("");
            info += " · " + getTranslation("criteria.framework.copiedFrom", source);
        }
        return info;
    }

    /** "Tiêu chí", or "Tiêu chí (ngừng sử dụng)" for a retired one. */
    private String level(CriterionSummary c) {
        String level = getTranslation(c.level().labelKey());
        return c.retired() ? getTranslation("criteria.level.retired", level) : level;
    }

    private String baseline(CriterionSummary c) {
        return withUnit(c.baseline(), c.unit(), getLocale());
    }

    /**
     * "83,99%" and "80,90%" in Vietnamese, "83.99%" in English: a value with decimals shows at least two (as the
     * plans write them), a whole value none; other units follow after a space ("12 điểm").
     */
    static String withUnit(BigDecimal value, String unit, Locale locale) {
        if (value == null) {
            return "";
        }
        Locale effective = locale == null || "vi".equals(locale.getLanguage()) ? Formats.VIETNAMESE : locale;
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        String number = new DecimalFormat(whole ? "#,##0" : "#,##0.00##", DecimalFormatSymbols.getInstance(effective))
                .format(value);
        if (unit == null || unit.isBlank()) {
            return number;
        }
        return "%".equals(unit) ? number + "%" : number + " " + unit;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("criteria.title") + " – " + getTranslation("app.name");
    }
}
