package vn.cchc.portal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.shared.SecurityLog;

import java.time.Clock;
import java.time.Duration;

/**
 * Locks an account for a while after repeated wrong passwords. The login form shows the same message for an
 * unknown user, a wrong password and a locked account, so nothing tells an attacker which one it was. Counting is
 * done by single update statements, so parallel attempts never fail on the row's version. Every sign-in, failure
 * and lockout is a line of the {@link SecurityLog}.
 */
@Component
class LoginAttempts {

    private final UserRepository users;
    private final UserAuditor auditor;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockDuration;

    LoginAttempts(
            UserRepository users,
            UserAuditor auditor,
            Clock clock,
            @Value("${cchc.security.max-failed-logins:5}") int maxAttempts,
            @Value("${cchc.security.lock-duration:15m}") Duration lockDuration) {
        this.users = users;
        this.auditor = auditor;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username =
                String.valueOf(event.getAuthentication().getPrincipal()).strip();
        users.findByUsernameIgnoreCase(username).ifPresent(user -> {
            users.countFailure(user.getId());
            if (users.lockWhenReached(user.getId(), maxAttempts, clock.instant().plus(lockDuration)) == 1) {
                users.findById(user.getId()).ifPresent(locked -> {
                    auditor.locked(locked);
                    SecurityLog.event(
                            SecurityLog.Action.LOCKED_OUT,
                            locked.getUsername(),
                            locked.getOrgUnitId(),
                            "user/" + locked.getId());
                });
            }
        });
    }

    /** Every refused sign-in (wrong password, unknown user, locked or disabled account): one log line. */
    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username =
                String.valueOf(event.getAuthentication().getPrincipal()).strip();
        SecurityLog.event(
                SecurityLog.Action.LOGIN_FAILED,
                username,
                null,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUserDetails details) {
            users.forgetFailures(details.context().userId());
            SecurityLog.event(
                    SecurityLog.Action.LOGIN,
                    details.getUsername(),
                    details.context().unitId(),
                    "session");
        }
    }
}
