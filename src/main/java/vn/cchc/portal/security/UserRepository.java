package vn.cchc.portal.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.cchc.portal.shared.Role;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface UserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<AppUser> findByOrgUnitIdOrderByFullName(Long orgUnitId);

    List<AppUser> findAllByOrderByFullName();

    List<AppUser> findByRolesContainingOrderByFullName(Role role);
    /** (id, user name, full name) of the given users, without loading their roles. */
    @Query("select u.id, u.username, u.fullName from AppUser u where u.id in :ids")
    List<Object[]> namesById(Collection<Long> ids);

    /** (id, user name, full name) of the given users by user name, without loading their roles. */
    @Query("select u.id, u.username, u.fullName from AppUser u where u.username in :usernames")
    List<Object[]> namesByUsername(Collection<String> usernames);

    /**
     * Counts a failed sign-in in one statement: parallel attempts queue on the row instead of failing on its version
     * (the administration form's version stays valid too).
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update AppUser u set u.failedAttempts = u.failedAttempts + 1 where u.id = :id")
    int countFailure(@Param("id") long id);

    /** Locks the account when it has reached the limit; 1 when this call locked it. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update AppUser u set u.lockedUntil = :until, u.failedAttempts = 0 where u.id = :id"
            + " and u.failedAttempts >= :max")
    int lockWhenReached(@Param("id") long id, @Param("max") int max, @Param("until") Instant until);

    /** Forgets failed sign-ins after a successful one, without touching the row when there is nothing to forget. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update AppUser u set u.failedAttempts = 0, u.lockedUntil = null where u.id = :id"
            + " and (u.failedAttempts <> 0 or u.lockedUntil is not null)")
    int forgetFailures(@Param("id") long id);
}
