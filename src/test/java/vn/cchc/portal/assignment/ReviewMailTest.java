package vn.cchc.portal.assignment;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockServletContext;
import org.springframework.modulith.events.EventPublication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.support.GenericWebApplicationContext;
import vn.cchc.portal.Application;
import vn.cchc.portal.shared.FailedEventRetry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The unit hears of a review only once the review has committed: a review that rolls back sends nothing, and a
 * mail server that is down or hangs neither fails nor holds up the review — the mail goes out when it is back.
 * Real SMTP (GreenMail) on the context's port; the review is committed by the service's own transaction.
 */
class ReviewMailTest extends MailContext {

    static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    static final LocalDate DUE = LocalDate.of(2026, 12, 31);
    static final String HEAD = HEAD_ADDRESS;
    static final String RETURNED = "[CCHC] Báo cáo tiến độ bị trả lại";

    @Autowired
    AssignmentService assignments;

    @Autowired
    ProgressService progress;

    @Autowired
    ReviewService reviews;

    @Autowired
    NotificationService notifications;

    @Autowired
    FailedEventRetry retry;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Environment environment;

    GreenMail smtp;

    @AfterEach
    void stopMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private void startMailServer() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", "smtp"))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
    }

    /** A report of Sở Tư pháp on its task, submitted and waiting for review. */
    record Report(long updateId, long assignmentId) {}

    /** Issues a plan and has Sở Tư pháp's head submit a report on its task; leaves the planner signed in. */
    private Report submittedReport(String planNumber) {
        long planId = fixtures.issuedPlan(planNumber, ISSUED, DUE);
        fixtures.signInAs("giamdoc.stp");
        AssignmentSummary task = assignments
                .myUnitTasks(new TaskFilter(planId, null, null, false, false, null))
                .getFirst();
        UpdateForm form = UpdateForm.of(assignments.get(task.id()));
        form.setPercent(50);
        form.setResult("Đã rà soát 50% văn bản.");
        DraftSaved draft = progress.saveDraft(form);
        progress.submit(draft.updateId());
        awaitListeners();
        fixtures.signInAs("chuyenvien.snv");
        return new Report(draft.updateId(), task.id());
    }

    /** Bodies of the mails with the subject that the head received. */
    private List<String> mailsToHead(String subject) {
        List<String> bodies = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (subject.equals(m.getSubject())
                        && Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(HEAD))) {
                    bodies.add(String.valueOf(m.getContent()));
                }
            } catch (jakarta.mail.MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return bodies;
    }

    /** A user's notifications of one kind about the report's task. */
    private List<NotificationView> notices(String username, String kind, Report report) {
        fixtures.signInAs(username);
        List<NotificationView> mine = notifications.mineAbout(report.assignmentId()).stream()
                .filter(n -> n.kind().equals(kind))
                .toList();
        fixtures.signInAs("chuyenvien.snv");
        return mine;
    }

    private long mailsWaiting() {
        return publications.findIncompletePublications().stream()
                .filter(p -> p.getEvent() instanceof NotificationMail)
                .count();
    }

    @Test
    void aReviewWhoseTransactionRollsBackSendsNoMail() {
        startMailServer();
        Report report = submittedReport("601/KH-UBND");

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    reviews.returnUpdate(report.updateId(), "Lý do của lần duyệt bị hủy.");
                    throw new IllegalStateException("a later step of the same transaction failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(reviews.queue()).anyMatch(r -> r.update().id() == report.updateId());
        assertThat(publications.findIncompletePublications()).noneMatch(p -> p.getEvent() instanceof ReportReturned);

        reviews.returnUpdate(report.updateId(), "Bổ sung danh mục văn bản đã rà soát.");
        await().atMost(Duration.ofMinutes(3)).until(() -> !mailsToHead(RETURNED).isEmpty());
        awaitListeners();

        assertThat(mailsToHead(RETURNED)).singleElement().satisfies(body -> {
            assertThat(body).contains("Bổ sung danh mục văn bản đã rà soát.", "601/KH-UBND");
            assertThat(body).doesNotContain("bị hủy");
        });
    }

    @Test
    void withTheMailServerHangingOrDownTheReviewSucceedsAndTheMailGoesOutWhenItIsBack() throws Exception {
        Report report = submittedReport("602/KH-UBND");
        try (Blackhole hanging = new Blackhole(SMTP_PORT)) {
            reviews.returnUpdate(report.updateId(), "Bổ sung danh mục văn bản đã rà soát.");

            // the review has returned and committed while the mail to the unit is still waiting on the server
            await().atMost(Duration.ofMinutes(3)).until(() -> !hanging.connections.isEmpty());
            assertThat(reviews.queue()).noneMatch(r -> r.update().id() == report.updateId());
            assertThat(mailsWaiting()).isPositive();
        }
        // the server is gone now: the mail fails and waits for a retry; the notice is in the list anyway
        awaitListeners();
        assertThat(publications.findIncompletePublications())
                .filteredOn(p -> p.getEvent() instanceof NotificationMail)
                .isNotEmpty()
                .allMatch(p -> p.getStatus() == EventPublication.Status.FAILED);
        assertThat(notices("giamdoc.stp", "RETURNED", report))
                .singleElement()
                .satisfies(n -> assertThat(n.emailed()).isFalse());

        startMailServer();
        retry.retryFailed();
        awaitListeners();

        assertThat(mailsToHead(RETURNED))
                .singleElement()
                .satisfies(body -> assertThat(body).contains("Bổ sung danh mục văn bản đã rà soát."));
        assertThat(mailsWaiting()).isZero();
        assertThat(notices("giamdoc.stp", "RETURNED", report))
                .singleElement()
                .satisfies(n -> assertThat(n.emailed()).isTrue());
    }

    @Test
    void plannersHearOfASubmittedReportAndTheUnitOfItsAcceptanceOnlyOnceEvenWhenTheListenerRunsAgain() {
        startMailServer();
        Report report = submittedReport("603/KH-UBND");
        assertThat(notices("chuyenvien.snv", "SUBMITTED", report))
                .singleElement()
                .satisfies(n -> assertThat(n.title()).isEqualTo("Báo cáo tiến độ chờ duyệt: Sở Tư pháp"));

        reviews.accept(report.updateId());
        awaitListeners();
        ReportAccepted again = new ReportAccepted(
                report.updateId(), report.assignmentId(), fixtures.unit("STP"), AssignmentStatus.IN_PROGRESS, 50);
        transaction.executeWithoutResult(status -> events.publishEvent(again));
        awaitListeners();

        assertThat(notices("giamdoc.stp", "ACCEPTED", report)).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Báo cáo tiến độ được chấp nhận (50%)");
            assertThat(n.emailed()).isTrue();
        });
        assertThat(mailsToHead("[CCHC] Báo cáo tiến độ được chấp nhận (50%)"))
                .singleElement()
                .satisfies(body -> assertThat(body).contains("603/KH-UBND"));
    }

    @Test
    void eachNoticeLeadsToThePageWhereItIsActedOnAndTheMailLinksThereThroughTheConfiguredAddress() {
        startMailServer();
        Report report = submittedReport("605/KH-UBND");

        fixtures.signInAs("giamdoc.stp");
        assertThat(notifications.mineAbout(report.assignmentId()))
                .filteredOn(n -> n.kind().equals("ASSIGNED"))
                .singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("/task/" + report.assignmentId()));
        assertThat(notices("chuyenvien.snv", "SUBMITTED", report))
                .singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("/review?update=" + report.updateId()));

        reviews.returnUpdate(report.updateId(), "Bổ sung danh mục văn bản đã rà soát.");
        await().atMost(Duration.ofMinutes(3)).until(() -> !mailsToHead(RETURNED).isEmpty());
        awaitListeners();

        assertThat(notices("giamdoc.stp", "RETURNED", report))
                .singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("/task/" + report.assignmentId()));
        assertThat(mailsToHead(RETURNED)).singleElement().satisfies(body -> {
            assertThat(body)
                    .containsPattern(
                            java.util.regex.Pattern.quote(BASE_URL + "/task/" + report.assignmentId()) + "\\s");
            assertThat(body).doesNotContain("localhost", "/tasks/");
        });
        fixtures.signInAs("giamdoc.stp");
        // (about this task: the latest 50 of the head's notices may all be other tests' in this shared context)
        assertThat(notifications.mineAbout(report.assignmentId(), java.util.Locale.ENGLISH))
                .filteredOn(n -> n.kind().equals("RETURNED"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.title()).isEqualTo("Progress report returned");
                    assertThat(n.body()).contains("Plan 605/KH-UBND", "Reason: Bổ sung danh mục văn bản đã rà soát.");
                });
    }

    @Test
    void mailsLeftUnsentWhenTheApplicationStoppedGoOutWhenItStartsAgain() {
        Report report = submittedReport("604/KH-UBND");
        assertThat(mailsWaiting()).isPositive();
        startMailServer();

        // the application again on the same database, in a mock servlet container like this test's own context
        SpringApplication again = new SpringApplication(Application.class);
        again.setWebApplicationType(WebApplicationType.SERVLET);
        again.setApplicationContextFactory(type -> new GenericWebApplicationContext(new MockServletContext()));
        // (its security installs a strategy of its own in the static SecurityContextHolder: this context's comes back)
        SecurityContextHolderStrategy ours = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext restarted = again.run(
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.mail.host=localhost",
                "--spring.mail.port=" + SMTP_PORT,
                "--spring.modulith.events.republish-outstanding-events-on-restart=true")) {
            await().atMost(Duration.ofMinutes(3)).until(() -> mailsWaiting() == 0);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(ours);
        }

        assertThat(mailsToHead("[CCHC] Nhiệm vụ mới: 1 nhiệm vụ theo Kế hoạch 604/KH-UBND"))
                .hasSize(1);
        fixtures.signInAs("giamdoc.stp");
        assertThat(notifications.mineAbout(report.assignmentId()))
                .filteredOn(n -> n.title().contains("604/KH-UBND"))
                .singleElement()
                .satisfies(n -> assertThat(n.emailed()).isTrue());
    }

    /** A mail server that accepts connections and never answers. */
    static final class Blackhole implements AutoCloseable {
        final ServerSocket server;
        final List<Socket> connections = new CopyOnWriteArrayList<>();
        final Thread acceptor;

        Blackhole(int port) throws IOException {
            server = new ServerSocket(port);
            acceptor = Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        connections.add(server.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        @Override
        public void close() {
            try {
                server.close();
                for (Socket s : connections) {
                    s.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
