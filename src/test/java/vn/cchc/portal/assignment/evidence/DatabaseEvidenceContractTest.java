package vn.cchc.portal.assignment.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.portal.assignment.evidence.EvidenceFixtures.*;

/**
 * Evidence bytes kept in the database (Flyway V15), as every node of a cluster reads them: chunked, streamed back,
 * stored once per content even when two nodes store it at the same moment, gone with a rolled-back caller, and
 * imported from a node's old evidence folder. Abstract: {@link DatabaseEvidenceH2Test} and
 * {@link DatabaseEvidencePostgresTest} run it on both databases.
 */
@JdbcTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class DatabaseEvidenceContractTest {

    /** Small chunks, so that an ordinary test file spans several rows. */
    private static final int CHUNK = 1000;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path folder;

    /** One node's view of the database store. */
    private EvidenceStore node() {
        return new EvidenceStore(new DatabaseEvidenceBytes(jdbc, transactions, CHUNK), DataSize.ofMegabytes(20));
    }

    @BeforeEach
    void empty() {
        jdbc.update("delete from evidence_chunk");
        jdbc.update("delete from evidence_content");
    }

    /** A real PDF followed by random bytes: several chunks long. */
    private static byte[] largePdf(long seed) {
        byte[] tail = new byte[5 * CHUNK + 123];
        new Random(seed).nextBytes(tail);
        return concat(pdf("Báo cáo " + seed), tail);
    }

    private int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void aFileIsKeptInChunksUnderItsSha256AndReadBackWhole() throws IOException {
        byte[] content = largePdf(1);

        StoredEvidence stored = node().store("Báo cáo quý I.pdf", new ByteArrayInputStream(content));

        assertThat(stored.storageKey()).isEqualTo(sha256(content).substring(0, 2) + "/" + sha256(content));
        assertThat(stored.type()).isEqualTo(EvidenceType.PDF);
        assertThat(jdbc.queryForObject(
                        "select size_bytes from evidence_content where storage_key = ?",
                        Long.class,
                        stored.storageKey()))
                .isEqualTo(content.length);
        assertThat(rows("evidence_chunk")).isEqualTo((content.length + CHUNK - 1) / CHUNK);
        try (InputStream in = node().open(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (InputStream in = node().openVerified(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(node().exists(stored.storageKey())).isTrue();
        assertThat(node().directory()).isEmpty();
    }

    @Test
    void theSameBytesStoredByTwoNodesAtOnceAreKeptOnceAndEveryStoreSucceeds() throws Exception {
        byte[] same = largePdf(2);
        EvidenceStore nodeA = node();
        EvidenceStore nodeB = node();
        List<Callable<StoredEvidence>> stores = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            EvidenceStore node = i % 2 == 0 ? nodeA : nodeB;
            stores.add(() -> node.store("cung.pdf", new ByteArrayInputStream(same)));
        }

        List<StoredEvidence> results = new java.util.ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (Future<StoredEvidence> future : pool.invokeAll(stores)) {
                results.add(future.get());
            }
        }

        assertThat(results).extracting(StoredEvidence::sha256).containsOnly(sha256(same));
        assertThat(rows("evidence_content")).isEqualTo(1);
        try (InputStream in = nodeB.openVerified(results.getFirst().storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(same);
        }
    }

    @Test
    void bytesStoredInATransactionThatRollsBackAreGoneWithIt() {
        byte[] content = largePdf(3);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            node().store("a.pdf", new ByteArrayInputStream(content));
            assertThat(rows("evidence_content")).isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(rows("evidence_content")).isZero();
        assertThat(rows("evidence_chunk")).isZero();
    }

    @Test
    void aMissingKeyADeletedFileAndADamagedChunkAreReportedAsSuch() {
        byte[] content = largePdf(4);
        StoredEvidence kept = node().store("a.pdf", new ByteArrayInputStream(content));
        StoredEvidence deleted = node().store("b.pdf", new ByteArrayInputStream(largePdf(5)));
        assertThat(node().delete(deleted.storageKey())).isTrue();
        jdbc.update(
                "update evidence_chunk set data = ? where storage_key = ? and seq = 2",
                new byte[] {1, 2, 3},
                kept.storageKey());

        assertThatThrownBy(() -> node().open(deleted.storageKey()))
                .isInstanceOf(EvidenceUnavailableException.class)
                .extracting(e -> ((EvidenceUnavailableException) e).reason())
                .isEqualTo(EvidenceUnavailableException.Reason.MISSING);
        assertThatThrownBy(() -> node().openVerified(kept.storageKey()))
                .isInstanceOf(EvidenceUnavailableException.class)
                .extracting(e -> ((EvidenceUnavailableException) e).reason())
                .isEqualTo(EvidenceUnavailableException.Reason.CORRUPTED);
        assertThat(node().verify(kept.storageKey())).isFalse();
        assertThat(node().exists(deleted.storageKey())).isFalse();
        assertThat(rows("evidence_chunk")).isEqualTo((content.length + CHUNK - 1) / CHUNK);
    }

    @Test
    void theFilesOfANodesOldEvidenceFolderAreImportedOnceAndTamperedOnesAreLeftOut() throws IOException {
        EvidenceStore onDisk = new EvidenceStore(folder, DataSize.ofMegabytes(20));
        byte[] content = largePdf(6);
        StoredEvidence good = onDisk.store("a.pdf", new ByteArrayInputStream(content));
        StoredEvidence tampered = onDisk.store("b.png", new ByteArrayInputStream(png()));
        Files.write(folder.resolve(tampered.storageKey()), new byte[] {9, 9, 9});

        int first = node().importFolder(folder);
        int second = node().importFolder(folder);

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        try (InputStream in = node().openVerified(good.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(node().exists(tampered.storageKey())).isFalse();
    }
}
