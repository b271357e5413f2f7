package vn.cchc.portal.criterion;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.shared.BusinessException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The criteria catalogue as planners maintain it and every role reads it. Tests that write run in a transaction
 * that is rolled back, so the shared test database keeps the seeded frameworks.
 */
@SpringBootTest
class CriterionServiceTest {

    private static final String USERS = "dbUserDetailsService";

    @Autowired
    CriterionService criteria;

    @Autowired
    CriterionRepository repository;

    private long par() {
        return criteria.findFramework("PAR2023").orElseThrow().id();
    }

    private CriterionSummary byCode(String code) {
        return criteria.findByCode("PAR2023", code).orElseThrow(() -> new AssertionError(code));
    }

    private static CriterionForm form(String code, String title) {
        return CriterionForm.of(code, title);
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void theFrameworksAreListedByKindWithTheirYears() {
        assertThat(criteria.frameworks(false))
                .extracting(FrameworkSummary::code, FrameworkSummary::year)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PAR2023", 2023),
                        org.assertj.core.groups.Tuple.tuple("SIPAS2023", 2023),
                        org.assertj.core.groups.Tuple.tuple("SVC766", 2024));
        assertThat(criteria.findFramework("par2023"))
                .map(FrameworkSummary::name)
                .hasValue("Chỉ số CCHC 2023");
        assertThat(criteria.findFramework("NO-SUCH")).isEmpty();
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void theTreeIsInDocumentOrderWithDepths() {
        List<CriterionSummary> tree = criteria.tree(par(), false);
        assertThat(tree.subList(0, 6))
                .extracting(CriterionSummary::code, CriterionSummary::depth)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("I", 0),
                        org.assertj.core.groups.Tuple.tuple("TC 1.1", 1),
                        org.assertj.core.groups.Tuple.tuple("TC 1.2", 1),
                        org.assertj.core.groups.Tuple.tuple("TC 1.3", 1),
                        org.assertj.core.groups.Tuple.tuple("TCTP 1.3.1", 2),
                        org.assertj.core.groups.Tuple.tuple("TCTP 1.3.2", 2));
        assertThat(tree.getLast().code()).isEqualTo("TC 8.5");
        assertThat(tree).filteredOn(c -> c.level() == CriterionLevel.AREA).hasSize(8);
        // every row comes after its parent
        Map<Long, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < tree.size(); i++) {
            position.put(tree.get(i).id(), i);
        }
        assertThat(tree)
                .filteredOn(c -> c.parentId() != null)
                .allSatisfy(c -> assertThat(position.get(c.parentId())).isLessThan(position.get(c.id())));
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void searchMatchesWithOrWithoutDiacriticsAndKeepsTheAncestors() {
        for (String query : new String[] {"hồ sơ trực tuyến", "ho so truc tuyen", "HO SO TRUC TUYEN"}) {
            assertThat(criteria.search(par(), query))
                    .extracting(CriterionSummary::code)
                    .as(query)
                    .containsExactly("VII", "TC 7.3", "TCTP 7.3.6");
        }
        assertThat(criteria.search(par(), "tctp 1.3."))
                .extracting(CriterionSummary::code)
                .containsExactly("I", "TC 1.3", "TCTP 1.3.1", "TCTP 1.3.2");
        assertThat(criteria.search(par(), "không có tiêu chí này")).isEmpty();
        assertThat(criteria.search(par(), " ")).hasSameSizeAs(criteria.tree(par(), false));
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void aCriterionIsFoundByCodeInAFrameworkGivenByIdOrByCode() {
        CriterionSummary tctp = byCode("TCTP 1.3.1");
        assertThat(tctp.level()).isEqualTo(CriterionLevel.SUB_CRITERION);
        assertThat(tctp.depth()).isEqualTo(2);
        assertThat(tctp.parentId()).isEqualTo(byCode("TC 1.3").id());
        assertThat(criteria.findByCode(par(), "tctp1.3.1"))
                .map(CriterionSummary::id)
                .hasValue(tctp.id());
        assertThat(criteria.findByCode("PAR2023", "TCTP 9.9.9")).isEmpty();
        assertThat(criteria.findByCode("NO-SUCH", "TC 1.1")).isEmpty();
        CriterionSummary sipas1 = criteria.findByCode("SIPAS2023", "SIPAS 1").orElseThrow();
        assertThat(sipas1.baseline()).isEqualByComparingTo("83.99");
        assertThat(sipas1.baselineYear()).isEqualTo(2022);
        assertThat(sipas1.unit()).isEqualTo("%");
        assertThat(criteria.get(sipas1.id())).isEqualTo(sipas1);
        assertThat(criteria.findByCode("SVC766", "766.3"))
                .map(CriterionSummary::title)
                .hasValue("Tỷ lệ DVC trực tuyến");
    }

    @Test
    @Transactional
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void plansOfAYearFindTheCriteriaOfTheFrameworksInForce() {
        assertThat(criteria.frameworksInForce(2023))
                .extracting(FrameworkSummary::code)
                .containsExactly("PAR2023", "SIPAS2023");
        assertThat(criteria.frameworksInForce(2025))
                .extracting(FrameworkSummary::code)
                .containsExactly("PAR2023", "SIPAS2023", "SVC766");
        assertThat(criteria.frameworksInForce(2022)).isEmpty();
        assertThat(criteria.findInForce(2023, "tctp 1.3.1"))
                .map(CriterionSummary::id)
                .hasValue(byCode("TCTP 1.3.1").id());
        assertThat(criteria.findInForce(2023, "SIPAS 2"))
                .map(CriterionSummary::baseline)
                .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("84.04"));
        assertThat(criteria.findInForce(2023, "766.3")).isEmpty();
        assertThat(criteria.findInForce(2024, "766.3"))
                .map(CriterionSummary::title)
                .hasValue("Tỷ lệ DVC trực tuyến");
        assertThat(criteria.criteriaInForce(2024))
                .hasSize(criteria.tree(par(), false).size() + 6 + 6);

        // once a 2024 copy exists, 2024 plans use it and 2023 plans keep the 2023 framework
        FrameworkSummary par2024 = criteria.copyFramework(par(), 2024, "PAR2024", "Chỉ số CCHC 2024");
        assertThat(criteria.frameworksInForce(2024))
                .extracting(FrameworkSummary::code)
                .containsExactly("PAR2024", "SIPAS2023", "SVC766");
        assertThat(criteria.findInForce(2024, "TC 1.1"))
                .map(CriterionSummary::frameworkId)
                .hasValue(par2024.id());
        assertThat(criteria.findInForce(2023, "TC 1.1"))
                .map(CriterionSummary::frameworkId)
                .hasValue(par());
    }

