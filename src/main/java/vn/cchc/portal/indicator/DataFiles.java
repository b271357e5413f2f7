package vn.cchc.portal.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tables of Plan 629/KH-UBND's appendices, kept as printed in {@code db/data/indicators/*.tsv}. */
final class DataFiles {

    static final String DIR = "/db/data/indicators/";
    /** §II: the province's own 2023 values. */
    static final String PROVINCE = "629-muc-II-toan-tinh.tsv";
    /** Appendix I: 2023 results of the 17 departments, 17 districts and 220 communes. */
    static final List<String> APPENDIX_I =
            List.of("629-phu-luc-I-1-so-ban-nganh.tsv", "629-phu-luc-I-2-cap-huyen.tsv", "629-phu-luc-I-3-cap-xa.tsv");
    /** Appendix II: targets of the departments and the districts (communes apply their district's). */
    static final List<String> APPENDIX_II =
            List.of("629-phu-luc-II-1-so-ban-nganh.tsv", "629-phu-luc-II-2-cap-huyen.tsv");

    private DataFiles() {}

    /** A tab-separated file as table rows (row 1 = the header). */
    static List<ValueTable.Row> read(String file) {
        try (InputStream in = DataFiles.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + DIR + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<ValueTable.Row> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                rows.add(new ValueTable.Row(
                        n,
                        Arrays.stream(line.split("\t", -1))
                                .map(ValueTable.Cell::text)
                                .toList()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
