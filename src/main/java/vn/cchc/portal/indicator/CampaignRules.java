package vn.cchc.portal.indicator;

import java.util.List;

/**
 * The rule of Plan 629/KH-UBND for the six indicators of the 766 service index, as the plan's §III.2 states it and
 * its Appendix II applies it at day 50: online services and online payment from the central targets of Resolutions
 * 01 and 02/NQ-CP of 2024 (50% and 45%) plus 10 points, at day 50 30% and 20% (baseline + 5 points for units already
 * at or above the central target: Sở Giao thông vận tải 67,37% → 72,37%); transparency, timeliness, satisfaction and
 * digitisation 100%, digitisation at day 50 80% for departments and 50% for districts (and so their communes).
 * Aliases are the column headers the appendices print.
 */
final class CampaignRules {

    record Rule(
            String code,
            String aliases,
            RuleKind kind,
            String central,
            String increment,
            String fixed,
            List<Step> steps) {}

    /** The interim (first) milestone's step; level null for every level. */
    record Step(UnitLevel level, String below, String above) {}

    static final List<Rule> SERVICE_INDEX_2024 = List.of(
            new Rule(
                    "766.1",
                    "Tỷ lệ công khai, minh bạch|Công khai, minh bạch",
                    RuleKind.FIXED,
                    null,
                    null,
                    "100",
                    List.of()),
            new Rule(
                    "766.2",
                    "Tiến độ giải quyết|Tiến độ giải quyết hồ sơ",
                    RuleKind.FIXED,
                    null,
                    null,
                    "100",
                    List.of()),
            new Rule(
                    "766.3",
                    "Tỷ lệ dịch vụ công trực tuyến|Tỷ lệ hồ sơ trực tuyến",
                    RuleKind.CENTRAL_PLUS,
                    "50",
                    "10",
                    null,
                    List.of(new Step(null, "30", "5"))),
            new Rule(
                    "766.4",
                    "Tỷ lệ thanh toán trực tuyến",
                    RuleKind.CENTRAL_PLUS,
                    "45",
                    "10",
                    null,
                    List.of(new Step(null, "20", "5"))),
            new Rule("766.5", "Mức độ hài lòng", RuleKind.FIXED, null, null, "100", List.of()),
            new Rule(
                    "766.6",
                    "Số hóa hồ sơ|Số hóa hồ sơ, kết quả",
                    RuleKind.FIXED,
                    null,
                    null,
                    "100",
                    List.of(new Step(UnitLevel.DEPARTMENT, "80", null), new Step(UnitLevel.DISTRICT, "50", null))));

    private CampaignRules() {}

    /** Applies the rules to a set's indicators (matched by code); the steps go to the first milestone. */
    static void apply(IndicatorSetupService setup, IndicatorSet set, List<Rule> rules, boolean withSteps) {
        for (Rule rule : rules) {
            IndicatorInfo info = set.indicators().stream()
                    .filter(i -> i.code().equals(rule.code()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No indicator " + rule.code()));
            IndicatorForm form = IndicatorForm.of(info, setup.version(info.id()));
            form.setAliases(rule.aliases());
            form.setRuleKind(rule.kind());
            form.setCentralTarget(rule.central());
            form.setIncrementPoints(rule.increment());
            form.setFixedTarget(rule.fixed());
            setup.update(form);
            if (withSteps && set.milestones().size() > 1) {
                for (Step step : rule.steps()) {
                    setup.step(info.id(), set.milestones().getFirst().id(), step.level(), step.below(), step.above());
                }
            }
        }
    }
}
