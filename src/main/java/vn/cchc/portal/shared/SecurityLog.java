package vn.cchc.portal.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.regex.Pattern;

/**
 * The security log: one line per sign-in, failed sign-in, lockout, refused access, change of rights and export, on
 * the logger {@code cchc.security}:
 * {@code action=ACCESS_DENIED user=giamdoc.stp unit=12 ip=10.0.0.7 object="task/16416"}. Nothing else about the
 * person is written; values are quoted when they hold spaces and never span lines.
 */
public final class SecurityLog {

    public static final String LOGGER = "cchc.security";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\"]");

    /** What happened. */
    public enum Action {
        LOGIN,
        LOGIN_FAILED,
        LOCKED_OUT,
        LOGOUT,
        SESSION_ENDED,
        ACCESS_DENIED,
        NOT_FOUND,
        ROLES_CHANGED,
        USER_DISABLED,
        USER_ENABLED,
        PASSWORD_RESET,
        EXPORT,
        DOWNLOAD,
        UPLOAD_REFUSED
    }

    private SecurityLog() {}

    /** An event of a user known by name and unit (e.g. at sign-in, before the session holds them). */
    public static void event(Action action, String user, Long unit, String object) {
        String line = "action=" + action + " user=" + value(user == null ? "anonymous" : user) + " unit="
                + (unit == null ? "-" : unit) + " ip=" + value(clientIp()) + " object=" + value(object);
        if (action == Action.LOGIN_FAILED
                || action == Action.LOCKED_OUT
                || action == Action.ACCESS_DENIED
                || action == Action.UPLOAD_REFUSED) {
            LOG.warn(line);
        } else {
            LOG.info(line);
        }
    }

    /** An event of the caller. */
    public static void event(Action action, CurrentUser caller, String object) {
        UserContext user = caller == null ? null : caller.get().orElse(null);
        event(action, user == null ? null : user.username(), user == null ? null : user.unitId(), object);
    }

    /** The address of the client of the current HTTP request (behind a proxy: as forwarded), or "-". */
    public static String clientIp() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return "-";
    }

    static String value(String text) {
        if (text == null || text.isBlank()) {
            return "-";
        }
        String safe = UNSAFE.matcher(text).replaceAll("_");
        if (safe.length() > 200) {
            safe = safe.substring(0, 200) + "…";
        }
        return safe.chars().anyMatch(Character::isWhitespace) || safe.isEmpty() ? "\"" + safe + "\"" : safe;
    }
}
