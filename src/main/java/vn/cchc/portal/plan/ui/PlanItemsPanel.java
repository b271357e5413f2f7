package vn.cchc.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.plan.CriterionChoices;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanItemForm;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanItemView;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.util.List;
import java.util.Optional;

/** The plan's items as a tree by area and criterion; editing tools while the plan is a draft. */
class PlanItemsPanel extends VerticalLayout {

    private final PlanDetail detail;
    private final transient PlanItemService items;
    private final transient PlanService plans;
    private final transient OrgUnitService units;
    private final transient CriterionChoices criteria;
    private final Runnable onChanged;
    private final TreeGrid<PlanItemView> grid = new TreeGrid<>();

    PlanItemsPanel(
            PlanDetail detail,
            PlanItemService items,
            PlanService plans,
            OrgUnitService units,
            CriterionChoices criteria,
            Runnable onChanged) {
        this.detail = detail;
        this.plans = plans;
        this.items = items;
        this.units = units;
        this.criteria = criteria;
        this.onChanged = onChanged;
        setPadding(false);
        setSizeFull();
        // the editor hands over the items' texts cut to what the column shows; editing reads the whole item again
        List<PlanItemView> rows = detail.items();

        java.util.Map<Long, String> explained = explainedRows(rows);
        grid.addHierarchyColumn(i -> (i.number() == null ? "" : i.number() + ". ")
                        + (i.criterionCode() == null ? "" : i.criterionCode() + " – ")
                        + i.displayTitle()
                        + links(i, rows, explained))
                .setHeader(getTranslation("item.col.content"))
                .setFlexGrow(4)
                .setResizable(true);
        grid.addColumn(i -> i.goal() == null ? "" : i.goal())
                .setHeader(getTranslation("item.col.goal"))
                .setFlexGrow(4)
                .setResizable(true);
        grid.addColumn(printed(
                        i -> i.kind() == PlanItemKind.GROUP ? null : i.leadPrinted(),
                        PlanItemView::leadNames,
                        i -> null))
                .setHeader(getTranslation("item.col.lead"))
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(printed(
                        i -> i.kind() == PlanItemKind.GROUP ? null : i.coordinatingPrinted(),
                        PlanItemView::assigneeNames,
                        this::exclusions))
                .setHeader(getTranslation("item.col.coordinating"))
                .setFlexGrow(3)
                .setResizable(true);
        grid.addColumn(i -> i.timeframe() != null && i.deadline() != null
                        ? i.timeframe() + " · " + getTranslation("item.dueOn", i.dueText())
                        : i.timeframeText())
                .setHeader(getTranslation("item.col.timeframe"))
                .setFlexGrow(2);
        grid.setPartNameGenerator(i -> i.kind() == PlanItemKind.GROUP ? "cchc-group-row" : null);
        grid.addThemeVariants(
                com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_COLUMN_BORDERS);
        grid.setDataProvider(new ItemTree(rows));
        grid.expandRecursively(ItemTree.roots(rows), 5);
        grid.setSizeFull();
        grid.setId("items-grid");
        grid.setEmptyStateText(getTranslation("item.empty"));
        grid.addItemDoubleClickListener(e -> {
            if (detail.editable()) {
                edit(e.getItem());
            }
        });

        if (detail.editable()) {
            add(toolbar());
        }
        Span hint = new Span(getTranslation(
                "item.count",
                rows.stream().filter(i -> i.kind() == PlanItemKind.ITEM).count()));
        add(hint, grid);
    }

    private HorizontalLayout toolbar() {
        Button addGroup = WriteButtons.opens(
                new Button(getTranslation("item.action.addGroup"), VaadinIcon.FOLDER_ADD.create()),
                () -> add(PlanItemKind.GROUP));
        Button addItem = WriteButtons.opens(
                new Button(getTranslation("item.action.addItem"), VaadinIcon.PLUS.create()),
                () -> add(PlanItemKind.ITEM));
        addItem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addItem.setId("item-add");
        Button edit = WriteButtons.opens(
                new Button(getTranslation("item.action.edit"), VaadinIcon.EDIT.create()),
                () -> selected().map(this::dialog).orElse(null));
        Button up = new Button(
                VaadinIcon.ARROW_UP.create(),
                e -> selected()
                        .ifPresent(i -> run(() -> items.move(detail.summary().id(), i.id(), -1))));
        up.setAriaLabel(getTranslation("item.action.up"));
        up.setTooltipText(getTranslation("item.action.up"));
        Button down = new Button(
                VaadinIcon.ARROW_DOWN.create(),
                e -> selected()
                        .ifPresent(i -> run(() -> items.move(detail.summary().id(), i.id(), 1))));
        down.setAriaLabel(getTranslation("item.action.down"));
        down.setTooltipText(getTranslation("item.action.down"));
        Button duplicate = WriteButtons.each(
                new Button(getTranslation("item.action.duplicate"), VaadinIcon.COPY.create()),
                () -> selected()
                        .ifPresent(
                                i -> run(() -> items.duplicate(detail.summary().id(), i.id()))));
        Button delete = WriteButtons.each(
                new Button(getTranslation("item.action.delete"), VaadinIcon.TRASH.create()),
                () -> selected()
                        .ifPresent(i -> run(() -> items.delete(detail.summary().id(), i.id()))));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout bar = new HorizontalLayout(addGroup, addItem, edit, up, down, duplicate, delete);
        bar.setWrap(true);
        return bar;
    }

