package vn.cchc.portal.criterion;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The three index frameworks as the real migrations (V4 schema, V5 data load) leave them, with Hibernate validating
 * the mapping. Abstract: {@link CriterionRepositoryH2Test} and {@link CriterionRepositoryPostgresTest} run these
 * same tests on H2 and on a real PostgreSQL.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
abstract class CriterionRepositoryContractTest {

    @Autowired
    CriteriaFrameworkRepository frameworks;

    @Autowired
    CriterionRepository criteria;

    @Autowired
    EntityManager em;

    private CriteriaFramework framework(String code) {
        return frameworks.findByCode(code).orElseThrow(() -> new AssertionError("framework " + code));
    }

    private List<Criterion> ordered(String frameworkCode) {
        return criteria.findByFrameworkId(framework(frameworkCode).getId()).stream()
                .sorted(Comparator.comparingInt(Criterion::getSortOrder))
                .toList();
    }

    private Criterion criterion(String frameworkCode, String code) {
        return criteria.findByFrameworkIdAndCode(framework(frameworkCode).getId(), code)
                .orElseThrow(() -> new AssertionError(frameworkCode + " " + code));
    }

    private long versionInDb(long id) {
        Object v = em.createNativeQuery("select version from criterion where id = ?1")
                .setParameter(1, id)
                .getSingleResult();
        return ((Number) v).longValue();
    }

    private static Map<String, Long> rowsPerFrameworkInSeedFile() throws IOException {
        try (InputStream in = CriterionRepositoryContractTest.class.getResourceAsStream("/db/data/criteria.tsv")) {
            assertThat(in).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .collect(Collectors.groupingBy(
                            line -> line.substring(0, line.indexOf('\t')), Collectors.counting()));
        }
    }

    @Test
    void theCriteriaMigrationsRunAfterTheOrganisationAndSecurityOnes() {
        @SuppressWarnings("unchecked")
        List<Object> versions = em.createNativeQuery(
                        "select version from flyway_schema_history where success and version is not null order by installed_rank")
                .getResultList();
        assertThat(versions).extracting(Object::toString).startsWith("1", "2", "3", "4", "5");
    }

    @Test
    void threeFrameworksAreLoadedWithTheirNamesKindsAndYears() {
        assertThat(frameworks.findAll())
                .extracting(CriteriaFramework::getCode)
                .containsExactlyInAnyOrder("PAR2023", "SIPAS2023", "SVC766");
        CriteriaFramework par = framework("PAR2023");
        assertThat(par.getName()).isEqualTo(Normalizer.normalize("Chỉ số CCHC 2023", Normalizer.Form.NFC));
        assertThat(par.getKind()).isEqualTo(FrameworkKind.PAR_INDEX);
        assertThat(par.getYear()).isEqualTo(2023);
        CriteriaFramework sipas = framework("SIPAS2023");
        assertThat(sipas.getName()).isEqualTo("Chỉ số SIPAS 2023");
        assertThat(sipas.getKind()).isEqualTo(FrameworkKind.SIPAS);
        assertThat(sipas.getYear()).isEqualTo(2023);
        CriteriaFramework svc = framework("SVC766");
        assertThat(svc.getName()).isEqualTo("Bộ chỉ số 766");
        assertThat(svc.getKind()).isEqualTo(FrameworkKind.SERVICE_766);
        assertThat(svc.getYear()).isEqualTo(2024);
        assertThat(frameworks.findAll()).allSatisfy(f -> {
            assertThat(f.isRetired()).isFalse();
            assertThat(f.getCopiedFromId()).isNull();
            assertThat(f.getCreatedAt()).isNotNull();
        });
    }

    @Test
    void everyRowOfTheSeedFileIsLoaded() throws IOException {
        Map<String, Long> expected = rowsPerFrameworkInSeedFile();
        assertThat(expected.keySet()).containsExactlyInAnyOrder("PAR2023", "SIPAS2023", "SVC766");
        expected.forEach((code, rows) -> assertThat(
                        criteria.countByFrameworkId(framework(code).getId()))
                .as(code)
                .isEqualTo(rows));
        assertThat(criteria.findAll()).noneMatch(Criterion::isRetired);
    }

