package vn.cchc.portal.assignment.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the accepted bytes of evidence files live, by storage key ({@code "<sha256[0..2]>/<sha256>"}): a folder on
 * one node's disk ({@link FileEvidenceBytes}, the embedded single-node default) or PostgreSQL, shared by every node
 * and in every backup ({@link DatabaseEvidenceBytes}). {@link EvidenceStore} checks uploads and computes keys; this
 * only keeps bytes. Keys are checked by the store before they get here.
 */
interface EvidenceBytes {

    /** A folder for the temporary copy of an upload while it is checked (created if needed). */
    Path spoolDirectory() throws IOException;

    /**
     * Keeps the checked upload under its key, unless the same bytes are there already.
     *
     * @return whether the spooled file was taken over (moved); if not, the caller deletes it
     */
    boolean put(String key, Path spooled, long size) throws IOException;

    /**
     * The bytes under the key, read as the caller goes.
     *
     * @throws EvidenceUnavailableException ({@link EvidenceUnavailableException.Reason#MISSING}) if there are none
     */
    InputStream open(String key) throws IOException;

    boolean exists(String key);

    /** Removes the bytes under the key; returns whether there were any. */
    boolean delete(String key) throws IOException;
}
