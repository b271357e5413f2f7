package vn.cchc.portal.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.UserContext;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs start-up work (demo data) as a given user, through the same services and checks as the user's own clicks:
 * a real account by its username, or a stand-in head of a unit that has no account.
 */
@Component
public class RunAs {

    /** The name stand-in heads act under (shown in histories). */
    public static final String SAMPLE_USER = "dulieu.mau";

    private final DbUserDetailsService users;

    RunAs(DbUserDetailsService users) {
        this.users = users;
    }

    /** As the account with this username, with its roles and unit. */
    public <T> T user(String username, Supplier<T> work) {
        PortalUserDetails details = (PortalUserDetails) users.loadUserByUsername(username);
        return run(
                UsernamePasswordAuthenticationToken.authenticated(details, null, authorities(details.context())), work);
    }

    /** As a stand-in head (UNIT_HEAD) of a unit without a demo account. */
    public <T> T unitHead(long unitId, Supplier<T> work) {
        UserContext context =
                new UserContext(0, SAMPLE_USER, "Dữ liệu mẫu", unitId, Set.of(Role.UNIT_HEAD), Locale.of("vi"));
        SystemPrincipal principal = new SystemPrincipal(context);
        return run(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities(context)), work);
    }

    private static List<SimpleGrantedAuthority> authorities(UserContext context) {
        return context.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    /** Runs the work with the given authentication, then restores the caller's. */
    static <T> T run(Authentication authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
