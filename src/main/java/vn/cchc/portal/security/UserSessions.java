package vn.cchc.portal.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.cchc.portal.shared.SecurityLog;

/**
 * Ends the open sessions of a user whose rights were taken or changed (disabled, other roles or unit, new password):
 * their next request is sent to the login page and they sign in again with what they hold now. Sessions are found in
 * Spring Security's session registry (every sign-in registers its session).
 */
@Component
class UserSessions {

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends the user's sessions once the change that takes their rights has committed (at once outside one). */
    void endAfterCommit(long userId, String username, long unitId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(userId, username, unitId);
                }
            });
        } else {
            end(userId, username, unitId);
        }
    }

    /** Ends the user's sessions now; the number ended. */
    int end(long userId, String username, long unitId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof PortalUserDetails details
                    && details.context().userId() == userId) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        if (ended > 0) {
            SecurityLog.event(
                    SecurityLog.Action.SESSION_ENDED, username, unitId, "user/" + userId + " sessions=" + ended);
        }
        return ended;
    }
}
