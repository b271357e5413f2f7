package vn.cchc.portal.support;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import java.util.List;

/**
 * Gives every Spring test context one settable clock: a {@link MutableClock} bean, primary over the portal's
 * system clock, set back to {@link MutableClock#DEFAULT} before each test method. Both halves are registered in
 * {@code src/test/resources/META-INF/spring.factories}; tests just autowire {@code MutableClock}.
 */
public final class TestClock {

    static final String BEAN = "testClock";

    private TestClock() {}

    /** Registers the clock bean in each context (one customizer for all, so contexts are still shared). */
    public static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer();
        }
    }

    /** Sets the clock of the test's context back to the default before each test method. */
    public static final class Reset implements TestExecutionListener, Ordered {

        @Override
        public void beforeTestMethod(TestContext testContext) {
            if (testContext.hasApplicationContext()) {
                ApplicationContext context = testContext.getApplicationContext();
                if (context.containsBean(BEAN)) {
                    context.getBean(BEAN, MutableClock.class).reset();
                }
            }
        }

        /** Before the listeners that open transactions or sign users in, which may already read the clock. */
        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            RootBeanDefinition clock = new RootBeanDefinition(MutableClock.class);
            clock.setPrimary(true);
            ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition(BEAN, clock);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
