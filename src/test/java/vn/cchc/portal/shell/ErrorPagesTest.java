package vn.cchc.portal.shell;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cchc.portal.assignment.AssignmentFixtures;
import vn.cchc.portal.assignment.AssignmentService;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.shared.SecurityLog;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refused, missing and unknown addresses open their own page inside the shell (HTTP 403 / 404 from the page), in the
 * user's language: another unit's task is refused and a task that does not exist answers the same, an unknown address
 * is "not found", a view the role does not open is refused. No exception text reaches the page, and the log gets one
 * security line, not an ERROR with a stack trace.
 */
@SpringBootTest
class ErrorPagesTest extends SpringBrowserlessTest {

    private static final String USERS = "dbUserDetailsService";

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService dbUserDetailsService;

    @Autowired
    AssignmentService assignments;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureTheLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void release() {
        root.detachAppender(log);
    }

    @Test
    @WithUserDetails(value = "chutich.iator", userDetailsServiceBeanName = USERS)
    void anotherUnitsTaskIsAForbiddenPageInsideTheShellWithoutAnErrorInTheLog() {
        long foreignTask = soTuPhapsTaskSeenBy("chutich.iator");
        log.list.clear();

        UI.getCurrent().navigate("task/" + foreignTask);

        assertErrorPage(ForbiddenPage.class, "Không có quyền truy cập");
        assertThat(errorsLogged()).isEmpty();
        assertThat(securityLines())
                .anySatisfy(line -> assertThat(line)
                        .contains("action=ACCESS_DENIED", "user=chutich.iator", "object=/task/" + foreignTask));
    }

    @Test
    @WithUserDetails(value = "giamdoc.stp", userDetailsServiceBeanName = USERS)
    void aTaskThatDoesNotExistAnswersExactlyLikeAForbiddenOne() {
        log.list.clear();

        UI.getCurrent().navigate("task/" + Long.MAX_VALUE);

        assertErrorPage(ForbiddenPage.class, "Không có quyền truy cập");
        assertThat(errorsLogged()).isEmpty();
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void anUnknownAddressIsANotFoundPageInsideTheShellInTheUsersLanguage() {
        log.list.clear();

        UI.getCurrent().navigate("khong-co-trang-nay");

        assertErrorPage(NotFoundPage.class, "Không tìm thấy trang");
        assertThat(errorsLogged()).isEmpty();
        assertThat(securityLines())
                .anySatisfy(line -> assertThat(line)
                        .contains("action=NOT_FOUND", "user=chuyenvien.snv", "object=/khong-co-trang-nay"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("khong-co-trang-kia");
        assertErrorPage(NotFoundPage.class, "Page not found");
    }

    @Test
    @WithUserDetails(value = "giamdoc.stp", userDetailsServiceBeanName = USERS)
    void aViewTheRoleDoesNotOpenIsAForbiddenPage() {
        log.list.clear();

        UI.getCurrent().navigate("review");

        assertErrorPage(RouteForbiddenPage.class, "Không có quyền truy cập");
        assertThat(errorsLogged()).isEmpty();
    }

    private void assertErrorPage(Class<? extends Component> page, String title) {
        Component view = (Component) getCurrentView();
        assertThat(view).isInstanceOf(page);
        assertThat(view.getParent()).get().isInstanceOf(MainLayout.class);
        assertThat(find(H2.class).withId("error-title").single().getText()).isEqualTo(title);
        String message = find(Paragraph.class).withId("error-message").single().getText();
        assertThat(message).doesNotContain("exception", "Exception", "navigate", "vn.cchc");
    }

    private List<String> errorsLogged() {
        return log.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    private List<String> securityLines() {
        return log.list.stream()
                .filter(e -> e.getLoggerName().equals(SecurityLog.LOGGER))
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    /**
     * As the planner, a plan whose item is led by Sở Tư pháp (Sở Nội vụ and the district committees coordinating):
     * Sở Tư pháp's task, which a commune's head has nothing to do with; then signed in as the viewer again.
     */
    private long soTuPhapsTaskSeenBy(String viewer) {
        AssignmentFixtures fixtures = new AssignmentFixtures(plans, items, units, dbUserDetailsService);
        long planId = fixtures.issuedPlan("13/KH-TRANG-LOI", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 11, 30));
        long soTuPhap = fixtures.unit("STP");
        long task = assignments.ofPlan(planId).stream()
                .filter(a -> a.unitId() == soTuPhap)
                .findAny()
                .orElseThrow()
                .id();
        fixtures.signInAs(viewer);
        return task;
    }
}
