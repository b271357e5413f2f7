package vn.cchc.portal.assignment.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import vn.cchc.portal.shared.BusinessException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Content-addressed store of evidence files on disk.
 *
 * <p>{@link #store} streams an upload to a temporary file in {@code <dir>/tmp} while computing its SHA-256 and stops
 * reading one byte past the size limit; then decides the type by content ({@link EvidenceTypeDetector}), checks that
 * the name's extension agrees, and atomically moves the file to {@code <dir>/<sha256[0..2]>/<sha256>}. Identical
 * uploads are therefore stored once, and a file never appears under its final name half written. On any refusal or
 * error the temporary file is deleted: nothing is left on disk.
 *
 * <p>The store keeps no metadata (the caller keeps {@link StoredEvidence} in its own row) and holds no lock: it is
 * thread-safe, and several application instances may share the folder. Because files are shared between identical
 * uploads, {@link #delete} must only be called once no row references the key any more.
 *
 * <p>Configuration: {@code cchc.evidence.dir} (default {@code ./data/evidence}), {@code cchc.evidence.max-bytes}
 * (a size such as {@code 20MB} or a number of bytes; default 20 MB). The folder is created on first use.
 */
@Component
public class EvidenceStore {

    private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);

    static final String TMP_DIR = "tmp";
    private static final String TMP_SUFFIX = ".part";
    /** Temporary files older than this are left-overs of a crash and removed on first use. */
    private static final Duration STALE_TMP = Duration.ofDays(1);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{64}");
    private static final HexFormat HEX = HexFormat.of();
    private static final int BUFFER = 64 * 1024;

    private final Path dir;
    private final Path tmpDir;
    private final long maxBytes;
    private volatile boolean ready;

    @Autowired
    public EvidenceStore(@Value("${cchc.evidence.dir:./data/evidence}") String dir,
                         @Value("${cchc.evidence.max-bytes:20MB}") DataSize maxSize) {
        this(Path.of(dir), maxSize);
    }

    public EvidenceStore(Path dir, DataSize maxSize) {
        this.dir = dir.toAbsolutePath().normalize();
        this.tmpDir = this.dir.resolve(TMP_DIR);
        this.maxBytes = maxSize.toBytes();
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("cchc.evidence.max-bytes must be positive: " + maxSize);
        }
    }

    /** The size limit in bytes, e.g. for the upload component. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The limit as shown to users: "20 MB", "1,5 MB", "512 KB". */
    public String maxSizeText() {
        return formatSize(maxBytes);
    }

    /** The (absolute) folder of the store. */
    public Path directory() {
        return dir;
    }

    /**
     * Stores an upload. Reads {@code content} up to one byte past the limit; does not close it.
     *
     * @param originalName the name the browser sent; cleaned by {@link EvidenceFileNames#sanitize}
     * @throws BusinessException with a Vietnamese message if the file is refused: empty name, empty file, too big,
     *                           not an accepted type by content, old Word/Excel or password-protected, or the name's
     *                           extension does not agree with the content
     * @throws UncheckedIOException if reading the upload or writing the store fails
     */
    public StoredEvidence store(String originalName, InputStream content) {
        Objects.requireNonNull(content, "content");
        String fileName = EvidenceFileNames.sanitize(originalName);
        if (fileName.isEmpty()) {
            throw BusinessException.of("error.evidence.badName");
        }
        Path temp = null;
        boolean moved = false;
        try {
            ensureReady();
            temp = Files.createTempFile(tmpDir, "upload-", TMP_SUFFIX);
            MessageDigest sha = sha256();
            long size = copy(content, temp, sha);
            if (size > maxBytes) {
                log.info("Evidence upload \"{}\" refused: larger than {} bytes", fileName, maxBytes);
                throw BusinessException.of("error.evidence.tooBig", formatSize(maxBytes));
            }
            if (size == 0) {
                throw BusinessException.of("error.evidence.empty");
            }
            byte[] head = EvidenceTypeDetector.head(temp);
            EvidenceType type = EvidenceTypeDetector.detect(head, temp).orElseThrow(() -> refused(fileName, head));
            checkExtension(fileName, type);

            String hash = HEX.formatHex(sha.digest());
            String key = hash.substring(0, 2) + "/" + hash;
            Path target = dir.resolve(key);
            Files.createDirectories(target.getParent());
            if (Files.isRegularFile(target) && Files.size(target) == size) {
                // Same SHA-256 and size: taken as the same bytes (a same-size damaged copy is found by verify()).
                log.debug("Evidence \"{}\" already stored as {}", fileName, key);
            } else {
                moved = moveIntoPlace(temp, target, size);
            }
            log.debug("Evidence \"{}\" ({}, {} bytes) stored as {}", fileName, type, size, key);
            return new StoredEvidence(key, fileName, type, size, hash);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store evidence \"" + fileName + "\"", e);
        } finally {
            if (temp != null && !moved) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * Opens a stored file for reading, without checking it (cheap; for previews and downloads where the
     * checksum was verified recently). The caller closes the stream.
     *
     * @throws IllegalArgumentException if the key is not of the form {@code ab/ab…} (64 hex digits)
     * @throws EvidenceUnavailableException ({@link EvidenceUnavailableException.Reason#MISSING}) if there is no file
     */
    public InputStream open(String storageKey) {
        Path file = resolve(storageKey);
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new EvidenceUnavailableException(EvidenceUnavailableException.Reason.MISSING, storageKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a stored file after checking that its bytes still hash to the SHA-256 in its key: reads the whole file
     * once (≤ the size limit), then returns a stream over the same open file from its start. The caller closes it.
     *
     * @throws EvidenceUnavailableException if the file is missing or its bytes no longer match
     */
    public InputStream openVerified(String storageKey) {
        Path file = resolve(storageKey);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            if (!hashOf(channel).equals(sha256Of(storageKey))) {
                log.error("Evidence {} does not match its checksum", storageKey);
                throw new EvidenceUnavailableException(EvidenceUnavailableException.Reason.CORRUPTED, storageKey);
            }
            channel.position(0);
            InputStream in = Channels.newInputStream(channel);
            channel = null;
            return in;
        } catch (NoSuchFileException e) {
            throw new EvidenceUnavailableException(EvidenceUnavailableException.Reason.MISSING, storageKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    /** Whether the file under the key exists and still hashes to the key's SHA-256 (for an integrity check job). */
    public boolean verify(String storageKey) {
        try (InputStream ignored = openVerified(storageKey)) {
            return true;
        } catch (EvidenceUnavailableException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a file is stored under the key. */
    public boolean exists(String storageKey) {
        return Files.isRegularFile(resolve(storageKey));
    }

    /**
     * Deletes the file under the key, if any. Identical uploads share one file, so call this only when no metadata
     * row references the key any more (e.g. from a clean-up job); a concurrent {@link #store} of the same bytes may
     * otherwise return a key whose file is gone.
     *
     * @return whether a file was deleted
     */
    public boolean delete(String storageKey) {
        try {
            return Files.deleteIfExists(resolve(storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the bytes of the key are; refuses anything that is not a key (so never a path outside the store). */
    Path resolve(String storageKey) {
        if (storageKey == null || !KEY.matcher(storageKey).matches()
                || !storageKey.regionMatches(0, storageKey, 3, 2)) {
            throw new IllegalArgumentException("Not an evidence storage key: " + storageKey);
        }
        return dir.resolve(storageKey);
    }

    static String formatSize(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        number.setMaximumFractionDigits(1);
        if (bytes >= 1024L * 1024) {
            return number.format(bytes / (1024.0 * 1024)) + " MB";
        }
        if (bytes >= 1024) {
            return number.format(bytes / 1024.0) + " KB";
        }
        return bytes + " byte";
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Copies at most maxBytes + 1 bytes to the file, flushed to disk; returns the number copied. */
    private long copy(InputStream content, Path temp, MessageDigest sha) throws IOException {
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            while (size <= maxBytes) {
                int n = content.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - size));
                if (n < 0) {
                    break;
                }
                sha.update(buffer, 0, n);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                size += n;
            }
            if (size <= maxBytes) {
                out.force(true);
            }
        }
        return size;
    }

    /** Atomic rename into place; returns whether the temporary file was moved (false: an identical one won). */
    private boolean moveIntoPlace(Path temp, Path target, long size) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException e) {
            // A concurrent store of the same bytes won the race (platforms whose atomic rename does not replace).
            if (Files.size(target) == size) {
                return false;
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The evidence folder must allow atomic renames from " + tmpDir + " to " + target, e);
        }
    }

    private BusinessException refused(String fileName, byte[] head) {
        if (EvidenceTypeDetector.isOle2(head)) {
            log.info("Evidence upload \"{}\" refused: OLE2 (old Office format or password-protected)", fileName);
            return BusinessException.of("error.evidence.oldOffice", fileName);
        }
        log.info("Evidence upload \"{}\" refused by content (starts with {})", fileName,
                HEX.formatHex(Arrays.copyOf(head, Math.min(head.length, 8))));
        return BusinessException.of("error.evidence.badType", fileName);
    }

    /**
     * The name must carry an extension of the detected type, in any case ("Báo cáo.PDF" is fine): a PDF named
     * "baocao.docx" or "baocao" is refused rather than renamed, so that what the user sees in the list is what
     * opens when downloaded, and the user is told the right name.
     */
    private static void checkExtension(String fileName, EvidenceType type) {
        String extension = EvidenceFileNames.extension(fileName);
        if (type.acceptsExtension(extension)) {
            return;
        }
        String suggestion = EvidenceFileNames.withExtension(fileName, type);
        if (extension.isEmpty()) {
            throw BusinessException.of("error.evidence.noExtension", fileName, type.name(), suggestion);
        }
        throw BusinessException.of("error.evidence.wrongExtension", fileName, type.name(), extension, suggestion);
    }

    /** Creates the folders (again, if someone removed them) and, once, removes stale temporary files. */
    private void ensureReady() throws IOException {
        Files.createDirectories(tmpDir);
        if (ready) {
            return;
        }
        synchronized (this) {
            if (!ready) {
                purgeStaleTemporaryFiles();
                ready = true;
            }
        }
    }

    private void purgeStaleTemporaryFiles() {
        Instant before = Instant.now().minus(STALE_TMP);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmpDir, "*" + TMP_SUFFIX)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not clean up {}", tmpDir, e);
        }
    }

    private static String hashOf(FileChannel channel) throws IOException {
        MessageDigest sha = sha256();
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        while (channel.read(buffer) >= 0) {
            buffer.flip();
            sha.update(buffer);
            buffer.clear();
        }
        return HEX.formatHex(sha.digest());
    }

    private static String sha256Of(String storageKey) {
        return storageKey.substring(3);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete temporary file {}", file, e);
        }
    }
}
