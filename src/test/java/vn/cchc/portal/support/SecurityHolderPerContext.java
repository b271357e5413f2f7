package vn.cchc.portal.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several Spring contexts live side by side in one test JVM (cached per configuration). Each one with Vaadin's
 * security installs its own {@link SecurityContextHolderStrategy} into the static {@link SecurityContextHolder}
 * when it starts, so the context started last would win: code that signs in through the static holder (fixtures,
 * {@code SystemPrincipal}) would then be invisible to the method security of a context started earlier. Before
 * each test method this puts the strategy of the test's own context back. Registered in
 * {@code src/test/resources/META-INF/spring.factories}.
 */
public final class SecurityHolderPerContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }

    /** Before the listener that signs in the user of {@code @WithUserDetails}. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
