package vn.cchc.portal.indicator.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.cchc.portal.indicator.IndicatorInfo;
import vn.cchc.portal.indicator.ProgressRow;
import vn.cchc.portal.indicator.TargetProgressService;
import vn.cchc.portal.indicator.Trend;
import vn.cchc.portal.shared.ui.EChart;

import java.math.BigDecimal;
import java.util.List;

/** One unit's values of one indicator period by period against its target (ECharts line chart). */
class TrendPanel extends VerticalLayout {

    private final transient TargetProgressService progress;
    private final ComboBox<IndicatorInfo> indicator = new ComboBox<>();
    private final EChart chart = new EChart();
    private final H3 title = new H3();
    private final com.vaadin.flow.component.html.Span note = new com.vaadin.flow.component.html.Span();
    private long planId;
    private ProgressRow row;

    TrendPanel(TargetProgressService progress) {
        this.progress = progress;
        setPadding(false);
        indicator.setLabel(getTranslation("results.trend.indicator"));
        indicator.setItemLabelGenerator(IndicatorInfo::name);
        indicator.setWidth("30em");
        indicator.setId("trend-indicator");
        indicator.addValueChangeListener(e -> draw());
        chart.setHeight("320px");
        chart.setId("trend-chart");
        note.setId("trend-predecessors");
        note.addClassName("cchc-legend");
        add(title, indicator, chart, note);
        clear();
    }

    void clear() {
        row = null;
        title.setText(getTranslation("results.trend.hint"));
        indicator.setVisible(false);
        chart.setVisible(false);
        note.setVisible(false);
    }

    void show(long planId, ProgressRow row, List<IndicatorInfo> indicators) {
        this.planId = planId;
        this.row = row;
        title.setText(getTranslation("results.trend.title", row.unitName()));
        indicator.setItems(indicators);
        indicator.setVisible(true);
        chart.setVisible(true);
        IndicatorInfo first = row.cells().stream()
                .filter(c -> c.status() == vn.cchc.portal.indicator.ProgressStatus.NOT_MET)
                .findFirst()
                .flatMap(c -> indicators.stream()
                        .filter(i -> i.id() == c.indicatorId())
                        .findFirst())
                .orElse(indicators.getFirst());
        if (first.equals(indicator.getValue())) {
            draw();
        } else {
            indicator.setValue(first);
        }
    }

    private void draw() {
        if (row == null || indicator.getValue() == null) {
            return;
        }
        Trend trend = progress.trend(planId, row.unitId(), indicator.getValue().id());
        chart.setOption(option(
                trend,
                getTranslation("results.trend.actual"),
                getTranslation("results.trend.target"),
                getTranslation("results.trend.withPredecessors")));
        note.setVisible(trend.includesPredecessors());
        note.setText(
                trend.includesPredecessors()
                        ? getTranslation(
                                "results.trend.predecessorsNote",
                                trend.unitName(),
                                String.join(", ", trend.predecessors()),
                                getTranslation(trend.indicator().measure().combineKey()))
                        : "");
    }

    /**
     * The chart: the unit's values, its target, and for a unit formed in a reorganisation a third line "with the
     * predecessors' figures" whose points taken from the predecessors are drawn as hollow diamonds.
     */
    static String option(Trend trend, String actualName, String targetName, String withPredecessorsName) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.putObject("tooltip").put("trigger", "axis").put("valueFormatter", EChart.NUMBER_FORMATTER);
        root.putObject("legend").put("top", 0);
        ObjectNode grid = root.putObject("grid");
        grid.put("left", 8).put("right", 24).put("top", 36).put("bottom", 8).put("containLabel", true);
        ObjectNode x = root.putObject("xAxis");
        x.put("type", "category");
        ArrayNode labels = x.putArray("data");
        trend.periods().forEach(labels::add);
        x.putObject("axisLabel").put("rotate", 30).put("fontSize", 10);
        ObjectNode y = root.putObject("yAxis");
        y.put("type", "value").put("min", 0);
        if (trend.indicator().measure() == vn.cchc.portal.indicator.Measure.PERCENT) {
            y.put("max", 100);
        }
        y.putObject("axisLabel").put("formatter", EChart.NUMBER_FORMATTER);
        ArrayNode series = root.putArray("series");
        ObjectNode actual = series.addObject();
        actual.put("type", "line")
                .put("name", actualName)
                .put("connectNulls", true)
                .put("symbolSize", 7);
        fill(actual.putArray("data"), trend.actuals());
        ObjectNode target = series.addObject();
        target.put("type", "line").put("name", targetName).put("step", "end").put("symbol", "none");
        target.putObject("lineStyle").put("type", "dashed");
        fill(target.putArray("data"), trend.targets());
        if (trend.includesPredecessors()) {
            ObjectNode combined = series.addObject();
            combined.put("type", "line")
                    .put("name", withPredecessorsName)
                    .put("connectNulls", true)
                    .put("symbol", "emptyDiamond")
                    .put("symbolSize", 9)
                    .put("z", 1);
            combined.putObject("lineStyle").put("type", "dotted");
            ArrayNode data = combined.putArray("data");
            List<BigDecimal> values = trend.combined();
            for (int i = 0; i < values.size(); i++) {
                BigDecimal v = values.get(i);
                if (v == null) {
                    data.addNull();
                } else if (trend.fromPredecessors().get(i) != null) {
                    data.addObject().put("value", v).putObject("itemStyle").put("borderType", "dashed");
                } else {
                    data.addObject().put("value", v).put("symbol", "circle").put("symbolSize", 5);
                }
            }
        }
        return JsonMapper.shared().writeValueAsString(root);
    }

    private static void fill(ArrayNode array, List<BigDecimal> values) {
        for (BigDecimal v : values) {
            if (v == null) {
                array.addNull();
            } else {
                array.add(v);
            }
        }
    }
}