    @Test
    void theParIndexHasItsEightAreasInOrder() {
        List<Criterion> areas = ordered("PAR2023").stream()
                .filter(c -> c.getLevel() == CriterionLevel.AREA)
                .toList();
        assertThat(areas)
                .extracting(Criterion::getCode)
                .containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII");
        assertThat(areas).allSatisfy(a -> assertThat(a.getParentId()).isNull());
        assertThat(areas.getFirst().getTitle()).isEqualTo("CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC");
        assertThat(areas.getLast().getTitle()).startsWith("TÁC ĐỘNG CỦA CCHC");
        assertThat(criteria.countByFrameworkIdAndLevel(framework("PAR2023").getId(), CriterionLevel.AREA))
                .isEqualTo(8);
    }

    @Test
    void everySubCriterionHangsUnderACriterionThatHangsUnderAnArea() {
        Map<Long, Criterion> byId = criteria
                .findByFrameworkId(framework("PAR2023").getId())
                .stream()
                .collect(Collectors.toMap(Criterion::getId, Function.identity()));
        List<Criterion> subs = byId.values().stream()
                .filter(c -> c.getLevel() == CriterionLevel.SUB_CRITERION)
                .toList();
        assertThat(subs).hasSizeGreaterThan(60);
        for (Criterion sub : subs) {
            Criterion parent = byId.get(sub.getParentId());
            assertThat(parent).as(sub.getCode()).isNotNull();
            assertThat(parent.getLevel()).as(sub.getCode()).isEqualTo(CriterionLevel.CRITERION);
            Criterion area = byId.get(parent.getParentId());
            assertThat(area).as(parent.getCode()).isNotNull();
            assertThat(area.getLevel()).as(parent.getCode()).isEqualTo(CriterionLevel.AREA);
            // "TCTP 3.4.5" under "TC 3.4" under area III
            assertThat(sub.getCode()).startsWith(parent.getCode().replace("TC ", "TCTP ") + ".");
        }
        Criterion tctp = criterion("PAR2023", "TCTP 1.3.1");
        assertThat(byId.get(tctp.getParentId()).getCode()).isEqualTo("TC 1.3");
    }

    @Test
    void sipasComponentsCarryTheir2022BaselinesExactly() {
        List<Criterion> sipas = ordered("SIPAS2023");
        assertThat(sipas)
                .extracting(Criterion::getCode)
                .containsExactly("SIPAS", "SIPAS 1", "SIPAS 2", "SIPAS 3", "SIPAS 4", "SIPAS 5");
        assertThat(sipas).allSatisfy(c -> {
            assertThat(c.getLevel()).isEqualTo(CriterionLevel.COMPONENT);
            assertThat(c.getParentId()).isNull();
            assertThat(c.getBaselineYear()).isEqualTo(2022);
            assertThat(c.getUnit()).isEqualTo("%");
        });
        List<String> expected = List.of("82.52", "83.99", "84.04", "85.39", "80.90", "77.89");
        for (int i = 0; i < expected.size(); i++) {
            assertThat(sipas.get(i).getBaseline())
                    .as(sipas.get(i).getCode())
                    .isEqualByComparingTo(new BigDecimal(expected.get(i)));
        }
        assertThat(criterion("PAR2023", "TCTP 8.1.1").getBaseline()).isEqualByComparingTo("83.99");
        assertThat(criterion("PAR2023", "TCTP 8.1.5").getBaseline()).isEqualByComparingTo("77.89");
    }

    @Test
    void theServiceIndexHasSixIndicators() {
        List<Criterion> indicators = ordered("SVC766");
        assertThat(indicators)
                .extracting(Criterion::getCode)
                .containsExactly("766.1", "766.2", "766.3", "766.4", "766.5", "766.6");
        assertThat(indicators).allSatisfy(c -> {
            assertThat(c.getLevel()).isEqualTo(CriterionLevel.INDICATOR);
            assertThat(c.getParentId()).isNull();
            assertThat(c.getBaseline()).isNull();
        });
        assertThat(indicators.get(2).getTitle()).isEqualTo("Tỷ lệ DVC trực tuyến");
    }

