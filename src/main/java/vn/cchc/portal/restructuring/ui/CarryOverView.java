package vn.cchc.portal.restructuring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.portal.organization.WorkKind;
import vn.cchc.portal.restructuring.CarryOverItem;
import vn.cchc.portal.restructuring.CarryOverService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.ui.BackgroundWork;
import vn.cchc.portal.shared.ui.WriteButtons;

/**
 * What is left to decide of the work of ended units: per item the unit that takes it (a successor of a split unit,
 * any unit for a dissolved level) or leave it with the ended unit; user accounts moved or disabled. The list shrinks
 * until done. "Chuyển giao ngay" runs the nightly carry-over at once, in the background with a progress bar.
 */
@Route("carry-over")
@RolesAllowed({Role.Names.ADMIN, Role.Names.PLANNER})
public class CarryOverView extends VerticalLayout implements HasDynamicTitle {

    private final transient CarryOverService service;
    private final Grid<CarryOverItem> grid = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();

    CarryOverView(CarryOverService service) {
        this.service = service;
        setSizeFull();
        Button run = new Button(getTranslation("carryover.run"));
        run.setDisableOnClick(true); // one run at a time, enabled again when it has finished
        run.addClickListener(e -> runInBackground(run));
        run.setId("carry-over-run");
        progress.setVisible(false);
        progress.setId("carry-over-progress");
        status.setId("carry-over-status");
        grid.addColumn(i -> getTranslation(i.kind().labelKey()))
                .setHeader(getTranslation("carryover.col.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CarryOverItem::label)
                .setHeader(getTranslation("carryover.col.item"))
                .setFlexGrow(3)
                .setResizable(true);
        grid.addColumn(CarryOverItem::fromUnit)
                .setHeader(getTranslation("carryover.col.from"))
                .setFlexGrow(1);
        grid.addColumn(i -> Formats.date(i.effective()))
                .setHeader(getTranslation("carryover.col.effective"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CarryOverItem::note)
                .setHeader(getTranslation("carryover.col.note"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::decision)
                .setHeader(getTranslation("carryover.col.to"))
                .setWidth("26em")
                .setFlexGrow(0);
        // long item texts, unit names and notes wrap instead of being cut; the decision column keeps its buttons
        grid.addThemeVariants(
                com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("carryover.empty"));
        grid.setId("carry-over-grid");
        grid.setSizeFull();
        add(
                new H2(getTranslation("carryover.title")),
                new Paragraph(getTranslation("carryover.intro")),
                run,
                progress,
                status,
                grid);
        refresh();
    }

    /** The run takes seconds to minutes on a province: off the session, with the share of ended units done. */
    private void runInBackground(Button run) {
        status.setText(getTranslation("carryover.running"));
        BackgroundWork.startCounting(
                UI.getCurrent(),
                progress,
                service::run,
                outcome -> {
                    String ran = getTranslation("carryover.ran", outcome.moved(), outcome.pending());
                    status.setText(ran);
                    Notification.show(ran);
                    run.setEnabled(true);
                    refresh();
                },
                failure -> {
                    status.setText(
                            failure instanceof BusinessException refused
                                    ? refused.message(getLocale())
                                    : getTranslation("carryover.failed"));
                    run.setEnabled(true);
                });
    }

    private HorizontalLayout decision(CarryOverItem item) {
        ComboBox<CarryOverItem.Candidate> to = new ComboBox<>();
        to.setAriaLabel(getTranslation("carryover.col.to"));
        to.setItems(item.candidates());
        to.setItemLabelGenerator(CarryOverItem.Candidate::label);
        if (item.candidates().size() == 1) {
            to.setValue(item.candidates().getFirst());
        }
        to.setWidth("14em");
        Button move = WriteButtons.once(
                new Button(getTranslation("carryover.move")),
                () -> act(() -> {
                    if (to.getValue() == null) {
                        throw BusinessException.of("error.carryover.badUnit");
                    }
                    service.moveTo(item.id(), item.version(), to.getValue().unitId());
                    Notification.show(
                            getTranslation("carryover.moved", to.getValue().label()));
                }));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button keep = WriteButtons.once(
                new Button(getTranslation(item.kind() == WorkKind.USER ? "carryover.disable" : "carryover.keep")),
                () -> act(() -> {
                    service.setAside(item.id(), item.version());
                    Notification.show(getTranslation("carryover.kept"));
                }));
        keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout decision = new HorizontalLayout(to, move, keep);
        decision.setWrap(true);
        decision.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        return decision;
    }

    private boolean act(Runnable write) {
        try {
            write.run();
            refresh();
            return true;
        } catch (BusinessException e) {
            Notification.show(e.message(getLocale()));
            return false;
        }
    }

    private void refresh() {
        grid.setItems(service.pending());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("carryover.title") + " – " + getTranslation("app.name");
    }
}
