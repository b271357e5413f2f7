package vn.cchc.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.cchc.portal.shared.Formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ECharts component builds the option the web component draws and hears the clicks it reports. */
class EChartTest {

    private static final List<String> FIELDS = List.of(
            "I. Chỉ đạo điều hành",
            "II. Thể chế",
            "V. Cải cách chế độ công vụ, xây dựng đội ngũ cán bộ, công chức, viên chức");

    private static JsonNode option(EChart chart) {
        return JsonMapper.shared().readTree(chart.getOption());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.isNull() ? null : node.asString()));
        return texts;
    }

    @Test
    void longCategoryNamesBecomeHorizontalBarsWithTheFirstCategoryOnTop() {
        EChart chart =
                EChart.bars("Tỷ lệ hoàn thành theo lĩnh vực", FIELDS, Map.of("Hoàn thành (%)", List.of(80.5, 62, 45)));

        JsonNode option = option(chart);
        assertThat(option.path("title").path("text").asString()).isEqualTo("Tỷ lệ hoàn thành theo lĩnh vực");
        JsonNode categoryAxis = option.path("yAxis");
        assertThat(categoryAxis.path("type").asString()).isEqualTo("category");
        assertThat(texts(categoryAxis.path("data"))).isEqualTo(FIELDS);
        assertThat(categoryAxis.path("inverse").asBoolean()).isTrue();
        assertThat(option.path("xAxis").path("type").asString()).isEqualTo("value");
        JsonNode series = option.path("series");
        assertThat(series).hasSize(1);
        assertThat(series.get(0).path("type").asString()).isEqualTo("bar");
        assertThat(series.get(0).path("name").asString()).isEqualTo("Hoàn thành (%)");
        assertThat(series.get(0).path("data").toString()).isEqualTo("[80.5,62,45]");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Tỷ lệ hoàn thành theo lĩnh vực");
    }

    @Test
    void numbersAreFormattedWithTheDecimalCommaInLabelsTooltipsAndTheValueAxis() {
        JsonNode option = option(EChart.bars("Tỷ lệ", FIELDS, Map.of("Hoàn thành (%)", List.of(80.5, 62, 45))));

        assertThat(option.path("series").get(0).path("label").path("formatter").asString())
                .isEqualTo(EChart.NUMBER_FORMATTER);
        assertThat(option.path("tooltip").path("valueFormatter").asString()).isEqualTo(EChart.NUMBER_FORMATTER);
        assertThat(option.path("xAxis").path("axisLabel").path("formatter").asString())
                .isEqualTo(EChart.NUMBER_FORMATTER);
        assertThat(EChart.NUMBER_FORMATTER).isEqualTo("cchc:number");
    }

    @Test
    void theNumberLocaleIsVietnameseUnlessTheUserChoseAnotherLanguage() {
        EChart vietnamese = new EChart();
        UI ui = new UI();
        ui.setLocale(Formats.VIETNAMESE);
        ui.add(vietnamese);
        assertThat(vietnamese.getElement().getProperty("locale")).isEqualTo("vi-VN");

        EChart english = new EChart();
        UI englishUi = new UI();
        englishUi.setLocale(Locale.ENGLISH);
        englishUi.add(english);
        assertThat(english.getElement().getProperty("locale")).isEqualTo("en");
    }

    @Test
    void longCategoryLabelsWrapAndAreCutWithAnEllipsisAndShowTheirFullNameOnHover() {
        JsonNode axis = option(EChart.bars("Tỷ lệ", FIELDS, Map.of("Hoàn thành (%)", List.of(1, 2, 3))))
                .path("yAxis");

        JsonNode label = axis.path("axisLabel");
        assertThat(label.path("overflow").asString()).isEqualTo("break");
        assertThat(label.path("lineOverflow").asString()).isEqualTo("truncate");
        assertThat(label.path("width").asInt()).isPositive();
        assertThat(label.path("interval").asInt()).isZero();
        assertThat(axis.path("tooltip").path("show").asBoolean()).isTrue();
        assertThat(axis.path("triggerEvent").asBoolean()).isTrue();
    }

    @Test
    void shortCategoryNamesBecomeColumnsWithOneNamedSeriesEachInLegendOrder() {
        Map<String, List<Number>> series = new LinkedHashMap<>();
        series.put("Kế hoạch", List.of(12, 15, 9, 20));
        series.put("Thực hiện", Arrays.asList(10.5, new BigDecimal("15.25"), null, 18L));

        JsonNode option =
                option(EChart.bars("Nhiệm vụ theo quý", List.of("Quý I", "Quý II", "Quý III", "Quý IV"), series));

        assertThat(option.path("xAxis").path("type").asString()).isEqualTo("category");
        assertThat(option.path("xAxis").path("axisLabel").path("width").asString())
                .isEqualTo(EChart.BAND_WIDTH);
        assertThat(texts(option.path("xAxis").path("data"))).containsExactly("Quý I", "Quý II", "Quý III", "Quý IV");
        assertThat(option.path("yAxis").path("type").asString()).isEqualTo("value");
        assertThat(option.path("legend").isObject()).isTrue();
        JsonNode bars = option.path("series");
        assertThat(bars.get(0).path("name").asString()).isEqualTo("Kế hoạch");
        assertThat(bars.get(1).path("name").asString()).isEqualTo("Thực hiện");
        assertThat(bars.get(1).path("data").toString()).isEqualTo("[10.5,15.25,null,18]");
    }

    @Test
    void theOrientationCanBeChosen() {
        String json =
                EChart.barsOption(null, List.of("A", "B"), Map.of("S", List.of(1, 2)), EChart.Orientation.HORIZONTAL);

        JsonNode option = JsonMapper.shared().readTree(json);
        assertThat(option.path("yAxis").path("type").asString()).isEqualTo("category");
        assertThat(option.has("title")).isFalse();
        assertThat(option.has("legend")).isFalse();
    }

    @Test
    void aSeriesNeedsExactlyOneValuePerCategory() {
        assertThatThrownBy(() -> EChart.bars("x", List.of("A", "B"), Map.of("S", List.of(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'S' needs 2 values");
    }

    @Test
    void anyEChartsOptionCanBeShownAsJsonButNotBrokenJson() {
        EChart chart = new EChart();
        String pie =
                "{\"title\":{\"text\":\"Cơ cấu\"},\"series\":[{\"type\":\"pie\",\"data\":[{\"name\":\"A\",\"value\":1}]}]}";

        chart.setOption(pie);

        assertThat(chart.getOption()).isEqualTo(pie);
        assertThat(chart.getElement().getProperty("option")).isEqualTo(pie);
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Cơ cấu");
        assertThatThrownBy(() -> chart.setOption("{\"series\": [")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart.setOption("[1, 2]")).isInstanceOf(IllegalArgumentException.class);
        assertThat(chart.getOption()).isEqualTo(pie);
    }

    @Test
    void theChartFillsTheWidthAndIsDrawnAsSvgUnlessToldOtherwise() {
        EChart chart = new EChart();
        assertThat(chart.getWidth()).isEqualTo("100%");
        assertThat(chart.getHeight()).isEqualTo("400px");
        assertThat(chart.getElement().getTag()).isEqualTo("cchc-echart");
        assertThat(chart.getRenderer()).isEqualTo(EChart.Renderer.SVG);

        chart.setRenderer(EChart.Renderer.CANVAS);
        chart.setHeight("300px");

        assertThat(chart.getElement().getProperty("renderer")).isEqualTo("canvas");
        assertThat(chart.getHeight()).isEqualTo("300px");
    }

    @Test
    void aClickOnABarInTheBrowserReachesTheCategoryAndBarListeners() {
        EChart chart = EChart.bars("Tỷ lệ", FIELDS, Map.of("Hoàn thành (%)", List.of(80.5, 62, 45)));
        List<String> categories = new ArrayList<>();
        List<String> bars = new ArrayList<>();
        chart.addCategoryClickListener(categories::add);
        chart.addBarClickListener(event ->
                bars.add(event.getCategory() + " / " + event.getSeries() + (event.isFromClient() ? " (client)" : "")));

        assertThat(chart.getElement()
                        .getNode()
                        .getFeature(ElementListenerMap.class)
                        .getExpressions("cchc-echart-click"))
                .contains("event.detail.category", "event.detail.series");

        click(chart, "II. Thể chế", "Hoàn thành (%)");

        assertThat(categories).containsExactly("II. Thể chế");
        assertThat(bars).containsExactly("II. Thể chế / Hoàn thành (%) (client)");
    }

    @Test
    void aClickOnACategoryLabelHasNoSeries() {
        EChart chart = EChart.bars("Tỷ lệ", FIELDS, Map.of("Hoàn thành (%)", List.of(80.5, 62, 45)));
        List<String> bars = new ArrayList<>();
        chart.addBarClickListener(event -> bars.add(event.getCategory() + " / " + event.getSeries()));

        click(chart, "I. Chỉ đạo điều hành", null);

        assertThat(bars).containsExactly("I. Chỉ đạo điều hành / null");
    }

    @Test
    void aRemovedListenerHearsNoMoreClicks() {
        EChart chart = new EChart();
        List<String> categories = new ArrayList<>();
        chart.addCategoryClickListener(categories::add).remove();

        click(chart, "A", "S");

        assertThat(categories).isEmpty();
    }

    /** What the browser sends for {@code cchc-echart-click} with {@code detail: {category, series}}. */
    private static void click(EChart chart, String category, String series) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.detail.category", category);
        if (series == null) {
            data.putNull("event.detail.series");
        } else {
            data.put("event.detail.series", series);
        }
        chart.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(chart.getElement(), "cchc-echart-click", data));
    }
}