    @Test
    void vietnameseTextIsStoredNfcWithAFoldedSearchKey() {
        Criterion c = criterion("PAR2023", "TCTP 7.3.6");
        assertThat(c.getTitle())
                .isEqualTo(Normalizer.normalize("Tỷ lệ hồ sơ trực tuyến toàn trình", Normalizer.Form.NFC));
        assertThat(Normalizer.isNormalized(c.getTitle(), Normalizer.Form.NFC)).isTrue();
        // V5 writes the same key the entity computes
        assertThat(c.getSearchKey())
                .isEqualTo("tctp 7.3.6 ty le ho so truc tuyen toan trinh")
                .isEqualTo(Criterion.searchKey(c.getCode(), c.getTitle()));
    }

    @Test
    void aNewCriterionGetsAnIdAfterTheLoadedOnesAndASearchKey() {
        CriteriaFramework svc = framework("SVC766");
        Criterion added = new Criterion(
                svc.getId(), null, CriterionLevel.INDICATOR, "766.7", "Mức độ số hóa kết quả giải quyết", 70);
        added.setBaseline(new BigDecimal("12.3456"), 2023);
        added.setUnit("%");
        Criterion saved = criteria.saveAndFlush(added);
        em.clear();
        Criterion reread = criteria.findById(saved.getId()).orElseThrow();
        assertThat(reread.getSearchKey()).isEqualTo("766.7 muc do so hoa ket qua giai quyet");
        assertThat(reread.getBaseline()).isEqualByComparingTo("12.3456");
        assertThat(versionInDb(saved.getId())).isZero();
    }

    @Test
    void aCodeIsUniqueWithinItsFramework() {
        CriteriaFramework par = framework("PAR2023");
        Criterion area = criterion("PAR2023", "I");
        assertThatThrownBy(() -> criteria.saveAndFlush(
                        new Criterion(par.getId(), area.getId(), CriterionLevel.CRITERION, "TC 1.1", "Bản sao", 25)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theSameCodeMayBeUsedInAnotherFramework() {
        CriteriaFramework sipas = framework("SIPAS2023");
        Criterion elsewhere = criteria.saveAndFlush(
                new Criterion(sipas.getId(), null, CriterionLevel.COMPONENT, "TC 1.1", "Cùng mã ở bộ chỉ số khác", 70));
        assertThat(elsewhere.getId()).isNotNull();
        assertThat(criteria.findByFrameworkIdAndCode(framework("PAR2023").getId(), "TC 1.1"))
                .isPresent();
    }

    @Test
    void theDatabaseRefusesAnUnknownLevel() {
        long par = framework("PAR2023").getId();
        assertThatThrownBy(() -> em.createNativeQuery("insert into criterion (framework_id, code, title, level, "
                                + "search_key) values (?1, 'X1', 'x', 'CHAPTER', 'x')")
                        .setParameter(1, par)
                        .executeUpdate())
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void theDatabaseRefusesANegativeBaseline() {
        long par = framework("PAR2023").getId();
        assertThatThrownBy(() -> em.createNativeQuery("insert into criterion (framework_id, code, title, level, "
                                + "search_key, baseline) values (?1, 'X2', 'x', 'AREA', 'x', -1)")
                        .setParameter(1, par)
                        .executeUpdate())
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void theDatabaseRefusesAnUnknownFrameworkKind() {
        assertThatThrownBy(() -> em.createNativeQuery("insert into criteria_framework (code, name, kind, "
                                + "framework_year) values ('X2024', 'x', 'OTHER', 2024)")
                        .executeUpdate())
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void anUpdateIncrementsTheVersionAndAStaleOneIsRejected() {
        Criterion c = criterion("PAR2023", "TC 1.1");
        long before = versionInDb(c.getId());
        c.setTitle("Thực hiện kế hoạch CCHC năm");
        criteria.saveAndFlush(c);
        assertThat(versionInDb(c.getId())).isEqualTo(before + 1);

        em.createNativeQuery("update criterion set version = version + 1 where id = ?1")
                .setParameter(1, c.getId())
                .executeUpdate();
        c.setSortOrder(c.getSortOrder() + 1);
        assertThatThrownBy(() -> criteria.saveAndFlush(c)).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
