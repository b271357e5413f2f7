package vn.cchc.portal.assignment.evidence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Evidence bytes in the database, so that every application node reads them and a {@code pg_dump} holds them:
 * table {@code evidence_content} (one row per storage key: size and number of chunks) and {@code evidence_chunk}
 * (the bytes as {@code bytea}, at most {@link #CHUNK} per row). Uploads are written chunk by chunk from the checked
 * temporary file and read back chunk by chunk while the download is sent, so no file is ever held in memory whole
 * and a slow download holds no database connection between chunks.
 *
 * <p>The rows of one key are written in one transaction (the caller's, when there is one: an evidence row that
 * fails to save takes its bytes with it). Two nodes storing the same bytes at once are fine: the second insert of
 * the key finds the first ({@code on conflict do nothing}) and writes nothing. Content never changes once written.
 */
final class DatabaseEvidenceBytes implements EvidenceBytes {

    /** Bytes per row: large enough for few round trips, small enough to keep a download's memory flat. */
    static final int CHUNK = 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final int chunkSize;

    DatabaseEvidenceBytes(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this(jdbc, transactions, CHUNK);
    }

    DatabaseEvidenceBytes(JdbcTemplate jdbc, PlatformTransactionManager transactions, int chunkSize) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.chunkSize = chunkSize;
    }

    @Override
    public Path spoolDirectory() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "cchc-evidence-upload"));
    }

    @Override
    public boolean put(String key, Path spooled, long size) throws IOException {
        int chunks = (int) ((size + chunkSize - 1) / chunkSize);
        try {
            transaction.executeWithoutResult(status -> {
                int inserted = jdbc.update(
                        "insert into evidence_content (storage_key, size_bytes, chunk_count, "
                                + "stored_at) values (?, ?, ?, current_timestamp) on conflict do nothing",
                        key,
                        size,
                        chunks);
                if (inserted == 0) {
                    return; // the same bytes are stored already (perhaps by another node a moment ago)
                }
                try (InputStream in = Files.newInputStream(spooled)) {
                    byte[] buffer = new byte[chunkSize];
                    for (int seq = 0; seq < chunks; seq++) {
                        int n = in.readNBytes(buffer, 0, chunkSize);
                        jdbc.update(
                                "insert into evidence_chunk (storage_key, seq, data) values (?, ?, ?)",
                                key,
                                seq,
                                n == chunkSize ? buffer : Arrays.copyOf(buffer, n));
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return false;
    }

    @Override
    public InputStream open(String key) {
        List<Integer> counts =
                jdbc.queryForList("select chunk_count from evidence_content where storage_key = ?", Integer.class, key);
        if (counts.isEmpty()) {
            throw new EvidenceUnavailableException(EvidenceUnavailableException.Reason.MISSING, key);
        }
        return new ChunkStream(key, counts.getFirst());
    }

    @Override
    public boolean exists(String key) {
        Integer n =
                jdbc.queryForObject("select count(*) from evidence_content where storage_key = ?", Integer.class, key);
        return n != null && n > 0;
    }

    @Override
    public boolean delete(String key) {
        Boolean deleted = transaction.execute(status -> {
            jdbc.update("delete from evidence_chunk where storage_key = ?", key);
            return jdbc.update("delete from evidence_content where storage_key = ?", key) > 0;
        });
        return Boolean.TRUE.equals(deleted);
    }

    @Override
    public String toString() {
        return "database";
    }

    /** Reads the chunks of a key one query at a time, as the reader asks for more. */
    private final class ChunkStream extends InputStream {

        private final String key;
        private final int chunks;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        ChunkStream(String key, int chunks) {
            this.key = key;
            this.chunks = chunks;
        }

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return current[position++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public int available() {
            return current.length - position;
        }

        /** Makes sure unread bytes are at hand; false at the end. */
        private boolean fill() throws IOException {
            while (position >= current.length) {
                if (next >= chunks) {
                    return false;
                }
                List<byte[]> rows = jdbc.query(
                        "select data from evidence_chunk where storage_key = ? and seq = ?",
                        (rs, i) -> rs.getBytes(1),
                        key,
                        next);
                if (rows.isEmpty()) {
                    throw new IOException("Evidence " + key + " lacks chunk " + next + " of " + chunks);
                }
                current = rows.getFirst();
                position = 0;
                next++;
            }
            return true;
        }
    }
}
