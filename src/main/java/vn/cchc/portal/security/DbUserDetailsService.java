package vn.cchc.portal.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.shared.UserContext;

import java.time.Clock;
import java.util.Locale;

/** Loads users from the database for form login. */
@Service
class DbUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    DbUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return details(user, clock);
    }

    static PortalUserDetails details(AppUser user, Clock clock) {
        Locale locale = user.getPreferredLocale() == null ? null : Locale.forLanguageTag(user.getPreferredLocale());
        UserContext context = new UserContext(
                user.getId(), user.getUsername(), user.getFullName(), user.getOrgUnitId(), user.getRoles(), locale);
        return new PortalUserDetails(
                context, user.getPasswordHash(), user.isEnabled(), user.isLockedAt(clock.instant()));
    }
}
