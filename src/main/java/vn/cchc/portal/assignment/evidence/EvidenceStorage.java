package vn.cchc.portal.assignment.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The evidence store of this application: {@code cchc.evidence.store=file} keeps the bytes in the folder
 * {@code cchc.evidence.dir} (the embedded single-node default, see application.properties); {@code database} keeps
 * them in PostgreSQL, shared by every node and in every backup (the {@code postgres} profile).
 *
 * <p>Moving an existing installation from the folder to the database: start once with
 * {@code cchc.evidence.import-dir=<the old folder>}; files not yet in the database are checked against their
 * SHA-256 and copied (any node may do it, at any time; running it again copies nothing twice).
 */
@Configuration(proxyBeanMethods = false)
class EvidenceStorage {

    private static final Logger log = LoggerFactory.getLogger(EvidenceStorage.class);

    @Bean
    EvidenceStore evidenceStore(
            @Value("${cchc.evidence.store:file}") String kind,
            @Value("${cchc.evidence.dir:}") String dir,
            @Value("${cchc.evidence.max-bytes:20MB}") DataSize maxSize,
            ObjectProvider<JdbcTemplate> jdbc,
            ObjectProvider<PlatformTransactionManager> transactions) {
        EvidenceStore store = switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "file" -> {
                if (dir.isBlank()) {
                    throw new IllegalStateException(
                            "cchc.evidence.store=file needs cchc.evidence.dir, the folder of " + "the evidence files");
                }
                yield new EvidenceStore(Path.of(dir), maxSize);
            }
            case "database" ->
                new EvidenceStore(new DatabaseEvidenceBytes(jdbc.getObject(), transactions.getObject()), maxSize);
            default ->
                throw new IllegalStateException("cchc.evidence.store must be 'file' or 'database', not '" + kind + "'");
        };
        log.info("Evidence files are kept in the {}", store.location());
        return store;
    }

    @Bean
    ApplicationRunner evidenceFolderImport(
            EvidenceStore store, @Value("${cchc.evidence.import-dir:}") String importDir) {
        return args -> {
            if (!importDir.isBlank()) {
                int copied = store.importFolder(Path.of(importDir));
                log.info("Evidence import from {}: {} file(s) copied into the {}", importDir, copied, store.location());
            }
        };
    }
}
