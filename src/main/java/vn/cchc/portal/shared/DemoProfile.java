package vn.cchc.portal.shared;

/**
 * When the demo data (accounts, plans, live year, indicator values) is loaded: always on the embedded H2 database,
 * and on PostgreSQL when the {@code demo} profile is added ({@code --spring.profiles.active=postgres,demo}, used by
 * the load test); never under {@code prod}.
 */
public final class DemoProfile {

    /** Profile expression for the demo data beans. */
    public static final String ACTIVE = "!prod & (demo | !postgres)";

    private DemoProfile() {}
}
