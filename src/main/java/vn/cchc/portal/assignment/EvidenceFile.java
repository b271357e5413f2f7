package vn.cchc.portal.assignment;

import java.io.IOException;
import java.io.InputStream;

/** An evidence file to download. */
public record EvidenceFile(String fileName, String fileType, long sizeBytes, Opener opener) {

    /** Opens the stored bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
