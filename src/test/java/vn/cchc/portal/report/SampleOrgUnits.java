package vn.cchc.portal.report;

import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A fixed slice of the Gia Lai organisation tree in depth-first order, for report tests. */
final class SampleOrgUnits {

    static final String LONG_NAME = "Trung tâm Phục vụ hành chính công và Kiểm soát thủ tục hành chính thuộc Văn phòng "
            + "Ủy ban nhân dân tỉnh Gia Lai (bộ phận tiếp nhận và trả kết quả giải quyết thủ tục hành chính)";

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    private SampleOrgUnits() {}

    static List<OrgUnitSummary> tree() {
        List<OrgUnitSummary> units = new ArrayList<>();
        Builder b = new Builder(units);
        long province = b.add("UBND", "Ủy ban nhân dân tỉnh Gia Lai", OrgUnitKind.PROVINCE, null, 0);
        b.add("SNV", "Sở Nội vụ", OrgUnitKind.DEPARTMENT, province, 1);
        b.add("STP", "Sở Tư pháp", OrgUnitKind.DEPARTMENT, province, 1);
        b.add("SKHDT", "Sở Kế hoạch và Đầu tư", OrgUnitKind.DEPARTMENT, province, 1);
        b.add("SLDTBXH", "Sở Lao động – Thương binh và Xã hội", OrgUnitKind.DEPARTMENT, province, 1);
        b.add("STTTT", "Sở Thông tin và Truyền thông", OrgUnitKind.DEPARTMENT, province, 1);
        long office = b.add("VPUBND", "Văn phòng Ủy ban nhân dân tỉnh", OrgUnitKind.DEPARTMENT, province, 1);
        b.add("TTPVHCC", LONG_NAME, OrgUnitKind.SUBUNIT, office, 2);
        b.add("CAT", "Công an tỉnh", OrgUnitKind.AGENCY, province, 1);
        b.add("BHXH", "Bảo hiểm xã hội tỉnh", OrgUnitKind.AGENCY, province, 1);
        long pleiku = b.add("H00", "Thành phố Pleiku", OrgUnitKind.DISTRICT, province, 1);
        b.add("H00X00", "Phường Hội Thương", OrgUnitKind.COMMUNE, pleiku, 2);
        b.add("H00X01", "Phường Hoa Lư", OrgUnitKind.COMMUNE, pleiku, 2);
        b.add("H00X02", "Phường Yên Đỗ", OrgUnitKind.COMMUNE, pleiku, 2);
        b.add("H00X03", "Xã Biển Hồ", OrgUnitKind.COMMUNE, pleiku, 2);
        b.add("H00X04", "Xã Chư Á", OrgUnitKind.COMMUNE, pleiku, 2);
        long chuProng = b.add("H03", "Huyện Chư Prông", OrgUnitKind.DISTRICT, province, 1);
        b.add("H03X00", "Xã Ia Tôr", OrgUnitKind.COMMUNE, chuProng, 2);
        b.add("H03X01", "Thị trấn Chư Prông", OrgUnitKind.COMMUNE, chuProng, 2);
        b.add("H03X02", "Xã Ia Boòng", OrgUnitKind.COMMUNE, chuProng, 2);
        b.add("H03X03", "Xã Ia Drăng", OrgUnitKind.COMMUNE, chuProng, 2);
        b.add("H03X04", "Xã Ia Phìn", OrgUnitKind.COMMUNE, chuProng, 2);
        b.add("H03X05", "Xã Ia Mơ", OrgUnitKind.COMMUNE, chuProng, 2);
        b.add("H03X06", "Xã Bàu Cạn", OrgUnitKind.COMMUNE, chuProng, 2);
        long iaGrai = b.add("H05", "Huyện Ia Grai", OrgUnitKind.DISTRICT, province, 1);
        b.add("H05X00", "Thị trấn Ia Kha", OrgUnitKind.COMMUNE, iaGrai, 2);
        b.add("H05X01", "Xã Ia Dêr", OrgUnitKind.COMMUNE, iaGrai, 2);
        b.add("H05X02", "Xã Ia Sao", OrgUnitKind.COMMUNE, iaGrai, 2);
        b.add("H05X03", "Xã Ia Yok", OrgUnitKind.COMMUNE, iaGrai, 2);
        long kbang = b.add("H07", "Huyện Kbang", OrgUnitKind.DISTRICT, province, 1);
        b.add("H07X00", "Thị trấn Kbang", OrgUnitKind.COMMUNE, kbang, 2);
        b.add("H07X01", "Xã Đắk Rong", OrgUnitKind.COMMUNE, kbang, 2);
        b.add("H07X02", "Xã Sơn Lang", OrgUnitKind.COMMUNE, kbang, 2);
        b.add("H07X03", "Xã Kông Lơng Khơng", OrgUnitKind.COMMUNE, kbang, 2);
        long ayunPa = b.add("H10", "Thị xã Ayun Pa", OrgUnitKind.DISTRICT, province, 1);
        b.add("H10X00", "Phường Đoàn Kết", OrgUnitKind.COMMUNE, ayunPa, 2);
        b.add("H10X01", "Phường Sông Bờ", OrgUnitKind.COMMUNE, ayunPa, 2);
        b.add("H10X02", "Xã Ia Rbol", OrgUnitKind.COMMUNE, ayunPa, 2);
        b.add("H10X03", "Xã Chư Băh", OrgUnitKind.COMMUNE, ayunPa, 2);
        return units;
    }

    private record Builder(List<OrgUnitSummary> units) {
        long add(String code, String name, OrgUnitKind kind, Long parent, int depth) {
            long id = units.size() + 1L;
            units.add(new OrgUnitSummary(
                    id, code, name, null, kind, parent, depth, units.size(), FROM, null, null, null, true));
            return id;
        }
    }
}