    @Test
    @Transactional
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void aPlannerAddsEditsAndRetiresACriterion() {
        CriterionSummary tc13 = byCode("TC 1.3");
        CriterionForm form = form("TCTP 1.3.3", "Kiểm tra đột xuất công tác CCHC");
        form.setBaseline(new BigDecimal("12.5"));
        form.setBaselineYear(2022);
        form.setUnit("%");

        CriterionSummary added = criteria.add(par(), tc13.id(), form);

        assertThat(added.level()).isEqualTo(CriterionLevel.SUB_CRITERION);
        assertThat(added.parentId()).isEqualTo(tc13.id());
        assertThat(added.depth()).isEqualTo(2);
        assertThat(added.baseline()).isEqualByComparingTo("12.5");
        assertThat(criteria.tree(par(), false))
                .extracting(CriterionSummary::code)
                .containsSubsequence("TCTP 1.3.1", "TCTP 1.3.2", "TCTP 1.3.3", "TC 1.4");
        assertThat(criteria.search(par(), "kiem tra dot xuat"))
                .extracting(CriterionSummary::code)
                .containsExactly("I", "TC 1.3", "TCTP 1.3.3");

        CriterionForm edit = CriterionForm.of(added);
        edit.setTitle("  Kiểm tra   đột xuất việc thực hiện CCHC ");
        edit.setMaxScore(new BigDecimal("1.5"));
        CriterionSummary edited = criteria.update(edit);
        assertThat(edited.title()).isEqualTo("Kiểm tra đột xuất việc thực hiện CCHC");
        assertThat(edited.maxScore()).isEqualByComparingTo("1.5");
        assertThat(edited.version()).isGreaterThan(added.version());

        CriterionSummary retired = criteria.retire(tc13.id());
        assertThat(retired.retired()).isTrue();
        assertThat(criteria.tree(par(), false))
                .extracting(CriterionSummary::code)
                .doesNotContain("TC 1.3", "TCTP 1.3.1", "TCTP 1.3.2", "TCTP 1.3.3")
                .contains("TC 1.4");
        assertThat(criteria.tree(par(), true))
                .filteredOn(CriterionSummary::retired)
                .extracting(CriterionSummary::code)
                .containsExactly("TC 1.3", "TCTP 1.3.1", "TCTP 1.3.2", "TCTP 1.3.3");
        assertThat(criteria.findByCode(par(), "TCTP 1.3.1"))
                .map(CriterionSummary::retired)
                .hasValue(true);
        assertThatThrownBy(() -> criteria.add(par(), tc13.id(), form("TCTP 1.3.4", "Mới")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("đã ngừng sử dụng");

        criteria.restore(tc13.id());
        assertThat(criteria.tree(par(), false))
                .extracting(CriterionSummary::code)
                .contains("TC 1.3", "TCTP 1.3.1", "TCTP 1.3.3");
    }

    @Test
    @Transactional
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = USERS)
    void theLevelFollowsTheParentAndTheFramework() {
        CriterionSummary area = criteria.add(par(), null, form("IX", "LĨNH VỰC THỬ NGHIỆM"));
        assertThat(area.level()).isEqualTo(CriterionLevel.AREA);
        assertThat(criteria.tree(par(), false).getLast().code()).isEqualTo("IX");
        CriterionSummary tc = criteria.add(par(), area.id(), form("TC 9.1", "Tiêu chí thử"));
        assertThat(tc.level()).isEqualTo(CriterionLevel.CRITERION);
        long svc = criteria.findFramework("SVC766").orElseThrow().id();
        CriterionSummary indicator = criteria.add(svc, null, form("766.7", "Chỉ số thử"));
        assertThat(indicator.level()).isEqualTo(CriterionLevel.INDICATOR);
        assertThat(indicator.sortOrder()).isEqualTo(70);
    }

    @Test
    @Transactional
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void inconsistentLevelsAndParentsAreRefusedInVietnamese() {
        long sipas = criteria.findFramework("SIPAS2023").orElseThrow().id();
        CriterionSummary sub = byCode("TCTP 1.3.1");
        CriterionSummary area = byCode("I");
        long before = repository.count();

        CriterionForm subAtRoot = form("TCTP 0.0.1", "Sai cấp");
        subAtRoot.setLevel(CriterionLevel.SUB_CRITERION);
        assertThatThrownBy(() -> criteria.add(par(), null, subAtRoot))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Mỗi tiêu chí thành phần (TCTP) phải nằm dưới một tiêu chí (TC).");
        CriterionForm areaUnderArea = form("I.1", "Lĩnh vực con");
        areaUnderArea.setLevel(CriterionLevel.AREA);
        assertThatThrownBy(() -> criteria.add(par(), area.id(), areaUnderArea))
                .hasMessageContaining("phải ở cấp cao nhất");
        assertThatThrownBy(() -> criteria.add(par(), sub.id(), form("TCTP 1.3.1.1", "Quá sâu")))
                .hasMessageContaining("Không thể thêm tiêu chí con");
        assertThatThrownBy(() -> criteria.add(sipas, area.id(), form("SIPAS 6", "Khác bộ")))
                .hasMessage("Tiêu chí cha phải thuộc cùng bộ chỉ số.");
        CriterionForm areaInSipas = form("SIPAS X", "Sai loại");
        areaInSipas.setLevel(CriterionLevel.AREA);
        assertThatThrownBy(() -> criteria.add(sipas, null, areaInSipas)).hasMessageContaining("không có cấp lĩnh vực");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    @Transactional
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void missingTextsAndBadNumbersAreRefusedInVietnamese() {
        CriterionSummary area = byCode("I");
        long before = repository.count();
        assertThatThrownBy(() -> criteria.add(par(), area.id(), form("  ", "Tên")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Vui lòng nhập mã tiêu chí.");
        assertThatThrownBy(() -> criteria.add(par(), area.id(), form("TC 1.9", null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Vui lòng nhập tên tiêu chí.");
        CriterionForm negative = form("TC 1.9", "Âm");
        negative.setBaseline(new BigDecimal("-1"));
        negative.setBaselineYear(2022);
        assertThatThrownBy(() -> criteria.add(par(), area.id(), negative))
                .hasMessage("Giá trị cơ sở (kết quả năm trước) không được âm.");
        CriterionForm noYear = form("TC 1.9", "Thiếu năm");
        noYear.setBaseline(new BigDecimal("50"));
        assertThatThrownBy(() -> criteria.add(par(), area.id(), noYear))
                .hasMessageContaining("Vui lòng nhập năm của giá trị cơ sở");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    @Transactional
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void aDuplicateCodeIsRefusedAndNothingIsSaved() {
        CriterionSummary area = byCode("I");
        long before = repository.count();
        for (String code : new String[] {"TC 1.1", "tc 1.1", "TC1.1"}) {
            assertThatThrownBy(() -> criteria.add(par(), area.id(), form(code, "Trùng mã")))
                    .as(code)
                    .isInstanceOf(BusinessException.class)
                    .hasMessage("Mã “" + code + "” đã có trong bộ chỉ số “Chỉ số CCHC 2023”; mỗi tiêu chí cần "
                            + "một mã riêng.");
        }
        CriterionForm rename = CriterionForm.of(byCode("TC 1.2"));
        rename.setCode("TC 1.1");
        assertThatThrownBy(() -> criteria.update(rename))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("đã có trong bộ chỉ số");
        assertThat(repository.count()).isEqualTo(before);
        assertThat(byCode("TC 1.2").title()).isEqualTo("Thực hiện chế độ báo cáo CCHC định kỳ");
    }

    @Test
    @Transactional
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void aStaleEditIsRefused() {
        CriterionSummary original = byCode("TC 1.4");
        CriterionForm mine = CriterionForm.of(original);
        CriterionForm theirs = CriterionForm.of(original);
        theirs.setTitle("Công tác thông tin, tuyên truyền CCHC");
        criteria.update(theirs);

        mine.setTitle("Tuyên truyền CCHC");
        assertThatThrownBy(() -> criteria.update(mine))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("vừa được người khác sửa đổi");
        assertThat(byCode("TC 1.4").title()).isEqualTo("Công tác thông tin, tuyên truyền CCHC");
    }

    @Test
    @Transactional
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void aPlannerCopiesTheParIndexToANewYearKeepingItsStructure() {
        CriterionSummary retiredBeforeCopy = criteria.retire(byCode("TC 8.5").id());
        List<CriterionSummary> source = criteria.tree(par(), false);

        FrameworkSummary copy = criteria.copyFramework(par(), 2024, "PAR2024", "Chỉ số CCHC 2024");

        assertThat(copy.code()).isEqualTo("PAR2024");
        assertThat(copy.name()).isEqualTo("Chỉ số CCHC 2024");
        assertThat(copy.kind()).isEqualTo(FrameworkKind.PAR_INDEX);
        assertThat(copy.year()).isEqualTo(2024);
        assertThat(copy.copiedFromId()).isEqualTo(par());
        List<CriterionSummary> copied = criteria.tree(copy.id(), true);
        assertThat(copied).hasSameSizeAs(source).noneMatch(CriterionSummary::retired);
        assertThat(copied)
                .extracting(CriterionSummary::code)
                .containsExactlyElementsOf(
                        source.stream().map(CriterionSummary::code).toList())
                .doesNotContain(retiredBeforeCopy.code());
        assertThat(copied)
                .extracting(CriterionSummary::title)
                .containsExactlyElementsOf(
                        source.stream().map(CriterionSummary::title).toList());
        Set<Long> oldIds = source.stream().map(CriterionSummary::id).collect(Collectors.toSet());
        assertThat(copied).extracting(CriterionSummary::id).doesNotContainAnyElementsOf(oldIds);
        assertThat(copied).allSatisfy(c -> assertThat(c.frameworkId()).isEqualTo(copy.id()));
        // same structure: each copied row's parent has the code of the original's parent
        Map<Long, CriterionSummary> copiedById =
                copied.stream().collect(Collectors.toMap(CriterionSummary::id, Function.identity()));
        Map<Long, CriterionSummary> sourceById =
                source.stream().collect(Collectors.toMap(CriterionSummary::id, Function.identity()));
        for (int i = 0; i < source.size(); i++) {
            CriterionSummary s = source.get(i);
            CriterionSummary c = copied.get(i);
            assertThat(c.level()).isEqualTo(s.level());
            assertThat(c.depth()).isEqualTo(s.depth());
            assertThat(
                            c.parentId() == null
                                    ? null
                                    : copiedById.get(c.parentId()).code())
                    .as(c.code())
                    .isEqualTo(
                            s.parentId() == null
                                    ? null
                                    : sourceById.get(s.parentId()).code());
        }
        assertThat(criteria.findByCode("PAR2024", "TCTP 8.1.1"))
                .map(CriterionSummary::baseline)
                .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("83.99"));
        assertThat(criteria.frameworks(false))
                .extracting(FrameworkSummary::code)
                .containsExactly("PAR2024", "PAR2023", "SIPAS2023", "SVC766");

        // the copy is independent of its source
        CriterionForm edit =
                CriterionForm.of(criteria.findByCode("PAR2024", "TC 1.1").orElseThrow());
        edit.setTitle("Thực hiện kế hoạch CCHC năm 2024");
        criteria.update(edit);
        assertThat(byCode("TC 1.1").title()).isEqualTo("Thực hiện kế hoạch CCHC");
    }

    @Test
    @Transactional
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void aCopyIsRefusedForATakenCodeOrAYearThatAlreadyHasTheFramework() {
        long sipas = criteria.findFramework("SIPAS2023").orElseThrow().id();
        long frameworksBefore = criteria.frameworks(true).size();
        long rowsBefore = repository.count();

        assertThatThrownBy(() -> criteria.copyFramework(sipas, 2024, "sipas2023", "Chỉ số SIPAS 2024"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Mã bộ chỉ số “sipas2023” đã được sử dụng; hãy chọn mã khác.");
        assertThatThrownBy(() -> criteria.copyFramework(sipas, 2023, "SIPAS2023B", "Chỉ số SIPAS 2023 (bản 2)"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Đã có bộ chỉ số cùng loại cho năm 2023: “Chỉ số SIPAS 2023” (SIPAS2023).");
        assertThatThrownBy(() -> criteria.copyFramework(sipas, 1999, "SIPAS1999", "Chỉ số SIPAS 1999"))
                .hasMessage("Năm áp dụng phải từ 2000 đến 2100.");
        assertThatThrownBy(() -> criteria.copyFramework(sipas, 2024, "SIPAS 2024", "Chỉ số SIPAS 2024"))
                .hasMessageContaining("chữ không dấu, số");
        assertThatThrownBy(() -> criteria.copyFramework(sipas, 2024, "SIPAS2024", " "))
                .hasMessage("Vui lòng nhập tên bộ chỉ số mới.");

        assertThat(criteria.frameworks(true)).hasSize((int) frameworksBefore);
        assertThat(repository.count()).isEqualTo(rowsBefore);
    }

    @Test
    @Transactional
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = USERS)
    void aRetiredFrameworkIsHiddenByDefaultAndCannotBeEdited() {
        long svc = criteria.findFramework("SVC766").orElseThrow().id();
        criteria.retireFramework(svc);
        assertThat(criteria.frameworks(false))
                .extracting(FrameworkSummary::code)
                .doesNotContain("SVC766");
        assertThat(criteria.frameworks(true)).extracting(FrameworkSummary::code).contains("SVC766");
        assertThatThrownBy(() -> criteria.add(svc, null, form("766.7", "Mới")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("đã ngừng sử dụng, không thể sửa đổi");
    }

    @Test
    @WithUserDetails(value = "giamdoc.stp", userDetailsServiceBeanName = USERS)
    void aUnitHeadReadsTheCriteriaButCannotChangeThem() {
        assertReadsButCannotWrite();
    }

    @Test
    @WithUserDetails(value = "lanhdao.ubnd", userDetailsServiceBeanName = USERS)
    void aLeaderReadsTheCriteriaButCannotChangeThem() {
        assertReadsButCannotWrite();
    }

    @Test
    @WithUserDetails(value = "canbo.stp", userDetailsServiceBeanName = USERS)
    void aUnitStaffMemberReadsTheCriteriaButCannotChangeThem() {
        assertReadsButCannotWrite();
    }

    private void assertReadsButCannotWrite() {
        assertThat(criteria.frameworks(false)).hasSize(3);
        assertThat(criteria.tree(par(), false)).hasSizeGreaterThan(100);
        assertThat(criteria.search(par(), "sipas")).isNotEmpty();
        CriterionSummary tc = byCode("TC 1.1");
        long before = repository.count();

        assertThatThrownBy(() -> criteria.add(par(), null, form("IX", "Không được thêm")))
                .isInstanceOf(AccessDeniedException.class);
        CriterionForm edit = CriterionForm.of(tc);
        edit.setTitle("Không được sửa");
        assertThatThrownBy(() -> criteria.update(edit)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> criteria.retire(tc.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> criteria.restore(tc.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> criteria.copyFramework(par(), 2030, "PAR2030", "Chỉ số CCHC 2030"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> criteria.retireFramework(par())).isInstanceOf(AccessDeniedException.class);

        assertThat(repository.count()).isEqualTo(before);
        assertThat(byCode("TC 1.1").title()).isEqualTo("Thực hiện kế hoạch CCHC");
    }
}
