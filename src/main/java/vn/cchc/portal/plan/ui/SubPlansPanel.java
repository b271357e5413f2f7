package vn.cchc.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.SubPlanService;
import vn.cchc.portal.plan.SubPlanStatus;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.UserContext;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.util.List;
import java.util.function.LongConsumer;

/** Units concerned by an issued plan: their own plans, due dates, and who is late. */
class SubPlansPanel extends VerticalLayout {

    SubPlansPanel(PlanDetail detail, SubPlanService subPlans, CurrentUser currentUser, LongConsumer open) {
        setPadding(false);
        setSizeFull();
        long planId = detail.summary().id();
        if (detail.summary().status() == PlanStatus.DRAFT) {
            add(new Paragraph(getTranslation("subplan.notIssued")));
            return;
        }
        List<SubPlanStatus> rows = subPlans.status(planId);
        UserContext user = currentUser.require();
        boolean province = user.has(Role.ADMIN) || user.has(Role.PLANNER);
        Grid<SubPlanStatus> grid = new Grid<>();
        grid.addColumn(SubPlanStatus::unitName)
                .setHeader(getTranslation("subplan.col.unit"))
                .setFlexGrow(3);
        grid.setPartNameGenerator(s -> s.late() && !s.viaAbove() ? "cchc-late-row" : null);
        grid.addColumn(s -> s.subPlanId() == null
                        ? getTranslation("subplan.none")
                        : (s.subPlanNumber() == null ? getTranslation("plans.noNumber") : s.subPlanNumber()) + " ("
                                + getTranslation(s.status().labelKey()) + ")")
                .setHeader(getTranslation("subplan.col.plan"))
                .setFlexGrow(2);
        grid.addColumn(s -> s.dueDate() == null ? "" : Formats.date(s.dueDate()))
                .setHeader(getTranslation("subplan.col.due"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.issueDate() == null ? "" : Formats.date(s.issueDate()))
                .setHeader(getTranslation("subplan.col.issued"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.late() ? getTranslation("subplan.late") : "")
                .setHeader(getTranslation("subplan.col.late"))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> {
                    if (s.subPlanId() != null) {
                        return new Button(getTranslation("subplan.open"), e -> open.accept(s.subPlanId()));
                    }
                    boolean mine =
                            !s.viaAbove() && (province || (user.has(Role.UNIT_HEAD) && user.unitId() == s.unitId()));
                    if (!mine || detail.summary().status() != PlanStatus.ISSUED) {
                        return new Paragraph();
                    }
                    Button create = WriteButtons.once(new Button(getTranslation("subplan.create")), () -> {
                        try {
                            open.accept(subPlans.create(planId, s.unitId()).id());
                            return true;
                        } catch (BusinessException ex) {
                            Notification.show(ex.message(getLocale()), 6000, Notification.Position.MIDDLE)
                                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
                            return false;
                        }
                    });
                    create.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                    create.setId("subplan-create-" + s.unitId());
                    return create;
                })
                .setHeader(getTranslation("grid.col.actions"))
                .setAutoWidth(true);
        grid.setItems(rows);
        grid.setEmptyStateText(getTranslation("subplan.empty"));
        grid.setSizeFull();
        grid.setId("subplans-grid");
        long late = rows.stream().filter(s -> !s.viaAbove() && s.late()).count();
        long own = rows.stream().filter(s -> !s.viaAbove()).count();
        Paragraph summary = new Paragraph(getTranslation("subplan.summary", own, late));
        summary.setId("subplans-summary");
        add(summary);
        rows.stream().filter(SubPlanStatus::viaAbove).findFirst().ifPresent(via -> {
            Paragraph through = new Paragraph(
                    via.subPlanId() == null
                            ? getTranslation("subplan.viaAbove.none", via.unitName())
                            : getTranslation(
                                    "subplan.viaAbove",
                                    via.unitName(),
                                    via.subPlanNumber() == null
                                            ? getTranslation("plans.noNumber")
                                            : via.subPlanNumber()));
            through.setId("subplans-via");
            add(through);
        });
        grid.setAriaLabel(getTranslation("plan.tab.subplans"));
        add(grid);
    }
}
