package vn.cchc.portal.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Every Spring test context has a security context holder strategy of its own (Vaadin's session-aware one), and
 * each context installs its own as the JVM-wide one when it starts. Tests of a context started earlier would then
 * sign in through the newest context's strategy while their method security reads their own, and find nobody
 * signed in. Before each test this puts back the strategy of the test's own context, so test classes with different
 * configurations (a database of their own, other properties) can run in any order. Registered for every Spring test
 * in {@code META-INF/spring.factories}; runs before Spring Security's {@code @WithUserDetails} listener.
 */
public class ContextSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 1000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
