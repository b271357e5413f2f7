package vn.cchc.portal.organization;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.support.MutableClock;
import vn.cchc.portal.support.SignIn;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Units as managed data: the administrator adds and edits units anywhere, a unit head the sub-units of their own
 * unit; codes are unique, names unique among siblings (case-blind, diacritic-aware); every change is audited.
 */
@SpringBootTest
@Transactional
class OrgUnitAdministrationTest {

    @Autowired
    OrgUnitAdministration administration;

    @Autowired
    OrgUnitService units;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    private long id(String codeOrName) {
        SignIn.as(users, "chuyenvien.snv");
        return units.find(codeOrName).orElseThrow().id();
    }

    private UnitForm subunit(long parent, String code, String name) {
        UnitForm form = UnitForm.under(parent, OrgUnitKind.SUBUNIT, clock.today());
        form.setCode(code);
        form.setName(name);
        return form;
    }

    @Test
    void anAdministratorAddsAUnitWithTwoSubunitsAndTheTreeShowsThemAtOnce() {
        long province = id("UBT");
        SignIn.as(users, "admin");
        UnitForm board = UnitForm.under(province, OrgUnitKind.AGENCY, clock.today());
        board.setCode("bqlda-dd");
        board.setName("  Ban Quản lý dự án   đầu tư xây dựng công trình dân dụng ");
        board.setShortName("BQLDA DD");
        OrgUnitSummary created = administration.create(board);
        administration.create(subunit(created.id(), "BQLDA-DD-VP", "Văn phòng Ban"));
        administration.create(subunit(created.id(), "BQLDA-DD-KT", "Phòng Kỹ thuật"));

        assertThat(created.code()).isEqualTo("BQLDA-DD");
        assertThat(created.name()).isEqualTo("Ban Quản lý dự án đầu tư xây dựng công trình dân dụng");
        SignIn.as(users, "chuyenvien.snv");
        assertThat(units.search("quan ly du an dan dung", false))
                .extracting(OrgUnitSummary::name)
                .contains("Ban Quản lý dự án đầu tư xây dựng công trình dân dụng");
        assertThat(units.tree(false))
                .filteredOn(u -> u.parentId() != null && u.parentId() == created.id())
                .extracting(OrgUnitSummary::name)
                .containsExactly("Văn phòng Ban", "Phòng Kỹ thuật");
        assertThat(audit.history(AuditSubjectType.ORG_UNIT, created.id(), Locale.of("vi")))
                .extracting(AuditRow::actionLabel, AuditRow::fieldLabel, AuditRow::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "Thêm đơn vị", "Tên đơn vị", "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng"));
    }

    @Test
    void namesAreUniqueAmongSiblingsWithoutRegardToCaseButWithRegardToDiacritics() {
        long chuProng = id("Huyện Chư Prông");
        SignIn.as(users, "admin");
        UnitForm same = UnitForm.under(chuProng, OrgUnitKind.COMMUNE, clock.today());
        same.setCode("XA-IATOR-2");
        same.setName("XÃ IA TÔR");
        assertThatThrownBy(() -> administration.create(same))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Đơn vị cấp trên này đã có đơn vị tên “Xã Ia Tôr”.");
        UnitForm other = UnitForm.under(chuProng, OrgUnitKind.COMMUNE, clock.today());
        other.setCode("XA-IATOR-3");
        other.setName("Xã Ia Tor");
        assertThat(administration.create(other).name()).isEqualTo("Xã Ia Tor");
        UnitForm code = UnitForm.under(chuProng, OrgUnitKind.COMMUNE, clock.today());
        code.setCode("xa-iator-3");
        code.setName("Xã Thử Nghiệm");
        assertThatThrownBy(() -> administration.create(code))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Mã XA-IATOR-3 đã được dùng cho đơn vị “Xã Ia Tor”.");
    }

    @Test
    void anEditIsAuditedFieldByFieldAndAUnitCannotMoveBelowItself() {
        long chuProng = id("Huyện Chư Prông");
        long iaTor = id("Xã Ia Tôr");
        long justice = id("STP");
        SignIn.as(users, "admin");
        UnitForm form = administration.form(iaTor);
        form.setShortName("Ia Tôr");
        form.setAliases("UBND xã Ia Tôr");
        administration.update(form);
        assertThat(audit.history(AuditSubjectType.ORG_UNIT, iaTor, Locale.of("vi")))
                .extracting(AuditRow::actionLabel, AuditRow::fieldLabel, AuditRow::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("Sửa thông tin đơn vị", "Tên viết tắt", "Ia Tôr"));

        UnitForm district = administration.form(chuProng);
        district.setParentId(iaTor);
        assertThatThrownBy(() -> administration.update(district))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Không thể đặt một đơn vị dưới chính nó hoặc dưới đơn vị trực thuộc của nó.");
        UnitForm department = administration.form(justice);
        department.setParentId(chuProng);
        assertThatThrownBy(() -> administration.update(department))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Không thể đặt loại “Sở, ban, ngành” dưới đơn vị loại “Cấp huyện”.");
    }

    @Test
    void aUnitHeadManagesTheSubunitsOfTheirOwnUnitAndNothingElse() {
        long iaTor = id("Xã Ia Tôr");
        long iaBang = id("Xã Ia Bang");
        SignIn.as(users, "chutich.iator");
        OrgUnitSummary office = administration.create(subunit(iaTor, "IATOR-VP", "Văn phòng - Thống kê"));
        OrgUnitSummary culture = administration.create(subunit(iaTor, "IATOR-VHXH", "Ban Văn hóa - Xã hội"));
        UnitForm rename = administration.form(culture.id());
        rename.setName("Phòng Văn hóa - Xã hội");
        assertThat(administration.update(rename).name()).isEqualTo("Phòng Văn hóa - Xã hội");
        assertThat(units.ownSubtree())
                .extracting(OrgUnitSummary::name)
                .contains("Xã Ia Tôr", "Văn phòng - Thống kê", "Phòng Văn hóa - Xã hội");
        assertThat(office.kind()).isEqualTo(OrgUnitKind.SUBUNIT);

        assertThatThrownBy(() -> administration.create(subunit(iaBang, "IABANG-VP", "Văn phòng")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.form(iaTor)).isInstanceOf(AccessDeniedException.class);
        UnitForm commune = UnitForm.under(iaTor, OrgUnitKind.COMMUNE, clock.today());
        commune.setCode("XA-MOI");
        commune.setName("Xã Mới");
        assertThatThrownBy(() -> administration.create(commune)).isInstanceOf(AccessDeniedException.class);
        long justice = id("STP");
        SignIn.as(users, "canbo.stp");
        assertThatThrownBy(() -> administration.create(subunit(justice, "STP-VP", "Văn phòng Sở")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedWithAMessageAndSavesNothing() {
        long province = id("UBT");
        SignIn.as(users, "admin");
        UnitForm form = UnitForm.under(province, OrgUnitKind.DEPARTMENT, clock.today());
        form.setName("Sở Thử nghiệm");
        assertThatThrownBy(() -> administration.create(form)).hasMessage("Vui lòng nhập mã đơn vị.");
        form.setCode("SỞ TN");
        assertThatThrownBy(() -> administration.create(form)).hasMessageStartingWith("Mã đơn vị chỉ gồm");
        form.setCode("STN");
        form.setName("x".repeat(301));
        assertThatThrownBy(() -> administration.create(form))
                .hasMessage("Nội dung dài tối đa 300 ký tự (đã nhập 301 ký tự).");
        form.setName("Sở Thử nghiệm");
        form.setParentId(null);
        assertThatThrownBy(() -> administration.create(form)).hasMessageStartingWith("Vui lòng chọn đơn vị cấp trên");
        SignIn.as(users, "chuyenvien.snv");
        assertThat(units.search("so thu nghiem", true)).isEmpty();
    }
}
