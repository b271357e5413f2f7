package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.cchc.portal.shared.Texts;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads the three index frameworks and their criteria from {@code db/data/criteria.tsv}: the PAR Index 2023 with
 * the eight areas, criteria (TC) and sub-criteria (TCTP) of the appendix of Plan 1908/KH-UBND (21/07/2023); SIPAS
 * 2023 with its components and their 2022 values; the six indicators of Decision 766/QĐ-TTg as Plan 629/KH-UBND
 * (2024) lists them. Runs once, on H2 and PostgreSQL alike.
 */
public class V5__Load_criteria extends BaseJavaMigration {

    static final String RESOURCE = "/db/data/criteria.tsv";
    static final String HEADER =
            "framework\tcode\tparent_code\tlevel\ttitle\tsort_order\tbaseline\tbaseline_year\tunit\tmax_score";

    /** The frameworks the file refers to, in the order they are created. */
    record Framework(String code, String name, String kind, int year) {}

    static final Map<String, Framework> FRAMEWORKS = new LinkedHashMap<>();

    static {
        for (Framework f : new Framework[] {
            new Framework("PAR2023", "Chỉ số CCHC 2023", "PAR_INDEX", 2023),
            new Framework("SIPAS2023", "Chỉ số SIPAS 2023", "SIPAS", 2023),
            new Framework("SVC766", "Bộ chỉ số 766", "SERVICE_766", 2024)
        }) {
            FRAMEWORKS.put(f.code(), f);
        }
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, Long> frameworkIds = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into criteria_framework (code, name, kind, framework_year) values (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (Framework f : FRAMEWORKS.values()) {
                insert.setString(1, f.code());
                insert.setString(2, Texts.nfc(f.name()));
                insert.setString(3, f.kind());
                insert.setInt(4, f.year());
                insert.executeUpdate();
                frameworkIds.put(f.code(), generatedId(insert));
            }
        }

        Map<String, Long> ids = new HashMap<>();
        String sql = "insert into criterion (framework_id, parent_id, code, title, level, sort_order, baseline, "
                + "baseline_year, unit, max_score, search_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (InputStream in = V5__Load_criteria.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            try (reader;
                    insert) {
                String header = reader.readLine();
                if (!HEADER.equals(header)) {
                    throw new IllegalStateException(RESOURCE + ": unexpected header " + header);
                }
                String line;
                int lineNo = 1;
                while ((line = reader.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    if (f.length != 10) {
                        throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 10 columns");
                    }
                    String framework = f[0].strip();
                    Long frameworkId = frameworkIds.get(framework);
                    if (frameworkId == null) {
                        throw new IllegalStateException(
                                RESOURCE + " line " + lineNo + ": unknown framework " + framework);
                    }
                    String code = Texts.nfc(f[1]);
                    String title = Texts.nfc(f[4]);
                    insert.setLong(1, frameworkId);
                    if (f[2].isBlank()) {
                        insert.setNull(2, Types.BIGINT);
                    } else {
                        Long parent = ids.get(framework + "|" + Texts.nfc(f[2]));
                        if (parent == null) {
                            throw new IllegalStateException(RESOURCE + " line " + lineNo + ": unknown parent " + f[2]);
                        }
                        insert.setLong(2, parent);
                    }
                    insert.setString(3, code);
                    insert.setString(4, title);
                    insert.setString(5, f[3].strip());
                    insert.setInt(6, Integer.parseInt(f[5].strip()));
                    setDecimal(insert, 7, f[6]);
                    if (f[7].isBlank()) {
                        insert.setNull(8, Types.INTEGER);
                    } else {
                        insert.setInt(8, Integer.parseInt(f[7].strip()));
                    }
                    insert.setString(9, Texts.nfcOrNull(f[8]));
                    setDecimal(insert, 10, f[9]);
                    insert.setString(11, searchKey(code, title));
                    insert.executeUpdate();
                    ids.put(framework + "|" + code, generatedId(insert));
                }
            }
        }
    }

    /** Same key as {@code Criterion#refreshSearchKey()}: folded code and title. */
    static String searchKey(String code, String title) {
        return Texts.fold(code + " " + title);
    }

    private static void setDecimal(PreparedStatement insert, int index, String value) throws Exception {
        if (value.isBlank()) {
            insert.setNull(index, Types.NUMERIC);
        } else {
            insert.setBigDecimal(index, new BigDecimal(value.strip()));
        }
    }

    private static long generatedId(PreparedStatement insert) throws Exception {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
