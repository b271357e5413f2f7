package vn.cchc.portal.security;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.cchc.portal.shared.Role;

import java.util.List;
import java.util.Optional;

interface UserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<AppUser> findByOrgUnitIdOrderByFullName(Long orgUnitId);

    List<AppUser> findAllByOrderByFullName();

    List<AppUser> findByRolesContainingOrderByFullName(Role role);
}
