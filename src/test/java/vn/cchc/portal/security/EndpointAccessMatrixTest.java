package vn.cchc.portal.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Role × HTTP endpoint through the real filter chain and services: every forbidden cell is denied (403 for a signed-in
 * user, the login page for a visitor), every allowed cell answers, and a missing object answers exactly like a
 * forbidden one. (Role × view is {@code ViewAccessTest}; role × object is in the services' access tests.)
 */
@SpringBootTest
class EndpointAccessMatrixTest {

    /** Demo users, one per role; null is the anonymous visitor. */
    private static final List<String> USERS = java.util.Arrays.asList(
            null, "admin", "chuyenvien.snv", "lanhdao.ubnd", "giamdoc.stp", "canbo.stp", "chutich.iator");

    private static final Set<String> REPORT_READERS = Set.of("admin", "chuyenvien.snv", "lanhdao.ubnd");

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService dbUserDetailsService;

    private MockMvc mvc;

    @BeforeEach
    void filterChain() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void everyForbiddenCellOfTheRoleEndpointMatrixIsDenied() throws Exception {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        allowed.put("/reports/org-units.pdf", REPORT_READERS);
        allowed.put("/reports/org-units.xlsx", REPORT_READERS);
        allowed.put("/reports/org-units.docx", REPORT_READERS);
        allowed.put("/evidence/" + Long.MAX_VALUE, Set.of()); // missing: nobody, and answered as forbidden
        allowed.put("/evidence/0", Set.of());

        List<String> wrong = new ArrayList<>();
        int denied = 0;
        for (var endpoint : allowed.entrySet()) {
            for (String username : USERS) {
                int status = status(endpoint.getKey(), username);
                boolean mayOpen = username != null && endpoint.getValue().contains(username);
                int expected = mayOpen ? 200 : username == null ? 302 : 403;
                if (status != expected) {
                    wrong.add(endpoint.getKey() + " as " + username + ": " + status + " instead of " + expected);
                }
                if (!mayOpen) {
                    denied++;
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(denied).isEqualTo(26); // 4 of 7 users × 3 reports + 7 × 2 evidence addresses
    }

    @Test
    void aMissingEvidenceFileAnswersExactlyLikeAForbiddenOne() throws Exception {
        var missing = mvc.perform(as(get("/evidence/" + Long.MAX_VALUE), "giamdoc.stp"))
                .andReturn()
                .getResponse();
        var none =
                mvc.perform(as(get("/evidence/0"), "giamdoc.stp")).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(403);
        assertThat(missing.getContentAsString())
                .isEqualTo(none.getContentAsString().replace("/evidence/0", "/evidence/" + Long.MAX_VALUE));
    }

    private int status(String path, String username) throws Exception {
        return mvc.perform(as(get(path), username)).andReturn().getResponse().getStatus();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
        return username == null ? request : request.with(user(dbUserDetailsService.loadUserByUsername(username)));
    }
}
