package vn.cchc.portal.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;

/**
 * BCrypt, which reads at most {@value UserValidation#MAX_PASSWORD_BYTES} bytes of a password: longer ones are refused
 * with a message when set ({@link UserValidation#checkPassword}) and simply do not match at sign-in, instead of
 * throwing inside the login filter.
 */
final class PortalPasswordEncoder implements PasswordEncoder {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || bytes(rawPassword) > UserValidation.MAX_PASSWORD_BYTES) {
            return false;
        }
        return bcrypt.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    static int bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
