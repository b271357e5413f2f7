package vn.cchc.portal.shared;

import org.springframework.security.access.AccessDeniedException;

import java.util.Optional;

/** Gives services the identity of the caller. Implemented by the security feature. */
public interface CurrentUser {

    Optional<UserContext> get();

    default UserContext require() {
        return get().orElseThrow(() -> new AccessDeniedException("Bạn cần đăng nhập để thực hiện thao tác này."));
    }
}
