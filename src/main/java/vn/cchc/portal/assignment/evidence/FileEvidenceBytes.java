package vn.cchc.portal.assignment.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Evidence bytes in a folder: {@code <dir>/<sha256[0..2]>/<sha256>}, uploads spooled in {@code <dir>/tmp} and moved
 * into place atomically, so a file never appears half written. The folder is one node's disk and is not in a
 * database backup: this is the embedded single-node store. Temporary files older than a day (a crash) are removed
 * on first use.
 */
final class FileEvidenceBytes implements EvidenceBytes {

    private static final Logger log = LoggerFactory.getLogger(FileEvidenceBytes.class);
    static final String TMP_DIR = "tmp";
    private static final Duration STALE_TMP = Duration.ofDays(1);

    private final Path dir;
    private final Path tmpDir;
    private volatile boolean ready;

    FileEvidenceBytes(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
        this.tmpDir = this.dir.resolve(TMP_DIR);
    }

    Path directory() {
        return dir;
    }

    @Override
    public Path spoolDirectory() throws IOException {
        Files.createDirectories(tmpDir);
        if (!ready) {
            synchronized (this) {
                if (!ready) {
                    purgeStaleTemporaryFiles();
                    ready = true;
                }
            }
        }
        return tmpDir;
    }

    @Override
    public boolean put(String key, Path spooled, long size) throws IOException {
        Path target = dir.resolve(key);
        Files.createDirectories(target.getParent());
        if (Files.isRegularFile(target) && Files.size(target) == size) {
            // Same SHA-256 and size: taken as the same bytes (a same-size damaged copy is found by verify()).
            return false;
        }
        try {
            Files.move(spooled, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException e) {
            // A concurrent store of the same bytes won the race (platforms whose atomic rename does not replace).
            if (Files.size(target) == size) {
                return false;
            }
            Files.move(spooled, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The evidence folder must allow atomic renames from " + tmpDir + " to " + target, e);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return Files.newInputStream(dir.resolve(key));
        } catch (NoSuchFileException e) {
            throw new EvidenceUnavailableException(EvidenceUnavailableException.Reason.MISSING, key);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(dir.resolve(key));
    }

    @Override
    public boolean delete(String key) throws IOException {
        return Files.deleteIfExists(dir.resolve(key));
    }

    private void purgeStaleTemporaryFiles() {
        Instant before = Instant.now().minus(STALE_TMP);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmpDir, "*" + EvidenceStore.TMP_SUFFIX)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    EvidenceStore.deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not clean up {}", tmpDir, e);
        }
    }

    @Override
    public String toString() {
        return "folder " + dir;
    }
}
