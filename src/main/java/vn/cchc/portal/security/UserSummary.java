package vn.cchc.portal.security;

import vn.cchc.portal.shared.Role;

import java.time.Instant;
import java.util.Set;

/** A user as shown in lists. */
public record UserSummary(
        long id,
        String username,
        String fullName,
        String email,
        long unitId,
        String unitName,
        Set<Role> roles,
        boolean enabled,
        Instant lockedUntil,
        long version) {}
