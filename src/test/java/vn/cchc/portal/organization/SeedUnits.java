package vn.cchc.portal.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed organisation units ({@code db/data/org_units.tsv}) numbered 1, 2, … in file order, and the name index
 * over them, without a database. For tests and benchmarks of the matcher.
 */
public final class SeedUnits {

    /** A coordinating cell of the 1908 appendix: offices, a slash, groups and whole levels (seven assignees). */
    public static final String LONG_APPENDIX_CELL = "Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông/Trung tâm "
            + "Phục vụ hành chính công của tỉnh, Bưu điện tỉnh, các sở, ban, ngành tỉnh; UBND cấp huyện, UBND cấp xã "
            + "và các cơ quan, đơn vị có liên quan";

    private final Map<String, Long> ids = new HashMap<>();
    private final UnitNameIndex index;

    private SeedUnits() {
        List<UnitNameIndex.Unit> units = new ArrayList<>();
        try (InputStream in = SeedUnits.class.getResourceAsStream("/db/data/org_units.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            long id = 1;
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                ids.put(f[0], id);
                units.add(new UnitNameIndex.Unit(
                        id++,
                        f[3],
                        f[4].isBlank() ? null : f[4],
                        f[7].isBlank() ? null : f[7],
                        OrgUnitKind.valueOf(f[2]),
                        f[1].isBlank() ? null : ids.get(f[1])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index = new UnitNameIndex(units);
    }

    public static SeedUnits load() {
        return new SeedUnits();
    }

    /** The number given to the unit with this code. */
    public long id(String code) {
        return ids.get(code);
    }

    UnitNameIndex index() {
        return index;
    }
}
