package vn.cchc.portal.report;

/** An official document could not be produced; the message is Vietnamese and may be shown to the user. */
public class DocumentGenerationException extends RuntimeException {

    public static final String PREFIX = "Không tạo được văn bản: ";

    public DocumentGenerationException(String detail, Throwable cause) {
        super(PREFIX + detail, cause);
    }
}
