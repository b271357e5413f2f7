package vn.cchc.portal.security;

import vn.cchc.portal.shared.BusinessException;

import java.util.regex.Pattern;

/** Rules for user data, checked in the service whatever the form already checked. */
final class UserValidation {

    static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3,60}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MIN_PASSWORD = 8;

    private UserValidation() {
    }

    static void check(UserForm form, boolean withPassword) {
        if (form.getUsername() == null || !USERNAME.matcher(form.getUsername().strip()).matches()) {
            throw new BusinessException(usernameRule());
        }
        if (form.getFullName() == null || form.getFullName().isBlank()) {
            throw new BusinessException("Vui lòng nhập họ và tên.");
        }
        if (form.getFullName().strip().length() > 200) {
            throw new BusinessException("Họ và tên không được dài quá 200 ký tự.");
        }
        if (form.getEmail() != null && !form.getEmail().isBlank() && !EMAIL.matcher(form.getEmail().strip()).matches()) {
            throw new BusinessException("Địa chỉ thư điện tử không hợp lệ.");
        }
        if (form.getUnitId() == null) {
            throw new BusinessException("Vui lòng chọn cơ quan, đơn vị.");
        }
        if (form.getRoles() == null || form.getRoles().isEmpty()) {
            throw new BusinessException("Vui lòng chọn ít nhất một vai trò.");
        }
        if (withPassword) {
            checkPassword(form.getPassword());
        }
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new BusinessException(passwordRule());
        }
    }

    static String usernameRule() {
        return "Tên đăng nhập gồm 3–60 ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.";
    }

    static String passwordRule() {
        return "Mật khẩu phải có ít nhất 8 ký tự, gồm cả chữ và số.";
    }
}
