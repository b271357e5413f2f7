package vn.cchc.portal.security;

import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Texts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Rules for user data, checked in the service whatever the form already checked. */
final class UserValidation {

    static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3,60}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MIN_PASSWORD = 8;
    /** BCrypt reads no more than 72 bytes; a Vietnamese letter takes 2–3 of them. */
    static final int MAX_PASSWORD_BYTES = 72;
    /** Common passwords and the words they are built on, lower case without diacritics (security/common-passwords.txt). */
    private static final Set<String> COMMON = commonPasswords();

    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");

    private UserValidation() {}

    static void check(UserForm form, boolean withPassword) {
        if (form.getUsername() == null
                || !USERNAME.matcher(form.getUsername().strip()).matches()) {
            throw BusinessException.of(USERNAME_RULE);
        }
        if (form.getFullName() == null || form.getFullName().isBlank()) {
            throw BusinessException.of("error.user.fullNameRequired");
        }
        if (form.getFullName().strip().length() > 200) {
            throw BusinessException.of("error.user.fullNameTooLong");
        }
        if (form.getEmail() != null
                && !form.getEmail().isBlank()
                && !EMAIL.matcher(form.getEmail().strip()).matches()) {
            throw BusinessException.of("error.user.emailInvalid");
        }
        if (form.getUnitId() == null) {
            throw BusinessException.of("error.user.unitRequired");
        }
        if (form.getRoles() == null || form.getRoles().isEmpty()) {
            throw BusinessException.of("error.user.roleRequired");
        }
        if (withPassword) {
            checkPassword(form.getPassword(), form.getUsername(), form.getFullName());
        }
    }

    /**
     * A password the user can set: 8 characters or more with letters and digits, at most 72 bytes, not a common
     * password or one built on a common word ("password1", "11111111a", "Matkhau@2026"), not built on the user's own
     * name or user name ("thu.sgtvt" with "Thu@12345").
     */
    static void checkPassword(String password, String username, String fullName) {
        if (password == null
                || password.length() < MIN_PASSWORD
                || password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit)) {
            throw BusinessException.of(PASSWORD_RULE);
        }
        if (PortalPasswordEncoder.bytes(password) > MAX_PASSWORD_BYTES) {
            throw BusinessException.of(
                    "error.user.passwordTooLong", MAX_PASSWORD_BYTES, PortalPasswordEncoder.bytes(password));
        }
        String folded = Texts.fold(password).toLowerCase(Locale.ROOT);
        String letters = NOT_LETTER.matcher(folded).replaceAll("");
        if (COMMON.contains(folded)
                || COMMON.contains(letters)
                || folded.chars().distinct().count() < 4) {
            throw BusinessException.of("error.user.passwordCommon");
        }
        if (ownName(letters, username, fullName)) {
            throw BusinessException.of("error.user.passwordLikeName");
        }
    }

    /** The password's letters are the user name or a part of the full name, or hold the user name. */
    private static boolean ownName(String letters, String username, String fullName) {
        if (letters.length() < 3) {
            return false;
        }
        String user = username == null
                ? ""
                : NOT_LETTER
                        .matcher(Texts.fold(username).toLowerCase(Locale.ROOT))
                        .replaceAll("");
        String name = fullName == null
                ? ""
                : NOT_LETTER
                        .matcher(Texts.fold(fullName).toLowerCase(Locale.ROOT))
                        .replaceAll("");
        return user.contains(letters) || name.contains(letters) || (user.length() >= 4 && letters.contains(user));
    }

    private static Set<String> commonPasswords() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(UserValidation.class.getResourceAsStream("/security/common-passwords.txt")),
                StandardCharsets.UTF_8))) {
            return in.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Message key of the username rule. */
    static final String USERNAME_RULE = "error.user.usernameRule";
    /** Message key of the password rule. */
    static final String PASSWORD_RULE = "error.user.passwordRule";
}
