package vn.cchc.portal.plan.importer;

import vn.cchc.portal.bench.Bench;
import vn.cchc.portal.bench.Benchmark;
import vn.cchc.portal.organization.OrgUnitMatcher;
import vn.cchc.portal.security.SystemPrincipal;

import java.time.LocalDate;

/**
 * How long reading the Excel appendix of Plan 1908/KH-UBND takes (79 rows, units matched by the portal's real
 * matcher): the first import in the JVM, then further imports each with a new resolver (was printed by a test).
 */
public final class AppendixImportBenchmark implements Benchmark {

    private static final String WORKBOOK = "phu-luc-1908-2023.xlsx";
    private static final LocalDate ISSUED = LocalDate.of(2023, 7, 21);

    @Override
    public String name() {
        return "import";
    }

    @Override
    public void run(Bench bench) throws Exception {
        OrgUnitMatcher matcher = bench.bean(OrgUnitMatcher.class);
        PlanAppendixImporter importer = new PlanAppendixImporter();
        ImportResult first =
                bench.once("first import of the 1908 appendix in this JVM", () -> importAsSystem(importer, matcher));
        bench.figure(
                "rows read, problems",
                first.rows().size() + ", " + first.problems().size());
        bench.time(
                "import of the 1908 appendix, new resolver each time",
                3,
                7,
                1,
                () -> importAsSystem(importer, matcher));
    }

    private static ImportResult importAsSystem(PlanAppendixImporter importer, OrgUnitMatcher matcher) {
        return SystemPrincipal.callAsSystem(() -> {
            try {
                return AppendixWorkbookFixture.read(importer, WORKBOOK, MatcherUnitResolver.of(matcher, ISSUED));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
