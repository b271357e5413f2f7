package vn.cchc.portal.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.support.SignIn;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sessions through the real security filter chain: the login POST needs its CSRF token, answers carry a CSP and the
 * other protective headers, and a user whose rights are taken away loses the session they have open. (Cookie flags
 * and addresses without session ids are checked against the packaged server: {@code HeadersAndCookiesIT}.)
 */
@SpringBootTest
class SessionsAndHeadersTest {

    private static final String PASSWORD = "Song-Da-2026";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService userService;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService dbUserDetailsService;

    private MockMvc mvc;

    @BeforeEach
    void filterChain() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefusedAndSignsNobodyIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult post = mvc.perform(post("/login")
                        .session(session)
                        .param("username", "admin")
                        .param("password", "Cchc@2026"))
                .andReturn();
        assertThat(post.getResponse().getStatus()).isEqualTo(403);
        assertThat(signedIn(session)).isFalse();
    }

    @Test
    void aLoginPostWithTheTokenSignsIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(signIn(session, "admin", "Cchc@2026")).isEqualTo(302);
        assertThat(signedIn(session)).isTrue();
    }

    @Test
    void answersCarryTheProtectiveHeaders() throws Exception {
        var response = mvc.perform(get("/evidence/1")).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "frame-ancestors 'self'", "connect-src 'self'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }

    @Test
    void aDisabledUserAndAUserWhoLostARoleAreRefusedOnTheirNextRequest() throws Exception {
        SignIn.as(dbUserDetailsService, "admin");
        UserSummary disabled = create("phien.khoa", Role.UNIT_STAFF);
        create("phien.hacap", Role.PLANNER, Role.LEADER);
        MockHttpSession first = new MockHttpSession();
        MockHttpSession second = new MockHttpSession();
        assertThat(signIn(first, "phien.khoa", PASSWORD)).isEqualTo(302);
        assertThat(signIn(second, "phien.hacap", PASSWORD)).isEqualTo(302);
        assertThat(signedIn(first)).isTrue();
        assertThat(signedIn(second)).isTrue();

        SignIn.as(dbUserDetailsService, "admin"); // the requests above leave the test thread signed out
        userService.setEnabled(disabled.id(), false);
        UserForm lessRights = UserForm.of(userService.list("phien.hacap").getFirst());
        lessRights.setRoles(EnumSet.of(Role.LEADER));
        userService.update(lessRights);

        var disabledNext =
                mvc.perform(get("/evidence/1").session(first)).andReturn().getResponse();
        assertThat(disabledNext.getStatus()).isEqualTo(302);
        assertThat(disabledNext.getRedirectedUrl()).endsWith("/login");
        var demotedNext = mvc.perform(get("/reports/org-units.pdf").session(second))
                .andReturn()
                .getResponse();
        assertThat(demotedNext.getStatus()).isEqualTo(302);
        assertThat(demotedNext.getRedirectedUrl()).endsWith("/login");
        assertThat(first.isInvalid()).isTrue();
        assertThat(second.isInvalid()).isTrue();
    }

    /** As a browser: open the login page (which carries the session's CSRF token), post the form with it. */
    private int signIn(MockHttpSession session, String username, String password) throws Exception {
        // the Vaadin page itself is not served by MockMvc: any request through the chain carries the token
        MvcResult page = mvc.perform(get("/evidence/0").session(session)).andReturn();
        CsrfToken token = (CsrfToken) page.getRequest().getAttribute(CsrfToken.class.getName());
        return mvc.perform(post("/login")
                        .session(session)
                        .param(token.getParameterName(), token.getToken())
                        .param("username", username)
                        .param("password", password))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    /** The session passes the filter chain to an endpoint that needs a signed-in user. */
    private boolean signedIn(MockHttpSession session) throws Exception {
        if (session.isInvalid()) {
            return false;
        }
        var response =
                mvc.perform(get("/evidence/0").session(session)).andReturn().getResponse();
        return response.getStatus() != 302 && response.getStatus() != 401;
    }

    private UserSummary create(String username, Role first, Role... more) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Người Thử Phiên");
        form.setUnitId(units.find("SNV").orElseThrow().id());
        form.setRoles(EnumSet.of(first, more));
        form.setPassword(PASSWORD);
        return userService.create(form);
    }
}
