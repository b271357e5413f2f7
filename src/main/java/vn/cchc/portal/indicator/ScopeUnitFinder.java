package vn.cchc.portal.indicator;

import vn.cchc.portal.organization.OrgUnitMatcher;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitMatch;
import vn.cchc.portal.shared.BusinessException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Resolves unit names of an imported table with the organisation-unit matcher (as the plan import does): "Xã Ia Sao"
 * with its district "Ia Grai" as "Xã Ia Sao Ia Grai", or written as screens label it, "Xã Ia Sao (Huyện Ia Grai)";
 * a name several units bear is refused with the units it may mean. The unit must have targets in the plan.
 */
final class ScopeUnitFinder implements ValueTable.UnitFinder {

    private final OrgUnitMatcher matcher;
    private final Book book;
    private final LocalDate day;

    ScopeUnitFinder(OrgUnitMatcher matcher, Book book, LocalDate day) {
        this.matcher = matcher;
        this.book = book;
        this.day = day;
    }

    @Override
    public Result find(String name, String district) {
        Optional<UnitMatch.Assignee> found = Optional.empty();
        if (district != null) {
            found = matcher.matchOne(name + " " + district, day);
        }
        if (found.isEmpty()) {
            UnitMatch match = matcher.match(name, day);
            Optional<UnitMatch.Ambiguity> ambiguity = match.ambiguous().stream().findFirst();
            if (ambiguity.isPresent() && match.assignees().isEmpty()) {
                return Result.problem(
                        district == null
                                ? ambiguity.get().message() + "."
                                : BusinessException.text(
                                        "error.unit.ambiguousDistrict",
                                        new Object[] {ambiguity.get().message(), district},
                                        java.util.Locale.ROOT));
            }
            found = matcher.matchOne(name, day);
        }
        if (found.isEmpty()) {
            return Result.problem(
                    "Không nhận ra đơn vị “" + name + "”" + (district == null ? "" : " (" + district + ")")
                            + " trong danh sách cơ quan, đơn vị (hoặc tên trùng, cần ghi rõ cấp huyện).");
        }
        long id = found.get().unitId();
        boolean province = book.province != null && book.province.id() == id;
        if (book.exclusions.containsKey(id)) {
            return Result.problem(
                    "Đơn vị “" + found.get().label() + "” không được giao chỉ tiêu: " + book.exclusions.get(id).reason);
        }
        if (!province && !book.inScope(id)) {
            return Result.problem("Đơn vị “" + found.get().label() + "” không được giao chỉ tiêu trong kế hoạch này.");
        }
        if (district != null && !province) {
            OrgUnitSummary d = book.district(book.units.get(id));
            if (d != null
                    && !ValueTable.key(d.name()).contains(ValueTable.key(district))
                    && !ValueTable.key(district)
                            .contains(ValueTable.key(d.shortName() == null ? d.name() : d.shortName()))) {
                return Result.problem(
                        "Đơn vị “" + found.get().label() + "” thuộc " + d.name() + ", không thuộc “" + district + "”.");
            }
        }
        return Result.of(id);
    }
}
