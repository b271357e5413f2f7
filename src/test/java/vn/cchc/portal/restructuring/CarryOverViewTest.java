package vn.cchc.portal.restructuring;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.assignment.AssignmentService;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.restructuring.ui.CarryOverView;
import vn.cchc.portal.support.MutableClock;
import vn.cchc.portal.support.SignIn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.portal.restructuring.Reorganisation.EFFECTIVE;
import static vn.cchc.portal.restructuring.Reorganisation.LAST_DAY;
import static vn.cchc.portal.restructuring.Reorganisation.unitLead;

/** A planner runs the carry-over from its view and chooses the ward for the task of a split commune. */
@SpringBootTest
@Transactional
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
        test(find(Button.class).withId("carry-over-run").single()).click();
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

    private int rowOf(Grid<CarryOverItem> grid, String fromUnit) {
        List<String> from = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            from.add(test(grid).getRow(i).fromUnit());
        }
        return from.indexOf(fromUnit);
    }
}
