package vn.cchc.portal.restructuring;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.assignment.UnitHistory;
import vn.cchc.portal.support.SignIn;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.portal.restructuring.Reorganisation.unitLead;

/**
 * The overview's drill-down of a ward formed from two communes shows its years with the communes' work, the year
 * that includes it marked ◆ and the communes named; a unit with no predecessors shows its tasks only.
 */
@SpringBootTest
@Transactional
class PredecessorHistoryViewTest extends SpringBrowserlessTest {

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Test
    @SuppressWarnings("unchecked")
    void aLeaderOpensTheWardInTheOverviewAndSeesItsCommunesHistoryMarked() {
        Reorganisation area = new Reorganisation(context);
        area.issuedPlan(
                area.district,
                "951/KH-UBND",
                LocalDate.of(2025, 3, 10),
                List.of(unitLead(area.communeOne), unitLead(area.communeTwo)));
        area.mergeTheFirstTwoCommunesIntoTheWard();
        long after = area.issuedPlan(
                area.province,
                "952/KH-UBND",
                LocalDate.of(2025, 8, 1),
                List.of(unitLead(area.ward), unitLead(area.newCommune)));

        SignIn.as(users, "lanhdao.ubnd");
        UI.getCurrent().navigate("overview", com.vaadin.flow.router.QueryParameters.of("plan", String.valueOf(after)));
        Grid<Object> byUnit = find(Grid.class).withId("overview-units").single();
        test(byUnit).clickRow(rowOf(byUnit, "Phường Thử Mới"));

        Grid<UnitHistory.Year> years =
                find(Grid.class).withId("unit-history-grid").single();
        assertThat(test(years).size()).isEqualTo(1);
        assertThat(test(years).getCellText(0, 0)).isEqualTo("2025 ◆");
        assertThat(test(years).getCellText(0, 1))
                .as("tasks, the communes' two included")
                .isEqualTo("3");
        assertThat(test(years).getCellText(0, 6)).isEqualTo("2");
        assertThat(find(Span.class).withId("unit-history-note").single().getText())
                .contains("Xã Thử Một")
                .contains("Xã Thử Hai");
        find(com.vaadin.flow.component.dialog.Dialog.class).single().close();

        test(byUnit).clickRow(rowOf(byUnit, "Xã Thử Mới"));
        assertThat(find(Grid.class).withId("unit-history-grid").all()).isEmpty();
        assertThat(find(Grid.class).withId("unit-tasks-grid").all()).isNotEmpty();
    }

    private int rowOf(Grid<Object> grid, String unit) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getCellText(i, 0).equals(unit)) {
                return i;
            }
        }
        throw new AssertionError("no row " + unit);
    }
}
