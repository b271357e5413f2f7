package vn.cchc.portal.assignment;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cchc.portal.support.MutableClock;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the test clock set to each morning: reminders 7, 3 and 1 days before the due date, the overdue mark and the escalation to the
 * head on the day it is missed — in the notification list and as e-mails at a real SMTP server (GreenMail), sent
 * after the job's transaction commits.
 */
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "dbUserDetailsService")
class DeadlineRemindersTest extends MailContext {

    static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "localhost", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired
    DeadlineService deadlines;

    @Autowired
    NotificationService notifications;

    @Autowired
    AssignmentService assignments;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void setUp() {
        purgeMail();
    }

    /** The morning job as it runs at 07:00 Vietnam time on the given day. */
    private void runJobOn(LocalDate day) {
        clock.set(day.atTime(7, 0));
        deadlines.run();
    }

    private void purgeMail() {
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasRecipient(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(address));
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void remindersComeSevenThreeAndOneDayBeforeAndTheOverdueMarkAndEscalationOnTheDayItIsMissed() throws Exception {
        long planId = fixtures.issuedPlan("401/KH-UBND", ISSUED, DUE);
        fixtures.signInAs("admin");

        for (LocalDate day = ISSUED; !day.isAfter(DUE.plusDays(2)); day = day.plusDays(1)) {
            runJobOn(day);
        }
        awaitListeners();

        Set<Long> ours =
                assignments.ofPlan(planId).stream().map(AssignmentSummary::id).collect(Collectors.toSet());
        fixtures.signInAs("canbo.stp");
        List<String> staff = about(ours);
        assertThat(staff)
                .containsExactlyInAnyOrder(
                        // the unit's one task of the plan: the notice of it leads to that task
                        "Nhiệm vụ mới: 1 nhiệm vụ theo Kế hoạch 401/KH-UBND",
                        "Nhắc việc: còn 7 ngày đến hạn 31/03/2026",
                        "Nhắc việc: còn 3 ngày đến hạn 31/03/2026",
                        "Nhắc việc: còn 1 ngày đến hạn 31/03/2026",
                        "Quá hạn: nhiệm vụ đến hạn 31/03/2026 chưa hoàn thành",
                        // the first quarter's progress report is due on 20/03 and the unit has not reported yet
                        "Nhắc việc: còn 7 ngày đến hạn 20/03/2026",
                        "Nhắc việc: còn 3 ngày đến hạn 20/03/2026",
                        "Nhắc việc: còn 1 ngày đến hạn 20/03/2026");

        fixtures.signInAs("giamdoc.stp");
        List<String> head = about(ours);
        assertThat(head)
                .contains(
                        "Báo cáo lãnh đạo: Sở Tư pháp chậm thực hiện nhiệm vụ",
                        "Quá hạn: nhiệm vụ đến hạn 31/03/2026 chưa hoàn thành");
        AssignmentSummary task = assignments
                .myUnitTasks(new TaskFilter(planId, null, null, false, false, null))
                .getFirst();
        assertThat(task.status()).isEqualTo(AssignmentStatus.OVERDUE);
        assertThat(assignments.history(task.id(), Locale.of("vi"))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("MARKED_OVERDUE");
            assertThat(e.username()).isEqualTo("admin");
        });

        assertThat(mailsAbout("401/KH-UBND", "canbo.stp@gialai.gov.vn"))
                .hasSize(8)
                .contains(
                        "[CCHC] Nhiệm vụ mới: 1 nhiệm vụ theo Kế hoạch 401/KH-UBND",
                        "[CCHC] Nhắc việc: còn 7 ngày đến hạn 31/03/2026",
                        "[CCHC] Nhắc việc: còn 3 ngày đến hạn 31/03/2026",
                        "[CCHC] Nhắc việc: còn 1 ngày đến hạn 31/03/2026",
                        "[CCHC] Quá hạn: nhiệm vụ đến hạn 31/03/2026 chưa hoàn thành",
                        "[CCHC] Nhắc việc: còn 1 ngày đến hạn 20/03/2026");
        assertThat(mailsAbout("401/KH-UBND", "giamdoc.stp@gialai.gov.vn"))
                .contains("[CCHC] Báo cáo lãnh đạo: Sở Tư pháp chậm thực hiện nhiệm vụ");
    }

    /** Titles of the signed-in user's notifications about the tasks (all of them, not only the latest 50). */
    private List<String> about(Set<Long> tasks) {
        return tasks.stream()
                .flatMap(t -> notifications.mineAbout(t).stream())
                .map(NotificationView::title)
                .toList();
    }

    /** Subjects of the mails received by an address whose text names the plan. */
    private List<String> mailsAbout(String planNumber, String address) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (hasRecipient(m, address)
                    && com.icegreen.greenmail.util.GreenMailUtil.getBody(m).contains(planNumber)) {
                out.add(m.getSubject());
            }
        }
        return out;
    }

    @Test
    void runningTheJobTwiceOnTheSameDaySendsNothingTwice() throws Exception {
        fixtures.issuedPlan("402/KH-UBND", ISSUED, DUE);
        fixtures.signInAs("admin");
        runJobOn(DUE.minusDays(3));
        awaitListeners();
        int first = smtp.getReceivedMessages().length;
        runJobOn(DUE.minusDays(3));
        awaitListeners();

        assertThat(first).isPositive();
        assertThat(smtp.getReceivedMessages()).hasSize(first);
        assertThat(mailsAbout("402/KH-UBND", "canbo.stp@gialai.gov.vn"))
                .containsExactlyInAnyOrder(
                        "[CCHC] Nhiệm vụ mới: 1 nhiệm vụ theo Kế hoạch 402/KH-UBND",
                        "[CCHC] Nhắc việc: còn 3 ngày đến hạn 31/03/2026");
    }
}
