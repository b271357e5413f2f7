package vn.cchc.portal.assignment.evidence;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The store as a Spring bean: its two properties, their defaults, and sizes written as "5MB" or bytes. */
class EvidenceStoreConfigurationTest {

    private static EvidenceStore bean(String... properties) {
        // no application.properties: only the given properties and the store's own defaults count
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EvidenceStore.class)
                .web(WebApplicationType.NONE).properties("spring.config.name=no-application-properties")
                .properties(properties).run()) {
            return context.getBean(EvidenceStore.class);
        }
    }

    @Test
    void withoutSettingsTheStoreIsDataEvidenceWithTwentyMegabytesAndNothingIsCreatedAtStartup() {
        EvidenceStore store = bean();

        assertThat(store.directory()).isEqualTo(Path.of("data", "evidence").toAbsolutePath());
        assertThat(store.maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(store.maxSizeText()).isEqualTo("20 MB");
    }

    @Test
    void theFolderAndTheLimitComeFromCchcEvidenceProperties() {
        EvidenceStore store = bean("cchc.evidence.dir=/srv/cchc/minh-chung", "cchc.evidence.max-bytes=5MB");
        EvidenceStore inBytes = bean("cchc.evidence.max-bytes=1048576");

        assertThat(store.directory()).isEqualTo(Path.of("/srv/cchc/minh-chung"));
        assertThat(store.maxBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(inBytes.maxBytes()).isEqualTo(1024 * 1024);
    }
}
