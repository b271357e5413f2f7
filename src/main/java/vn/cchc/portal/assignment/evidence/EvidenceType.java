package vn.cchc.portal.assignment.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kinds of file accepted as evidence of a progress report. The type of an upload is always decided by its
 * content ({@link EvidenceTypeDetector}); the extensions only serve to check that the name agrees with the content.
 * The enum name fits the {@code evidence.file_type varchar(10)} column.
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf", "Tài liệu PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Văn bản Word (DOCX)"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Bảng tính Excel (XLSX)"),
    PNG("image/png", "png", "Ảnh PNG"),
    JPEG("image/jpeg", "jpg", "Ảnh JPEG", "jpeg");

    private final String mimeType;
    private final String extension;
    private final String label;
    private final List<String> extensions;

    EvidenceType(String mimeType, String extension, String label, String... otherExtensions) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.label = label;
        this.extensions = Stream.concat(Stream.of(extension), Arrays.stream(otherExtensions))
                .toList();
    }

    /** MIME type to send with a download, e.g. {@code application/pdf}. */
    public String mimeType() {
        return mimeType;
    }

    /** Canonical extension without the dot, lower case, e.g. {@code pdf}, {@code jpg}. */
    public String extension() {
        return extension;
    }

    /** All extensions a file of this type may carry (without dot, lower case); {@code jpg} and {@code jpeg} for JPEG. */
    public List<String> extensions() {
        return extensions;
    }

    /** Vietnamese label for the user, e.g. "Văn bản Word (DOCX)". */
    public String label() {
        return label;
    }

    /** Whether {@code extension} (with or without a leading dot, any case) is one this type may carry. */
    public boolean acceptsExtension(String extension) {
        if (extension == null) {
            return false;
        }
        String ext = extension.startsWith(".") ? extension.substring(1) : extension;
        return extensions.contains(ext.toLowerCase(Locale.ROOT));
    }

    /** The type a file name claims by its extension (any case), if any. Never use this to decide the real type. */
    public static Optional<EvidenceType> claimedBy(String fileName) {
        String ext = EvidenceFileNames.extension(fileName);
        return Arrays.stream(values()).filter(t -> t.acceptsExtension(ext)).findFirst();
    }

    /**
     * The accepted extensions with a dot, for an upload component's accepted file types (a hint to the browser only;
     * the server checks the content): {@code .pdf, .docx, .xlsx, .png, .jpg, .jpeg}.
     */
    public static List<String> acceptedExtensions() {
        return Arrays.stream(values())
                .flatMap(t -> t.extensions.stream())
                .map(e -> "." + e)
                .toList();
    }

    /** The accepted MIME types, e.g. for an upload component. */
    public static List<String> acceptedMimeTypes() {
        return Arrays.stream(values()).map(EvidenceType::mimeType).toList();
    }

    /** "PDF, DOCX, XLSX, PNG, JPEG", for help texts. */
    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
