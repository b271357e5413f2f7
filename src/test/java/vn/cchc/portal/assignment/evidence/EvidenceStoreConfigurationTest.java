package vn.cchc.portal.assignment.evidence;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store as a Spring bean: where it keeps files, its size limit written as "5MB" or bytes. */
class EvidenceStoreConfigurationTest {

    private static EvidenceStore bean(String... properties) {
        // no application.properties: only the given properties and the store's own defaults count
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EvidenceStorage.class)
                .web(WebApplicationType.NONE)
                .properties("spring.config.name=no-application-properties")
                .properties(properties)
                .run()) {
            return context.getBean(EvidenceStore.class);
        }
    }

    @Test
    void theSingleNodeConfigurationKeepsFilesInDataEvidenceAndThePostgresProfileInTheDatabase() throws Exception {
        Properties main = new Properties();
        Properties postgres = new Properties();
        try (var in = getClass().getResourceAsStream("/application.properties");
                var pg = getClass().getResourceAsStream("/application-postgres.properties")) {
            main.load(in);
            postgres.load(pg);
        }

        assertThat(main)
                .containsEntry("cchc.evidence.store", "file")
                .containsEntry("cchc.evidence.dir", "./data/evidence");
        assertThat(postgres).containsEntry("cchc.evidence.store", "database");
        EvidenceStore store = bean("cchc.evidence.dir=" + main.getProperty("cchc.evidence.dir"));
        assertThat(store.directory()).contains(Path.of("data", "evidence").toAbsolutePath());
        assertThat(store.maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(store.maxSizeText()).isEqualTo("20 MB");
    }

    @Test
    void theFolderAndTheLimitComeFromCchcEvidenceProperties() {
        EvidenceStore store = bean("cchc.evidence.dir=/srv/cchc/minh-chung", "cchc.evidence.max-bytes=5MB");
        EvidenceStore inBytes = bean("cchc.evidence.dir=/srv/cchc/minh-chung", "cchc.evidence.max-bytes=1048576");

        assertThat(store.directory()).contains(Path.of("/srv/cchc/minh-chung"));
        assertThat(store.location()).isEqualTo("folder /srv/cchc/minh-chung");
        assertThat(store.maxBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(inBytes.maxBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void aFileStoreWithoutAFolderOrAnUnknownKindOfStoreStopsTheStartWithTheReason() {
        assertThatThrownBy(EvidenceStoreConfigurationTest::bean)
                .hasStackTraceContaining("cchc.evidence.store=file needs cchc.evidence.dir");
        assertThatThrownBy(() -> bean("cchc.evidence.store=s3"))
                .hasStackTraceContaining("cchc.evidence.store must be 'file' or 'database', not 's3'");
    }
}
