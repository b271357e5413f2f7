package vn.cchc.portal.support;

import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test on the demo as {@code ./mvnw -Pdemo} starts it: the Gia Lai 2025 restructuring applied after the
 * 2023–2025 plans (districts ended on 30/06/2025), the live year on the departments and the new communes and wards,
 * the accounts of the new ward. One context and in-memory database shared by every class with this annotation (the
 * other test contexts keep the 2024 structure, see {@code config/application.properties}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@UseH2
@TestPropertySource(properties = "cchc.demo.restructuring=true")
public @interface RestructuredDemo {}
