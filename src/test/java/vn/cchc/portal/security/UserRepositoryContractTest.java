package vn.cchc.portal.security;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.cchc.portal.shared.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Users and their roles on the real migrated schema, with Hibernate validating the mapping. Abstract:
 * {@link UserRepositoryH2Test} and {@link UserRepositoryPostgresTest} run these same tests on H2 and PostgreSQL.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
abstract class UserRepositoryContractTest {

    private static final Instant CREATED = Instant.parse("2026-01-15T02:30:00.123456Z");
    private static final String HASH = "{bcrypt}$2a$10$0123456789012345678901234567890123456789012345678901";

    @Autowired
    UserRepository repository;

    @Autowired
    EntityManager em;

    private long provinceId;

    @BeforeEach
    void findProvince() {
        provinceId = em.createQuery("select u.id from OrgUnit u where u.parentId is null order by u.id", Long.class)
                .setMaxResults(1)
                .getSingleResult();
    }

    private AppUser user(String username, Set<Role> roles) {
        return new AppUser(username, "Nguyễn Văn An", HASH, provinceId, roles, CREATED);
    }

    @Test
    void savedUserReadsBackWithBothRoles() {
        AppUser saved = repository.saveAndFlush(user("an.nv", EnumSet.of(Role.PLANNER, Role.LEADER)));
        em.clear();

        AppUser read = repository.findById(saved.getId()).orElseThrow();
        assertThat(read.getRoles()).containsExactlyInAnyOrder(Role.PLANNER, Role.LEADER);
        assertThat(read.getUsername()).isEqualTo("an.nv");
        assertThat(read.getFullName()).isEqualTo("Nguyễn Văn An");
        assertThat(read.getOrgUnitId()).isEqualTo(provinceId);
        assertThat(read.isEnabled()).isTrue();
        assertThat(read.getFailedAttempts()).isZero();
        assertThat(read.getLockedUntil()).isNull();
        assertThat(read.getVersion()).isZero();
    }

    @Test
    void timestampsKeepTheInstant() {
        AppUser saved = repository.saveAndFlush(user("lock.me", EnumSet.of(Role.UNIT_STAFF)));
        Instant lockEnd = Instant.parse("2026-01-15T03:00:00.654321Z");
        saved.recordFailure(1, lockEnd);
        repository.saveAndFlush(saved);
        em.clear();

        AppUser read = repository.findById(saved.getId()).orElseThrow();
        assertThat(read.getLockedUntil()).isEqualTo(lockEnd);
        assertThat(read.isLockedAt(Instant.parse("2026-01-15T02:59:59Z"))).isTrue();
    }

    @Test
    void findsByUsernameIgnoringCase() {
        // UserService stores usernames in lower case
        repository.saveAndFlush(user("admin.test", EnumSet.of(Role.ADMIN)));
        em.clear();

        assertThat(repository.findByUsernameIgnoreCase("Admin.Test")).isPresent();
        assertThat(repository.findByUsernameIgnoreCase("ADMIN.TEST")).isPresent();
        assertThat(repository.existsByUsernameIgnoreCase("aDmIn.TeSt")).isTrue();
        assertThat(repository.existsByUsernameIgnoreCase("admin.test2")).isFalse();
    }

    @Test
    void usernameIsUnique() {
        repository.saveAndFlush(user("trung.lap", EnumSet.of(Role.UNIT_STAFF)));
        AppUser duplicate = user("trung.lap", EnumSet.of(Role.UNIT_HEAD));

        assertThatThrownBy(() -> repository.saveAndFlush(duplicate))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void unknownRoleIsRejectedByTheSchema() {
        AppUser saved = repository.saveAndFlush(user("role.check", EnumSet.of(Role.ADMIN)));
        assertThatThrownBy(() -> {
                    em.createNativeQuery("insert into app_user_role (user_id, role) values (?1, 'ROOT')")
                            .setParameter(1, saved.getId())
                            .executeUpdate();
                })
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void listsUsersOfAUnitByFullName() {
        AppUser b = user("b.user", EnumSet.of(Role.UNIT_STAFF));
        b.setFullName("Trần Thị Bình");
        AppUser a = user("a.user", EnumSet.of(Role.UNIT_HEAD));
        a.setFullName("Lê Văn An");
        repository.saveAndFlush(b);
        repository.saveAndFlush(a);
        em.clear();

        assertThat(repository.findByOrgUnitIdOrderByFullName(provinceId))
                .extracting(AppUser::getUsername)
                .containsSubsequence("a.user", "b.user");
    }

    @Test
    void updateIncrementsVersion() {
        AppUser saved = repository.saveAndFlush(user("version.check", EnumSet.of(Role.UNIT_STAFF)));
        assertThat(saved.getVersion()).isZero();

        saved.setFullName("Phạm Thị Cúc");
        AppUser updated = repository.saveAndFlush(saved);
        assertThat(updated.getVersion()).isEqualTo(1);

        updated.setRoles(EnumSet.of(Role.UNIT_STAFF, Role.UNIT_HEAD));
        AppUser rolesChanged = repository.saveAndFlush(updated);
        assertThat(rolesChanged.getVersion())
                .as("changing roles also bumps the version")
                .isEqualTo(2);

        em.clear();
        AppUser read = repository.findById(saved.getId()).orElseThrow();
        assertThat(read.getVersion()).isEqualTo(2);
        assertThat(read.getRoles()).containsExactlyInAnyOrder(Role.UNIT_STAFF, Role.UNIT_HEAD);
    }

    @Test
    void staleUpdateIsRejected() {
        AppUser saved = repository.saveAndFlush(user("stale.check", EnumSet.of(Role.UNIT_STAFF)));
        em.createNativeQuery("update app_user set version = version + 1 where id = ?1")
                .setParameter(1, saved.getId())
                .executeUpdate();
        saved.setEmail("stale@example.vn");

        assertThatThrownBy(() -> repository.saveAndFlush(saved)).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
