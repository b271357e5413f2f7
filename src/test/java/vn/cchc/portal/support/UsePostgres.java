package vn.cchc.portal.support;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test (a slice such as {@code @DataJpaTest} or a {@code @SpringBootTest}) against a real
 * PostgreSQL: a fresh database on the per-JVM {@link EmbeddedPostgres} server. Flyway migrates it as in
 * production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = EmbeddedPostgres.ContextInitializer.class)
public @interface UsePostgres {}
