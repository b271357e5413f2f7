package vn.cchc.portal.shared.ui;

import com.vaadin.flow.component.upload.UploadI18N;
import vn.cchc.portal.shared.Formats;

/** Texts of the upload component in the language of the UI: Vietnamese, or English. */
public final class UploadTexts {

    private UploadTexts() {}

    /** The texts in the current UI's language (Vietnamese without a UI). */
    public static UploadI18N vietnamese() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return of(ui == null ? Formats.VIETNAMESE : ui.getLocale());
    }

    /** The texts in a language: Vietnamese, or English for any other. */
    public static UploadI18N of(java.util.Locale locale) {
        return locale == null
                        || "vi".equals(locale.getLanguage())
                        || locale.getLanguage().isEmpty()
                ? vietnameseTexts()
                : english();
    }

    private static UploadI18N english() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("Drop a file here").setMany("Drop files here"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Choose a file…").setMany("Choose files…"));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles("Too many files.")
                .setFileIsTooBig("The file is larger than the 20 MB allowed.")
                .setIncorrectFileType("This type of file is not accepted."));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting("Connecting…")
                        .setStalled("Stalled")
                        .setProcessing("Processing…")
                        .setHeld("Queued"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix("remaining: ")
                        .setUnknown("unknown remaining time"))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable("The server does not answer.")
                        .setUnexpectedServerError("Server error.")
                        .setForbidden("Not allowed.")));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB")));
        return i18n;
    }

    private static UploadI18N vietnameseTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(
                new UploadI18N.DropFiles().setOne("Kéo thả tệp vào đây").setMany("Kéo thả các tệp vào đây"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Chọn tệp…").setMany("Chọn tệp…"));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles("Quá nhiều tệp.")
                .setFileIsTooBig("Tệp vượt quá dung lượng cho phép 20 MB.")
                .setIncorrectFileType("Loại tệp không được chấp nhận."));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting("Đang kết nối…")
                        .setStalled("Tạm dừng")
                        .setProcessing("Đang xử lý…")
                        .setHeld("Đang chờ"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix("còn lại: ")
                        .setUnknown("không rõ thời gian còn lại"))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable("Máy chủ không phản hồi.")
                        .setUnexpectedServerError("Lỗi máy chủ.")
                        .setForbidden("Không được phép.")));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB")));
        return i18n;
    }
}
