package vn.cchc.portal.report;

import java.util.Locale;

/** The file formats an official document can be downloaded in. */
public enum ExportFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mimeType;
    private final String extension;

    ExportFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    /** The Content-Type of the exported file. */
    public String mimeType() {
        return mimeType;
    }

    /** The file name extension without the dot ("pdf"). */
    public String extension() {
        return extension;
    }

    /** The format for a file name extension ("pdf", ".DOCX"); an IllegalArgumentException for anything else. */
    public static ExportFormat fromExtension(String extension) {
        String wanted = extension == null ? "" : extension.strip().toLowerCase(Locale.ROOT);
        if (wanted.startsWith(".")) {
            wanted = wanted.substring(1);
        }
        for (ExportFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unsupported export format: " + extension);
    }
}
