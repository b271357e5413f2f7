package vn.cchc.portal.assignment.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;
import vn.cchc.portal.shared.BusinessException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Content-addressed store of evidence files.
 *
 * <p>{@link #store} streams an upload to a temporary file while computing its SHA-256 and stops reading one byte
 * past the size limit; then decides the type by content ({@link EvidenceTypeDetector}), checks that the name's
 * extension agrees, and hands the file to where bytes are kept under the key {@code <sha256[0..2]>/<sha256>}:
 * identical uploads are therefore stored once. On any refusal or error the temporary file is deleted.
 *
 * <p>Where the bytes are kept ({@link EvidenceStorage}, property {@code cchc.evidence.store}): in a folder on this
 * node's disk ({@code file}, the embedded single-node default; {@code cchc.evidence.dir}), or in PostgreSQL
 * ({@code database}, the {@code postgres} profile), where every application node reads them and a database backup
 * holds them. Either way a file never appears half written.
 *
 * <p>The store keeps no metadata (the caller keeps {@link StoredEvidence} in its own row) and holds no lock: it is
 * thread-safe, and several application instances may share it. Because bytes are shared between identical
 * uploads, {@link #delete} must only be called once no row references the key any more.
 *
 * <p>{@code cchc.evidence.max-bytes} (a size such as {@code 20MB} or a number of bytes; default 20 MB) limits uploads.
 */
public class EvidenceStore {

    private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);

    static final String TMP_DIR = FileEvidenceBytes.TMP_DIR;
    static final String TMP_SUFFIX = ".part";
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{64}");
    private static final HexFormat HEX = HexFormat.of();
    private static final int BUFFER = 64 * 1024;

    private final EvidenceBytes bytes;
    private final long maxBytes;

    /** A store in a folder (created on first use). */
    public EvidenceStore(Path dir, DataSize maxSize) {
        this(new FileEvidenceBytes(dir), maxSize);
    }

    EvidenceStore(EvidenceBytes bytes, DataSize maxSize) {
        this.bytes = bytes;
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

    /** The (absolute) folder of a store on disk; empty when the bytes are kept in the database. */
    public Optional<Path> directory() {
        return bytes instanceof FileEvidenceBytes files ? Optional.of(files.directory()) : Optional.empty();
    }

    /** Where the bytes are kept, for logs: "folder /srv/…" or "database". */
    public String location() {
        return bytes.toString();
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
            temp = Files.createTempFile(bytes.spoolDirectory(), "upload-", TMP_SUFFIX);
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
            if (EvidenceTypeDetector.isZip(head) && EvidenceTypeDetector.inflatesTooMuch(temp)) {
                log.info("Evidence upload \"{}\" refused: inflates beyond the limits", fileName);
                throw BusinessException.of("error.evidence.inflates", fileName);
            }
            EvidenceType type = EvidenceTypeDetector.detect(head, temp).orElseThrow(() -> refused(fileName, head));
            checkExtension(fileName, type);

            String hash = HEX.formatHex(sha.digest());
            String key = hash.substring(0, 2) + "/" + hash;
            moved = bytes.put(key, temp, size);
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
        checkKey(storageKey);
        try {
            return bytes.open(storageKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a stored file after checking that its bytes still hash to the SHA-256 in its key: reads it whole once
     * (≤ the size limit), then returns a stream over it from its start. The caller closes it.
     *
     * @throws EvidenceUnavailableException if the file is missing or its bytes no longer match
     */
    public InputStream openVerified(String storageKey) {
        String hash;
        try (InputStream in = open(storageKey)) {
            hash = hashOf(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!hash.equals(sha256Of(storageKey))) {
            log.error("Evidence {} does not match its checksum", storageKey);
            throw new EvidenceUnavailableException(EvidenceUnavailableException.Reason.CORRUPTED, storageKey);
        }
        return open(storageKey);
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
        checkKey(storageKey);
        return bytes.exists(storageKey);
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
            checkKey(storageKey);
            return bytes.delete(storageKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses anything that is not a key (so never a path outside the store). */
    private static void checkKey(String storageKey) {
        if (storageKey == null
                || !KEY.matcher(storageKey).matches()
                || !storageKey.regionMatches(0, storageKey, 3, 2)) {
            throw new IllegalArgumentException("Not an evidence storage key: " + storageKey);
        }
    }

    /**
     * Copies the files of a store folder ({@code <folder>/<sha256[0..2]>/<sha256>}, as the file store writes them)
     * that this store lacks, each after checking that its bytes hash to its name; a file that does not is left out
     * and logged. Used once to move an installation's evidence from a node's disk into the database.
     *
     * @return how many files were copied
     */
    public int importFolder(Path folder) {
        int copied = 0;
        try (var files = Files.walk(folder, 2)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String key = folder.relativize(file).toString().replace('\\', '/');
                if (!KEY.matcher(key).matches() || !key.regionMatches(0, key, 3, 2) || bytes.exists(key)) {
                    continue;
                }
                if (importFile(key, file)) {
                    copied++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not import evidence from " + folder, e);
        }
        return copied;
    }

    private boolean importFile(String key, Path file) throws IOException {
        Path temp = Files.createTempFile(bytes.spoolDirectory(), "import-", TMP_SUFFIX);
        boolean moved = false;
        try {
            MessageDigest sha = sha256();
            long size;
            try (InputStream in = Files.newInputStream(file)) {
                size = copy(in, temp, sha);
            }
            if (!HEX.formatHex(sha.digest()).equals(sha256Of(key)) || size > maxBytes) {
                log.error("Evidence import: {} does not match its checksum (or is too large), left out", file);
                return false;
            }
            moved = bytes.put(key, temp, size);
            return true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
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

    private BusinessException refused(String fileName, byte[] head) {
        if (EvidenceTypeDetector.isOle2(head)) {
            log.info("Evidence upload \"{}\" refused: OLE2 (old Office format or password-protected)", fileName);
            return BusinessException.of("error.evidence.oldOffice", fileName);
        }
        log.info(
                "Evidence upload \"{}\" refused by content (starts with {})",
                fileName,
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

    private static String hashOf(InputStream in) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[BUFFER];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            sha.update(buffer, 0, n);
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

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete temporary file {}", file, e);
        }
    }
}
