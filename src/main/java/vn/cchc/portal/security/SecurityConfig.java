package vn.cchc.portal.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import vn.cchc.portal.security.ui.LoginView;

/**
 * Form login on the Vaadin login view, database users, method security on every service; the login POST needs the
 * CSRF token the login page carries; every signed-in session is registered so that disabling a user or changing their
 * rights ends it; headers: a CSP Vaadin runs under, framing only by the portal itself, no MIME sniffing, referrer
 * only to the portal.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * Vaadin's client evaluates server-sent JavaScript ({@code executeJs}: 'unsafe-eval') and its bootstrap and Lumo
     * use inline scripts and styles; everything comes from the portal itself (push uses same-origin websockets).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'self'; form-action 'self'; base-uri 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions, CsrfTokenRepository csrfTokens)
            throws Exception {
        // Document downloads are plain Spring MVC endpoints: their rules must come before Vaadin's.
        // The stylesheets and the page icon (asked for by the login page too) are public.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/icons/**")
                .permitAll()
                // health for the proxy and the service manager; anything else there answers 404 (HiddenEndpoints)
                .requestMatchers("/actuator/**")
                .permitAll()
                .requestMatchers("/reports/**", "/evidence/**")
                .authenticated());
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens));
        // An address that is no route goes to Vaadin for a signed-in user, whose "not found" page answers 404
        // (Vaadin's default here, deny all, answered an empty 403); anonymous callers are sent to the login page.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).anyRequest(any -> any.authenticated()));
        // Vaadin exempts its login path from CSRF; the login form sends the token, so the POST is checked here.
        http.addFilterBefore(loginCsrf(csrfTokens), UsernamePasswordAuthenticationFilter.class);
        http.sessionManagement(session -> session.maximumSessions(-1)
                .sessionRegistry(sessions)
                .expiredSessionStrategy(event ->
                        new UidlRedirectStrategy().sendRedirect(event.getRequest(), event.getResponse(), "/login")));
        http.headers(headers -> headers.contentTypeOptions(options -> {})
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    private static CsrfFilter loginCsrf(CsrfTokenRepository tokens) {
        CsrfFilter filter = new CsrfFilter(tokens);
        filter.setRequireCsrfProtectionMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"));
        filter.setAccessDeniedHandler((request, response, denied) -> {
            vn.cchc.portal.shared.SecurityLog.event(
                    vn.cchc.portal.shared.SecurityLog.Action.LOGIN_FAILED,
                    request.getParameter("username"),
                    null,
                    "csrf");
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write("<!doctype html><meta charset=utf-8><title>CCHC Portal</title>"
                            + "<p>Trang đăng nhập đã hết hạn. <a href=\"login\">Mở lại trang đăng nhập</a>.</p>");
        });
        return filter;
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new HttpSessionCsrfTokenRepository();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry about ended sessions and changed session ids. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new PortalPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
