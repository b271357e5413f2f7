package vn.cchc.portal.organization;

import vn.cchc.portal.bench.Bench;
import vn.cchc.portal.bench.Benchmark;

/** How long the unit matcher's name index takes for one long appendix cell (was a timed test). */
public final class UnitNameIndexBenchmark implements Benchmark {

    @Override
    public String name() {
        return "matcher";
    }

    @Override
    public void run(Bench bench) throws Exception {
        UnitNameIndex index = SeedUnits.load().index();
        int assignees = index.match(SeedUnits.LONG_APPENDIX_CELL).assignees().size();
        bench.time(
                "match one long appendix cell (" + assignees + " assignees)",
                2_000,
                15,
                1_000,
                () -> index.match(SeedUnits.LONG_APPENDIX_CELL));
        bench.time("match a short cell (\"Sở Tư pháp\")", 2_000, 15, 1_000, () -> index.match("Sở Tư pháp"));
    }
}
