package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.portal.assignment.ReviewItem;
import vn.cchc.portal.assignment.ReviewService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.util.List;

/** The planners' queue of submitted progress: accept, or return with a comment. */
@Route("review")
@Menu(order = 45, title = "menu.review", icon = "vaadin:check-square-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.PLANNER})
public class ReviewView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient ReviewService reviews;
    private final Grid<ReviewItem> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    ReviewView(ReviewService reviews) {
        this.reviews = reviews;
        setSizeFull();
        grid.addColumn(r -> TaskTexts.time(r.update().submittedAt()))
                .setHeader(getTranslation("review.col.submitted"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.assignment().unitName())
                .setHeader(getTranslation("subplan.col.unit"))
                .setFlexGrow(2);
        grid.addColumn(r -> (r.assignment().planNumber() == null
                                ? ""
                                : r.assignment().planNumber() + " · ")
                        + (r.assignment().itemNumber() == null
                                ? ""
                                : r.assignment().itemNumber() + ". ")
                        + r.assignment().itemLabel())
                .setHeader(getTranslation("tasks.col.item"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.update().percent() + "%")
                .setHeader("%")
                .setWidth("5rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.update().late() ? getTranslation("task.late") : "")
                .setHeader(getTranslation("subplan.col.late"))
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("review.empty"));
        grid.setId("review-grid");
        grid.setSizeFull();
        grid.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));
        grid.setAriaLabel(getTranslation("review.title"));
        detail.setId("review-detail");
        SplitLayout split = new SplitLayout(grid, detail);
        split.setSizeFull();
        split.setSplitterPosition(62);
        Paragraph hint = new Paragraph(getTranslation("review.hint"));
        hint.addClassName("cchc-hint");
        hint.setId("review-hint");
        add(new H1(getTranslation("review.title")), hint, split);
        refresh();
    }

    /** {@code ?update=12}: the report a notification leads to, shown at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("update")
                .map(text -> {
                    try {
                        return Long.valueOf(text);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                })
                .ifPresent(id -> reviews.waiting(id).ifPresentOrElse(this::show, () -> showGone()));
    }

    private void showGone() {
        detail.removeAll();
        detail.add(new Paragraph(getTranslation("review.gone")));
    }

    /** The grid reads the queue page by page as it scrolls. */
    private void refresh() {
        int total = (int) reviews.queueSize();
        grid.setItems(
                query -> reviews.queue(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query -> total);
        show(null);
    }

    private void show(ReviewItem item) {
        detail.removeAll();
        if (item == null) {
            Paragraph pick = new Paragraph(getTranslation("review.pick"));
            pick.addClassName("cchc-empty");
            detail.add(pick);
            return;
        }
        detail.add(new H2(item.assignment().unitName() + " – "
                + getTranslation(
                        "task.periodDue", Formats.date(item.assignment().dueDate()))));
        detail.add(new UpdatesPanel(List.of(item.update())));
        TextArea comment = new TextArea(getTranslation("review.comment"));
        comment.setWidthFull();
        comment.setId("review-comment");
        Button accept = WriteButtons.each(
                new Button(getTranslation("review.accept")),
                () -> run(() -> reviews.accept(item.update().id()), getTranslation("review.accepted")));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        accept.setId("review-accept");
        Button back = WriteButtons.each(
                new Button(getTranslation("review.return")),
                () -> run(
                        () -> reviews.returnUpdate(item.update().id(), comment.getValue()),
                        getTranslation("review.returned")));
        back.addThemeVariants(ButtonVariant.LUMO_ERROR);
        back.setId("review-return");
        Button open = new Button(
                getTranslation("review.open"),
                e -> getUI().ifPresent(ui ->
                        ui.navigate(TaskView.class, item.assignment().id())));
        detail.add(comment, new HorizontalLayout(accept, back, open));
    }

    private void run(Runnable action, String success) {
        try {
            action.run();
            Notification.show(success, 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (BusinessException ex) {
            Notification.show(ex.message(getLocale()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " – " + getTranslation("app.name");
    }
}