    private Optional<PlanItemView> selected() {
        Optional<PlanItemView> item = grid.getSelectedItems().stream().findFirst();
        if (item.isEmpty()) {
            Notification.show(getTranslation("item.selectFirst"), 3000, Notification.Position.MIDDLE);
        }
        return item;
    }

    private ItemDialog add(PlanItemKind kind) {
        PlanItemForm form = new PlanItemForm();
        form.setPlanId(detail.summary().id());
        form.setKind(kind);
        grid.getSelectedItems().stream()
                .findFirst()
                .ifPresent(sel ->
                        form.setParentId(sel.kind() == PlanItemKind.GROUP ? Long.valueOf(sel.id()) : sel.parentId()));
        return dialog(form);
    }

    private void edit(PlanItemView item) {
        ItemDialog dialog = dialog(item);
        if (dialog != null) {
            dialog.open();
        }
    }

    /** The dialog of an item, read again whole (the list holds shortened texts); null when it is gone. */
    private ItemDialog dialog(PlanItemView listed) {
        long planId = detail.summary().id();
        Optional<PlanItemView> item = plans.get(planId).items().stream()
                .filter(i -> i.id() == listed.id())
                .findFirst();
        if (item.isEmpty()) {
            Notification.show(
                            BusinessException.of("error.item.notFound").message(getLocale()),
                            6000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return null;
        }
        return dialog(PlanItemForm.of(item.get(), planId));
    }

    private ItemDialog dialog(PlanItemForm form) {
        List<OrgUnitSummary> unitList = units.activeUnits();
        return new ItemDialog(
                form,
                unitList,
                units.labels(),
                criteria.forYear(detail.summary().year()),
                saved -> {
                    if (saved.isNew()) {
                        items.add(saved);
                    } else {
                        items.update(saved);
                    }
                    onChanged.run();
                });
    }

    private void run(Runnable action) {
        try {
            action.run();
            onChanged.run();
        } catch (BusinessException ex) {
            Notification.show(ex.message(getLocale()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /**
     * A unit cell as the plan prints it, with the units it was resolved to underneath when they read differently,
     * and the units left out with the reason. A template renderer: the rows keep no components on the server (a plan
     * of 150 items held about 900 state nodes per session with component cells).
     */
    private LitRenderer<PlanItemView> printed(
            SerializableFunction<PlanItemView, String> text,
            SerializableFunction<PlanItemView, String> resolved,
            SerializableFunction<PlanItemView, String> excluded) {
        return LitRenderer.<PlanItemView>of("<div><span ?hidden=${!item.text}>${item.text}</span>"
                        + "<div ?hidden=${!item.resolved}><span class=\"cchc-resolved\">${item.resolved}</span></div>"
                        + "<div ?hidden=${!item.excluded}><span class=\"cchc-excluded\">${item.excluded}</span></div>"
                        + "</div>")
                .withProperty("text", i -> blankToNull(text.apply(i)))
                .withProperty("resolved", i -> {
                    String printed = text.apply(i);
                    String units = blankToNull(resolved.apply(i));
                    return printed != null && units != null && !units.equals(printed)
                            ? getTranslation("item.resolved", units)
                            : null;
                })
                .withProperty("excluded", excluded::apply);
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private String exclusions(PlanItemView item) {
        if (item.exclusions().isEmpty()) {
            return null;
        }
        return getTranslation(
                "item.excluded",
                item.exclusions().stream()
                        .map(PlanItemView.Exclusion::unitName)
                        .collect(java.util.stream.Collectors.joining(", ")),
                item.exclusions().getFirst().reason());
    }

    /** Narrative items → the criterion codes of the appendix rows they spell out. */
    private static java.util.Map<Long, String> explainedRows(List<PlanItemView> rows) {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        for (PlanItemView row : rows) {
            if (row.narrativeItemId() != null && row.criterionCode() != null) {
                out.merge(row.narrativeItemId(), row.criterionCode(), (a, b) -> a + ", " + b);
            }
        }
        return out;
    }

    /** "(chi tiết: mục 1.1)" on an appendix row, "(phụ lục: TC 1.1)" on its narrative item. */
    private String links(PlanItemView item, List<PlanItemView> rows, java.util.Map<Long, String> explained) {
        if (item.narrativeItemId() != null) {
            return rows.stream()
                    .filter(r -> r.id() == item.narrativeItemId())
                    .findFirst()
                    .map(n -> " " + getTranslation("item.narrativeLink", n.number()))
                    .orElse("");
        }
        String codes = explained.get(item.id());
        return codes == null ? "" : " " + getTranslation("item.rowLink", codes);
    }

    static final int GOAL_CHARS = 220;

    static String shorten(String text) {
        return text == null ? "" : vn.cchc.portal.shared.Texts.shorten(text, GOAL_CHARS);
    }
}
