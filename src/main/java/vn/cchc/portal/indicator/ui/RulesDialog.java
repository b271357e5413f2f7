package vn.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import vn.cchc.portal.indicator.ExclusionInfo;
import vn.cchc.portal.indicator.IndicatorForm;
import vn.cchc.portal.indicator.IndicatorInfo;
import vn.cchc.portal.indicator.IndicatorSet;
import vn.cchc.portal.indicator.IndicatorSetupService;
import vn.cchc.portal.indicator.TargetRow;
import vn.cchc.portal.indicator.TargetService;
import vn.cchc.portal.indicator.UnitLevel;
import vn.cchc.portal.shared.BusinessException;

import java.util.ArrayList;
import java.util.List;

/** A plan's indicators with their rules (edit, add the plan's own) and the units excluded from targets. */
class RulesDialog extends Dialog {

    private final transient IndicatorSetupService setup;
    private final transient TargetService targets;
    private final long planId;
    private final Runnable onChanged;

    RulesDialog(IndicatorSetupService setup, TargetService targets, long planId, Runnable onChanged) {
        this.setup = setup;
        this.targets = targets;
        this.planId = planId;
        this.onChanged = onChanged;
        setHeaderTitle(getTranslation("rules.title"));
        setWidth("min(72em, 95vw)");
        render();
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private void render() {
        removeAll();
        IndicatorSet set = targets.set(planId).orElseThrow();
        var locale = getLocale();
        Grid<IndicatorInfo> grid = new Grid<>();
        grid.addColumn(IndicatorInfo::code)
                .setHeader(getTranslation("rules.col.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(IndicatorInfo::name)
                .setHeader(getTranslation("rules.col.name"))
                .setFlexGrow(3);
        grid.addColumn(i -> getTranslation(i.measure().labelKey()))
                .setHeader(getTranslation("rules.col.measure"))
                .setAutoWidth(true);
        grid.addColumn(i -> switch (i.ruleKind()) {
                    case CENTRAL_PLUS ->
                        getTranslation(
                                "rules.central",
                                IndicatorTexts.number(i.centralTarget(), locale),
                                IndicatorTexts.number(i.incrementPoints(), locale));
                    case FIXED -> getTranslation("rules.fixed", IndicatorTexts.number(i.fixedTarget(), locale));
                    case MANUAL -> getTranslation("indicator.rule.MANUAL");
                })
                .setHeader(getTranslation("rules.col.rule"))
                .setFlexGrow(2);
        grid.addColumn(i -> String.join(
                        "; ",
                        set.steps().stream()
                                .filter(s -> s.indicatorId() == i.id())
                                .map(s -> {
                                    String where = s.milestoneLabel()
                                            + (s.level() == null
                                                    ? ""
                                                    : ", "
                                                            + getTranslation(
                                                                    s.level().labelKey()));
                                    return s.stepAbove() == null
                                            ? getTranslation(
                                                    "rules.stepFixed",
                                                    where,
                                                    IndicatorTexts.number(s.belowValue(), locale))
                                            : getTranslation(
                                                    "rules.step",
                                                    where,
                                                    IndicatorTexts.number(s.belowValue(), locale),
                                                    IndicatorTexts.number(s.stepAbove(), locale));
                                })
                                .toList()))
                .setHeader(getTranslation("rules.col.steps"))
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(set.indicators());
        grid.setAllRowsVisible(true);
        boolean own = !set.inherited();
        if (own) {
            grid.addItemClickListener(e -> new IndicatorEditor(
                            IndicatorForm.of(
                                    e.getItem(), setup.version(e.getItem().id())),
                            form -> setup.update(form),
                            this::changed)
                    .open());
        }
        Button add = new Button(
                getTranslation("rules.add"),
                e -> new IndicatorEditor(new IndicatorForm(), form -> setup.add(planId, form), this::changed).open());
        add.setVisible(own);
        add(grid, add);

        add(new H4(getTranslation("rules.exclusions")));
        Grid<ExclusionInfo> excluded = new Grid<>();
        excluded.addColumn(ExclusionInfo::unitName)
                .setHeader(getTranslation("targets.col.unit"))
                .setFlexGrow(1);
        excluded.addColumn(ExclusionInfo::reason)
                .setHeader(getTranslation("indicator.history.col.reason"))
                .setFlexGrow(2);
        excluded.addComponentColumn(x -> new Button(
                        getTranslation("rules.include"), e -> act(() -> targets.include(planId, x.unitId()))))
                .setAutoWidth(true)
                .setFlexGrow(0);
        excluded.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        excluded.setItems(set.exclusions());
        excluded.setAllRowsVisible(true);
        List<TargetRow> candidates = new ArrayList<>();
        for (UnitLevel level : List.of(UnitLevel.DEPARTMENT, UnitLevel.DISTRICT)) {
            candidates.addAll(targets.matrix(planId, level, null).rows());
        }
        ComboBox<TargetRow> unit = new ComboBox<>(getTranslation("targets.col.unit"));
        unit.setItems(candidates);
        unit.setItemLabelGenerator(TargetRow::unitName);
        TextField reason = new TextField(getTranslation("indicator.history.col.reason"));
        reason.setWidth("24em");
        Button exclude = new Button(getTranslation("rules.exclude"), e -> {
            if (unit.getValue() != null) {
                act(() -> targets.exclude(planId, unit.getValue().unitId(), reason.getValue()));
            }
        });
        HorizontalLayout addExclusion = new HorizontalLayout(unit, reason, exclude);
        addExclusion.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(excluded, addExclusion);
    }

    private void act(Runnable action) {
        try {
            action.run();
            changed();
        } catch (BusinessException ex) {
            Notification.show(BusinessException.messageOf(ex, getLocale()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void changed() {
        render();
        onChanged.run();
    }
}
