package vn.cchc.portal.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** In-memory H2 databases with the application's compatibility flags, one per Spring test context. */
public final class H2TestDatabase {

    /** The flags of the application's H2 URL ({@code jdbc:h2:file:./data/cchc;...}). */
    public static final String URL_FLAGS =
            "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=30000";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private H2TestDatabase() {}

    /** URL of a new, empty in-memory database that lives until the JVM ends. */
    public static String newUrl() {
        return "jdbc:h2:mem:cchc_test_" + DATABASES.incrementAndGet() + ";" + URL_FLAGS + ";DB_CLOSE_DELAY=-1";
    }

    /** Points {@code spring.datasource.*} at a new in-memory H2 database. Registered by {@link UseH2}. */
    public static final class ContextInitializer
            implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("spring.datasource.url", newUrl());
            props.put("spring.datasource.username", "sa");
            props.put("spring.datasource.password", "");
            props.put("spring.datasource.driver-class-name", "org.h2.Driver");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("h2TestDatabase", props));
        }
    }
}
