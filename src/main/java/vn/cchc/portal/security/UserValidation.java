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
            throw BusinessException.of(USERNAME_RULE);
        }
        if (form.getFullName() == null || form.getFullName().isBlank()) {
            throw BusinessException.of("error.user.fullNameRequired");
        }
        if (form.getFullName().strip().length() > 200) {
            throw BusinessException.of("error.user.fullNameTooLong");
        }
        if (form.getEmail() != null && !form.getEmail().isBlank() && !EMAIL.matcher(form.getEmail().strip()).matches()) {
            throw BusinessException.of("error.user.emailInvalid");
        }
        if (form.getUnitId() == null) {
            throw BusinessException.of("error.user.unitRequired");
        }
        if (form.getRoles() == null || form.getRoles().isEmpty()) {
            throw BusinessException.of("error.user.roleRequired");
        }
        if (withPassword) {
            checkPassword(form.getPassword());
        }
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw BusinessException.of(PASSWORD_RULE);
        }
    }

    /** Message key of the username rule. */
    static final String USERNAME_RULE = "error.user.usernameRule";
    /** Message key of the password rule. */
    static final String PASSWORD_RULE = "error.user.passwordRule";
}
