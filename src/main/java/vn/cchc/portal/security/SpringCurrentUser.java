package vn.cchc.portal.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.UserContext;

import java.util.Optional;

/** The caller as Spring Security knows it. */
@Component
class SpringCurrentUser implements CurrentUser {

    @Override
    public Optional<UserContext> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUserDetails details) {
            return Optional.of(details.context());
        }
        if (authentication != null && authentication.getPrincipal() instanceof SystemPrincipal system) {
            return Optional.of(system.context());
        }
        return Optional.empty();
    }
}
