package vn.cchc.portal.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.portal.Application;

/**
 * The application as benchmarks run it: production mode on a free port, an in-memory H2 database of its own with the
 * demo data, no deadline job, quiet logs; the planner signed in on the calling thread.
 */
final class BenchApp {

    private BenchApp() {
    }

    static ConfigurableApplicationContext start(String name, String[] args) {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .properties("server.port=0", "vaadin.productionMode=true",
                        "spring.datasource.url=jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "cchc.deadlines.cron=-", "logging.level.root=warn",
                        "cchc.evidence.dir=" + System.getProperty("java.io.tmpdir") + "/" + name + "-evidence")
                .run(args);
        UserDetails planner = app.getBean("dbUserDetailsService", UserDetailsService.class)
                .loadUserByUsername("chuyenvien.snv");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(planner, null, planner.getAuthorities()));
        return app;
    }
}
