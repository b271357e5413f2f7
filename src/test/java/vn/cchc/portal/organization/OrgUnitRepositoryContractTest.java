package vn.cchc.portal.organization;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The organisation tree as the real migrations (V1 schema, V2 data load, …) leave it, with Hibernate validating
 * the mapping. Abstract: {@link OrgUnitRepositoryH2Test} and {@link OrgUnitRepositoryPostgresTest} run these same
 * tests on H2 and on a real PostgreSQL.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
abstract class OrgUnitRepositoryContractTest {

    @Autowired
    OrgUnitRepository repository;

    @Autowired
    EntityManager em;

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private OrgUnit byName(OrgUnitKind kind, String name) {
        List<OrgUnit> found = repository.findByKindOrderBySortOrder(kind).stream()
                .filter(u -> u.getName().equals(nfc(name)))
                .toList();
        assertThat(found).as("%s %s", kind, name).hasSize(1);
        return found.getFirst();
    }

    private long versionInDb(long id) {
        Object v = em.createNativeQuery("select version from org_unit where id = ?1")
                .setParameter(1, id)
                .getSingleResult();
        return ((Number) v).longValue();
    }

    @Test
    void migrationsRanInOrder() {
        @SuppressWarnings("unchecked")
        List<Object> versions = em.createNativeQuery(
                        "select version from flyway_schema_history where success and version is not null order by installed_rank")
                .getResultList();
        assertThat(versions).extracting(Object::toString).startsWith("1", "2", "3");
    }

    @Test
    void loadsAllDistrictsAndCommunes() {
        assertThat(repository.countByKind(OrgUnitKind.DISTRICT)).isEqualTo(17);
        assertThat(repository.countByKind(OrgUnitKind.COMMUNE)).isEqualTo(220);
        assertThat(repository.findByKindOrderBySortOrder(OrgUnitKind.COMMUNE)).hasSize(220);
    }

    @Test
    void provinceIsTheOnlyRoot() {
        List<OrgUnit> provinces = repository.findByKindOrderBySortOrder(OrgUnitKind.PROVINCE);
        assertThat(provinces).hasSize(1);
        assertThat(provinces.getFirst().getParentId()).isNull();
        assertThat(repository.findAll())
                .filteredOn(u -> u.getParentId() == null)
                .extracting(OrgUnit::getKind)
                .containsExactly(OrgUnitKind.PROVINCE);
    }

    @Test
    void districtsHangUnderTheProvinceAndCommunesUnderDistricts() {
        Map<Long, OrgUnit> byId =
                repository.findAll().stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
        assertThat(repository.findByKindOrderBySortOrder(OrgUnitKind.DISTRICT))
                .allSatisfy(d -> assertThat(byId.get(d.getParentId()).getKind()).isEqualTo(OrgUnitKind.PROVINCE));
        assertThat(repository.findByKindOrderBySortOrder(OrgUnitKind.COMMUNE))
                .allSatisfy(c -> assertThat(byId.get(c.getParentId()).getKind()).isEqualTo(OrgUnitKind.DISTRICT));
    }

    @Test
    void iaTorBelongsToChuProng() {
        OrgUnit iaTor = byName(OrgUnitKind.COMMUNE, "Xã Ia Tôr");
        OrgUnit parent = repository.findById(iaTor.getParentId()).orElseThrow();
        assertThat(parent.getName()).isEqualTo(nfc("Huyện Chư Prông"));
        assertThat(parent.getKind()).isEqualTo(OrgUnitKind.DISTRICT);
        // V2 writes the same diacritic-free search key as the entity would
        assertThat(iaTor.getSearchKey()).contains("xa ia tor");
        assertThat(iaTor.getValidFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(iaTor.isActiveOn(LocalDate.of(2025, 1, 1))).isTrue();
    }

    @Test
    void findByCodeReadsBackVietnameseText() {
        OrgUnit chuProng = byName(OrgUnitKind.DISTRICT, "Huyện Chư Prông");
        OrgUnit again = repository.findByCode(chuProng.getCode()).orElseThrow();
        assertThat(again.getId()).isEqualTo(chuProng.getId());
        assertThat(repository.findByCode("no-such-code")).isEmpty();
    }

    @Test
    void districtsAreOrderedBySortOrder() {
        List<Integer> order = repository.findByKindOrderBySortOrder(OrgUnitKind.DISTRICT).stream()
                .map(OrgUnit::getSortOrder)
                .toList();
        assertThat(order).isSorted();
    }

    @Test
    void newUnitGetsAnIdAfterTheLoadedOnesAndASearchKey() {
        OrgUnit province =
                repository.findByKindOrderBySortOrder(OrgUnitKind.PROVINCE).getFirst();
        OrgUnit unit = new OrgUnit(
                "TEST-SUB",
                "Trung tâm Phục vụ hành chính công",
                OrgUnitKind.SUBUNIT,
                province.getId(),
                LocalDate.of(2024, 3, 19));
        OrgUnit saved = repository.saveAndFlush(unit);
        assertThat(saved.getId()).isNotNull();
        assertThat(saved.getSearchKey()).startsWith("test-sub").contains("trung tam phuc vu hanh chinh cong");
        assertThat(versionInDb(saved.getId())).isZero();
    }

    @Test
    void codeIsUnique() {
        OrgUnit province =
                repository.findByKindOrderBySortOrder(OrgUnitKind.PROVINCE).getFirst();
        OrgUnit copy = new OrgUnit(
                province.getCode(), "Bản sao", OrgUnitKind.AGENCY, province.getId(), LocalDate.of(2024, 1, 1));
        assertThatThrownBy(() -> repository.saveAndFlush(copy)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void updateIncrementsVersion() {
        OrgUnit iaTor = byName(OrgUnitKind.COMMUNE, "Xã Ia Tôr");
        long before = versionInDb(iaTor.getId());
        iaTor.setShortName("Ia Tôr");
        repository.saveAndFlush(iaTor);
        assertThat(versionInDb(iaTor.getId())).isEqualTo(before + 1);
        em.clear();
        OrgUnit reread = repository.findById(iaTor.getId()).orElseThrow();
        assertThat(reread.getShortName()).isEqualTo(nfc("Ia Tôr"));
        assertThat(reread.getSearchKey()).contains("ia tor");
    }

    @Test
    void staleUpdateIsRejected() {
        OrgUnit iaTor = byName(OrgUnitKind.COMMUNE, "Xã Ia Tôr");
        // someone else updates the row meanwhile
        em.createNativeQuery("update org_unit set version = version + 1 where id = ?1")
                .setParameter(1, iaTor.getId())
                .executeUpdate();
        iaTor.setSortOrder(iaTor.getSortOrder() + 1);
        assertThatThrownBy(() -> repository.saveAndFlush(iaTor)).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
