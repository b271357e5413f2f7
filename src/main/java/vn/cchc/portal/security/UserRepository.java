package vn.cchc.portal.security;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.cchc.portal.shared.Role;
import org.springframework.data.jpa.repository.Query;

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
}
