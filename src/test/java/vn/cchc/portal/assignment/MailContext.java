package vn.cchc.portal.assignment;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.security.UserForm;
import vn.cchc.portal.security.UserService;
import vn.cchc.portal.support.UseH2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * A context for tests of what happens after commit, with mail going to a real SMTP server (GreenMail) on a free
 * port of its own. These tests commit, so they get a database of their own ({@link UseH2}); the listeners run on
 * other threads, so the tests wait for them ({@link #awaitListeners()}) instead of sleeping.
 */
@SpringBootTest
@UseH2
abstract class MailContext {

    /** The port the context sends mail to; each test decides what listens there. */
    static final int SMTP_PORT = freePort();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("cchc.base-url", () -> BASE_URL + "/");
    }

    /** Where the portal is reached from outside, as configured: links in e-mails start with it. */
    static final String BASE_URL = "https://cchc.gialai.example:8443/portal";

    static final String HEAD_ADDRESS = "giamdoc.stp@gialai.gov.vn";
    static final String STAFF_ADDRESS = "canbo.stp@gialai.gov.vn";

    @Autowired
    EventPublicationRegistry publications;

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService users;

    @Autowired
    UserService userService;

    AssignmentFixtures fixtures;

    /** Fixtures, and e-mail addresses for Sở Tư pháp's head and staff. */
    @BeforeEach
    void fixturesAndAddresses() {
        fixtures = new AssignmentFixtures(plans, items, units, users);
        giveEmail("giamdoc.stp", HEAD_ADDRESS);
        giveEmail("canbo.stp", STAFF_ADDRESS);
    }

    private void giveEmail(String username, String email) {
        fixtures.signInAs("admin");
        UserForm form = UserForm.of(userService.list(username).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow());
        form.setEmail(email);
        userService.update(form);
    }

    /** Waits until no listener is waiting or running: each has completed, or failed and waits for a retry. */
    void awaitListeners() {
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> publications.findIncompletePublications().stream()
                        .allMatch(p -> p.getStatus() == EventPublication.Status.FAILED));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
