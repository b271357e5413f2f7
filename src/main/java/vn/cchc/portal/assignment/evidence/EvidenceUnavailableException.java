package vn.cchc.portal.assignment.evidence;

/**
 * A stored evidence file cannot be served: it is gone from the store, or its bytes no longer match the checksum in
 * its key. This is an operations problem, not a user error; the message (Vietnamese) may be shown to the user.
 */
public class EvidenceUnavailableException extends RuntimeException {

    /** Why the file cannot be served. */
    public enum Reason {
        /** No file under the key. */
        MISSING,
        /** The bytes under the key do not hash to the key's SHA-256. */
        CORRUPTED
    }

    private final Reason reason;
    private final String storageKey;

    EvidenceUnavailableException(Reason reason, String storageKey) {
        super(
                switch (reason) {
                    case MISSING -> "Không tìm thấy tệp minh chứng trên máy chủ. Hãy báo quản trị viên.";
                    case CORRUPTED ->
                        "Tệp minh chứng trên máy chủ đã bị thay đổi hoặc hỏng (mã kiểm tra không khớp). "
                                + "Hãy báo quản trị viên.";
                });
        this.reason = reason;
        this.storageKey = storageKey;
    }

    public Reason reason() {
        return reason;
    }

    public String storageKey() {
        return storageKey;
    }
}
