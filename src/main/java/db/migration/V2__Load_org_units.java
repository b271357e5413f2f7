package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.cchc.portal.shared.Texts;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads the organisation units of Gia Lai province (Appendix I of Plan 629/KH-UBND, 19/03/2024, plus the
 * provincial bodies the plans name) from {@code db/data/org_units.tsv}. Runs once, on H2 and PostgreSQL alike; a
 * deployment for another province starts with no units ({@link #PLACEHOLDER} false) and imports its own list.
 */
public class V2__Load_org_units extends BaseJavaMigration {

    static final String RESOURCE = "/db/data/org_units.tsv";
    static final LocalDate VALID_FROM = LocalDate.of(2020, 1, 1);

    /**
     * Flyway placeholder {@code seed_units} ({@code spring.flyway.placeholders.seed_units}, environment
     * {@code CCHC_SEED_UNITS}): "false" leaves the table empty for a deployment that imports its own unit list.
     */
    static final String PLACEHOLDER = "seed_units";

    @Override
    public void migrate(Context context) throws Exception {
        String seed = context.getConfiguration().getPlaceholders().get(PLACEHOLDER);
        if ("false".equalsIgnoreCase(seed == null ? "" : seed.strip())) {
            return;
        }
        Connection connection = context.getConnection();
        Map<String, Long> ids = new HashMap<>();
        String sql = "insert into org_unit (code, name, short_name, kind, parent_id, sort_order, valid_from, "
                + "handles_procedures, aliases, search_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (InputStream in = V2__Load_org_units.class.getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            reader.readLine(); // header
            String line;
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 8) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 8 columns");
                }
                String code = f[0].strip();
                String name = Texts.nfc(f[3]);
                String shortName = Texts.nfcOrNull(f[4]);
                String aliases = Texts.nfcOrNull(f[7]);
                insert.setString(1, code);
                insert.setString(2, name);
                insert.setString(3, shortName);
                insert.setString(4, f[2].strip());
                Long parent = f[1].isBlank() ? null : ids.get(f[1].strip());
                if (!f[1].isBlank() && parent == null) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": unknown parent " + f[1]);
                }
                if (parent == null) {
                    insert.setNull(5, Types.BIGINT);
                } else {
                    insert.setLong(5, parent);
                }
                insert.setInt(6, Integer.parseInt(f[5].strip()));
                insert.setDate(7, Date.valueOf(VALID_FROM));
                insert.setBoolean(8, Boolean.parseBoolean(f[6].strip()));
                insert.setString(9, aliases);
                insert.setString(10, searchKey(code, name, shortName, aliases));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.put(code, keys.getLong(1));
                }
            }
        }
    }

    /** Same key as {@code OrgUnit#refreshSearchKey()}: folded code, name, short name and aliases. */
    static String searchKey(String code, String name, String shortName, String aliases) {
        return Texts.fold(
                String.join(" | ", code, name, shortName == null ? "" : shortName, aliases == null ? "" : aliases));
    }
}
