package vn.cchc.portal.shared;

/**
 * When the demo data (accounts, plans, live year, indicator values) is loaded: always on the embedded H2 database,
 * and on PostgreSQL when the {@code demo} profile is added ({@code --spring.profiles.active=postgres,demo}, used by
 * the load test); never under {@code prod}.
 */
public final class DemoProfile {

    /** Profile expression for the demo data beans. */
    public static final String ACTIVE = "!prod & (demo | !postgres)";

    /**
     * Whether the demo moves to the structure in force since 01/07/2025 (default) and loads the live year on it;
     * {@code false} keeps the 2024 structure (districts) and a live year addressing it.
     */
    public static final String RESTRUCTURED = "cchc.demo.restructuring";

    /** {@link #RESTRUCTURED} as a {@code @Value} expression, true when unset. */
    public static final String RESTRUCTURED_VALUE = "${" + RESTRUCTURED + ":true}";

    private DemoProfile() {}
}
