package vn.cchc.portal.report.periodic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics of a periodic CCHC report (resource {@code report/cchc-statistics.tsv}, taken from the appendix of
 * the 2021 report: its codes — as printed, a repeated "1.1.x" under 1.2 included — statistics and units of
 * measure). A row with a {@code source} is computed from the portal's data; the others are entered by the planner.
 */
public final class StatisticsCatalog {

    /** Computed: tasks set in the report's plans. */
    public static final String TASKS_SET = "TASKS_SET";
    /** Computed: tasks done by the report's day. */
    public static final String TASKS_DONE = "TASKS_DONE";

    /** One statistic; {@code key} is unique (codes are not), {@code source} is blank when entered by hand. */
    public record Entry(
            String key, String code, String indicator, String unit, boolean heading, boolean detail, String source) {

        public boolean computed() {
            return source != null && !source.isBlank();
        }

        public boolean enterable() {
            return !heading && !computed() && unit != null && !unit.isBlank();
        }
    }

    private static final List<Entry> ENTRIES = load();

    private StatisticsCatalog() {}

    public static List<Entry> entries() {
        return ENTRIES;
    }

    private static List<Entry> load() {
        try (InputStream in = StatisticsCatalog.class.getResourceAsStream("/report/cchc-statistics.tsv")) {
            if (in == null) {
                throw new IllegalStateException("Missing /report/cchc-statistics.tsv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> out = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] c = (line + "\t\t\t\t\t\t\t").split("\t", -1);
                out.add(new Entry(
                        c[0], c[1], c[2], c[3], Boolean.parseBoolean(c[4]), Boolean.parseBoolean(c[5]), c[6]));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
