package vn.cchc.portal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Locks an account for a while after repeated wrong passwords. The login form shows the same message for an
 * unknown user, a wrong password and a locked account, so nothing tells an attacker which one it was.
 */
@Component
class LoginAttempts {

    private final UserRepository users;
    private final UserAuditor auditor;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockDuration;

    LoginAttempts(UserRepository users, UserAuditor auditor, Clock clock,
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
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).strip();
        users.findByUsernameIgnoreCase(username).ifPresent(user -> {
            Instant before = user.getLockedUntil();
            user.recordFailure(maxAttempts, clock.instant().plus(lockDuration));
            if (user.getLockedUntil() != null && !user.getLockedUntil().equals(before)) {
                auditor.locked(user);
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUserDetails details) {
            users.findById(details.context().userId()).ifPresent(AppUser::recordSuccess);
        }
    }
}
