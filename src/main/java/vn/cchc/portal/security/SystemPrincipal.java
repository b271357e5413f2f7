package vn.cchc.portal.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.UserContext;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/** The application itself acting at start-up (loading demo data, bootstrapping the first admin). */
public record SystemPrincipal(UserContext context) {

    public static <T> T callAsSystem(Supplier<T> work) {
        SystemPrincipal principal =
                new SystemPrincipal(new UserContext(0, "system", "Hệ thống", 0, Set.of(Role.ADMIN), Locale.of("vi")));
        return RunAs.run(
                UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))),
                work);
    }
}
