package vn.cchc.portal.shared.ui;

import com.vaadin.flow.component.upload.UploadI18N;

/** Vietnamese texts of the upload component. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N vietnamese() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("Kéo thả tệp vào đây").setMany("Kéo thả các tệp vào đây"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Chọn tệp…").setMany("Chọn tệp…"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles("Quá nhiều tệp.")
                .setFileIsTooBig("Tệp vượt quá dung lượng cho phép 20 MB.")
                .setIncorrectFileType("Loại tệp không được chấp nhận."));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("Đang kết nối…").setStalled("Tạm dừng")
                        .setProcessing("Đang xử lý…").setHeld("Đang chờ"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("còn lại: ")
                        .setUnknown("không rõ thời gian còn lại"))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable("Máy chủ không phản hồi.")
                        .setUnexpectedServerError("Lỗi máy chủ.").setForbidden("Không được phép.")));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB")));
        return i18n;
    }
}
