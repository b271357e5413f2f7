package vn.cchc.portal.restructuring;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import vn.cchc.portal.assignment.AssignmentService;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.restructuring.ui.CarryOverView;
import vn.cchc.portal.support.MutableClock;
import vn.cchc.portal.support.SignIn;
import vn.cchc.portal.support.UseH2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cchc.portal.restructuring.Reorganisation.EFFECTIVE;
import static vn.cchc.portal.restructuring.Reorganisation.LAST_DAY;
import static vn.cchc.portal.restructuring.Reorganisation.unitLead;

/**
 * A planner runs the carry-over from its view (in the background, with a progress bar, while the view stays usable)
 * and chooses the ward for the task of a split commune. The run commits on a worker thread, so this class writes for
 * real, in a database of its own.
 */
@SpringBootTest
@UseH2
@TestPropertySource(properties = "cchc.test.database=carry-over-view")
class CarryOverViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrgUnitService units;

    @Autowired
    AssignmentService assignments;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    @Test
    @SuppressWarnings("unchecked")
    void aPlannerRunsTheCarryOverAndMovesTheTaskOfASplitCommuneToTheChosenWard() {
        Reorganisation area = new Reorganisation(context);
        long plan = area.issuedPlan(
                area.district, "921/KH-UBND", LocalDate.of(2025, 4, 1), List.of(unitLead(area.communeOne)));
        SignIn.as(users, "admin");
        units.split(area.communeOne, LAST_DAY, List.of(area.ward, area.newCommune));
        clock.setDay(EFFECTIVE);
        SignIn.as(users, "chuyenvien.snv");

        navigate(CarryOverView.class);
        Button run = find(Button.class).withId("carry-over-run").single();
        ProgressBar progress = ((Component) getCurrentView())
                .getChildren()
                .filter(ProgressBar.class::isInstance)
                .map(ProgressBar.class::cast)
                .findFirst()
                .orElseThrow();
        test(run).click();
        assertThat(run.isEnabled()).as("one run at a time").isFalse();
        await().atMost(2, TimeUnit.MINUTES).pollInSameThread().until(() -> {
            runAccessTasks(); // what the polling browser's next request does first
            return run.isEnabled();
        });
        assertThat(progress.isVisible()).as("the bar goes when the run is done").isFalse();
        assertThat(progress.isIndeterminate())
                .as("the run told how many ended units it went through")
                .isFalse();
        assertThat(progress.getValue()).isEqualTo(progress.getMax()).isPositive();
        assertThat(find(Span.class).withId("carry-over-status").single().getText())
                .matches("Đã chuyển \\d+ mục; \\d+ mục chờ quyết định\\.");
        Grid<CarryOverItem> grid = find(Grid.class).withId("carry-over-grid").single();
        int row = rowOf(grid, "Xã Thử Một (Huyện Thử Sắp Xếp)");
        assertThat(test(grid).getRow(row).label()).isEqualTo("921/KH-UBND · 1. Nhiệm vụ thử 1");
        assertThat(test(grid).getCellText(row, 4))
                .isEqualTo("Đơn vị được chia tách cho nhiều đơn vị: chọn đơn vị nhận.");

        HorizontalLayout decision = (HorizontalLayout) test(grid).getCellComponent(row, 5);
        ComboBox<CarryOverItem.Candidate> to = (ComboBox<CarryOverItem.Candidate>) decision.getComponentAt(0);
        test(to).selectItem("Xã Thử Mới");
        test((Button) decision.getComponentAt(1)).click();

        assertThat(rowOf(grid, "Xã Thử Một (Huyện Thử Sắp Xếp)"))
                .as("decided items leave the list")
                .isEqualTo(-1);
        assertThat(assignments.ofPlan(plan))
                .extracting(AssignmentSummary::unitName)
                .containsExactly("Xã Thử Mới");
    }

    private static void runAccessTasks() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    private int rowOf(Grid<CarryOverItem> grid, String fromUnit) {
        List<String> from = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            from.add(test(grid).getRow(i).fromUnit());
        }
        return from.indexOf(fromUnit);
    }
}
