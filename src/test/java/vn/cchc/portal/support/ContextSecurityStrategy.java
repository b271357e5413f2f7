package vn.cchc.portal.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points the static {@link SecurityContextHolder} at the strategy of the test's own application context. Vaadin
 * installs a strategy per context (with a thread-local of its own) when the context starts; with several cached
 * contexts the last one started would otherwise win, and a test of another context would sign in where its
 * services do not look. Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class ContextSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 2500; // after dependency injection has loaded the context, before security test annotations
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        use(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        use(testContext);
    }

    private static void use(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
