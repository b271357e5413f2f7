package vn.cchc.portal.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.cchc.portal.shared.Formats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An <a href="https://echarts.apache.org/">Apache ECharts</a> chart (Apache License 2.0, from npm), rendered by the
 * {@code <cchc-echart>} web component in {@code frontend/components/cchc-echart.js}.
 *
 * <p>{@link #setOption(String)} takes a complete ECharts option as JSON; it replaces the previous option
 * ({@code notMerge}). JSON cannot hold functions, so the web component turns these marker strings into functions:
 * <ul>
 *   <li>{@value #NUMBER_FORMATTER} as the value of a {@code formatter} or {@code valueFormatter} key: the number in
 *   the chart's locale, up to two decimals ("80,5" and "1.234" in Vietnamese);</li>
 *   <li>{@value #BAND_WIDTH} as an {@code axisLabel.width} of a category axis: the width of one category band, so
 *   long labels wrap or are cut with "…" instead of overlapping.</li>
 * </ul>
 * Size it with {@link #setWidth}/{@link #setHeight} (400 px high and full width by default); it follows its
 * container's size. The chart is disposed when the component is detached.
 *
 * <p>{@link #bars} builds the bar charts of the portal; bar clicks reach the server as
 * {@link #addBarClickListener bar click events}.
 */
@Tag("cchc-echart")
@NpmPackage(value = "echarts", version = EChart.ECHARTS_VERSION)
@JsModule("./components/cchc-echart.js")
public class EChart extends Component implements HasSize {

    /** The npm version of Apache ECharts in the frontend bundles. */
    public static final String ECHARTS_VERSION = "6.1.0";

    /** Marker for a locale-aware number formatter, see the class comment. */
    public static final String NUMBER_FORMATTER = "cchc:number";

    /** Marker for a category label width of one band, see the class comment. */
    public static final String BAND_WIDTH = "cchc:band";

    /** Longest category label (characters) that {@link #bars(String, List, Map)} still draws as vertical columns. */
    static final int LONG_LABEL = 16;

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Direction of the bars. */
    public enum Orientation {
        /** Columns: categories along the bottom. */
        VERTICAL,
        /** Bars: categories down the left side, the first one at the top; best for long category names. */
        HORIZONTAL
    }

    /** How the chart is drawn in the browser. */
    public enum Renderer {
        /** Crisp at any zoom, text selectable; the default. */
        SVG,
        /** Faster for many thousands of data points. */
        CANVAS
    }

    private String option = "{}";
    private Locale numberLocale;

    public EChart() {
        setWidthFull();
        setHeight("400px");
        getElement().setAttribute("role", "img");
        getElement().setProperty("option", option);
        setRenderer(Renderer.SVG);
    }

    /** A chart showing the given ECharts option (JSON). */
    public EChart(String jsonOption) {
        this();
        setOption(jsonOption);
    }

    /**
     * Shows a complete ECharts option, replacing the previous one.
     *
     * @param jsonOption an ECharts option object as JSON text
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    public void setOption(String jsonOption) {
        JsonNode parsed;
        try {
            parsed = JSON.readTree(Objects.requireNonNull(jsonOption, "jsonOption"));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (parsed == null || !parsed.isObject()) {
            throw new IllegalArgumentException("An ECharts option must be a JSON object");
        }
        option = jsonOption;
        getElement().setProperty("option", jsonOption);
        String title = parsed.path("title").path("text").asString("");
        if (!title.isBlank()) {
            getElement().setAttribute("aria-label", title);
        } else {
            getElement().removeAttribute("aria-label");
        }
    }

    /**
     * Fixes the value axis to a range, e.g. 0–100 for rates in percent, instead of the range ECharts derives from the
     * data (0–12 for a largest value of 11,1). Either bound may be null to keep it automatic.
     */
    public EChart setValueRange(Number min, Number max) {
        ObjectNode root = (ObjectNode) JSON.readTree(option);
        for (String axis : List.of("xAxis", "yAxis")) {
            if (root.get(axis) instanceof ObjectNode node
                    && "value".equals(node.path("type").asString(""))) {
                setBound(node, "min", min);
                setBound(node, "max", max);
            }
        }
        setOption(JSON.writeValueAsString(root));
        return this;
    }

    private static void setBound(ObjectNode axis, String name, Number value) {
        if (value == null) {
            axis.remove(name);
        } else {
            axis.put(name, new BigDecimal(value.toString()));
        }
    }

    /** The ECharts option shown, as JSON text. */
    public String getOption() {
        return option;
    }

    public void setRenderer(Renderer renderer) {
        getElement()
                .setProperty(
                        "renderer",
                        Objects.requireNonNull(renderer, "renderer").name().toLowerCase(Locale.ROOT));
    }

    public Renderer getRenderer() {
        return Renderer.valueOf(getElement().getProperty("renderer", "svg").toUpperCase(Locale.ROOT));
    }

    /**
     * The locale of numbers formatted by {@value #NUMBER_FORMATTER}; by default the UI's locale, where any
     * Vietnamese locale means {@code vi-VN} (decimal comma).
     */
    public void setNumberLocale(Locale locale) {
        this.numberLocale = locale;
        applyNumberLocale(locale);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (numberLocale == null) {
            applyNumberLocale(attachEvent.getUI().getLocale());
        }
    }

    private void applyNumberLocale(Locale locale) {
        Locale effective = locale == null
                        || "vi".equals(locale.getLanguage())
                        || locale.getLanguage().isEmpty()
                ? Formats.VIETNAMESE
                : locale;
        getElement().setProperty("locale", effective.toLanguageTag());
    }

    /** Called with the category name when a bar or a category label is clicked. */
    public Registration addCategoryClickListener(Consumer<String> category) {
        Objects.requireNonNull(category, "category");
        return addBarClickListener(event -> category.accept(event.getCategory()));
    }

    /** Called when a bar (category and series) or a category label (category only) is clicked. */
    public Registration addBarClickListener(ComponentEventListener<BarClickEvent> listener) {
        return addListener(BarClickEvent.class, listener);
    }

    /** A click on a bar or a category label, sent by the web component as the DOM event {@code cchc-echart-click}. */
    @DomEvent("cchc-echart-click")
    public static class BarClickEvent extends ComponentEvent<EChart> {

        private final String category;
        private final String series;

        public BarClickEvent(
                EChart source,
                boolean fromClient,
                @EventData("event.detail.category") String category,
                @EventData("event.detail.series") String series) {
            super(source, fromClient);
            this.category = category;
            this.series = series;
        }

        /** The category (axis label) of the clicked bar. */
        public String getCategory() {
            return category;
        }

        /** The series name of the clicked bar; {@code null} when a category label was clicked. */
        public String getSeries() {
            return series;
        }
    }

    /**
     * A bar chart with one bar per category and series: columns when every category name is short (up to 16
     * characters), otherwise horizontal bars with wrapped names.
     *
     * @param title      shown above the chart; may be null
     * @param categories category names, in display order
     * @param series     series name to one value per category (null for no value); iteration order is the legend
     *                   order, so use a {@link java.util.LinkedHashMap} for several series
     */
    public static EChart bars(
            String title, List<String> categories, Map<String, ? extends List<? extends Number>> series) {
        boolean longNames = categories.stream().anyMatch(name -> name != null && name.length() > LONG_LABEL);
        return bars(title, categories, series, longNames ? Orientation.HORIZONTAL : Orientation.VERTICAL);
    }

    /** A bar chart in the given orientation; see {@link #bars(String, List, Map)}. */
    public static EChart bars(
            String title,
            List<String> categories,
            Map<String, ? extends List<? extends Number>> series,
            Orientation orientation) {
        return new EChart(barsOption(title, categories, series, orientation));
    }

    /** The ECharts option (JSON) of {@link #bars(String, List, Map, Orientation)}. */
    public static String barsOption(
            String title,
            List<String> categories,
            Map<String, ? extends List<? extends Number>> series,
            Orientation orientation) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(orientation, "orientation");
        series.forEach((name, values) -> {
            if (values == null || values.size() != categories.size()) {
                throw new IllegalArgumentException("Series '" + name + "' needs " + categories.size()
                        + " values, one per category, not " + (values == null ? "null" : values.size()));
            }
        });
        boolean horizontal = orientation == Orientation.HORIZONTAL;
        boolean hasTitle = title != null && !title.isBlank();
        boolean legend = series.size() > 1;

        ObjectNode root = NODES.objectNode();
        if (hasTitle) {
            ObjectNode titleNode = root.putObject("title");
            titleNode.put("text", title);
            titleNode.put("left", "center");
            titleNode.putObject("textStyle").put("fontSize", 15).put("fontWeight", 600);
        }
        ObjectNode tooltip = root.putObject("tooltip");
        tooltip.put("trigger", "axis");
        tooltip.put("confine", true);
        tooltip.putObject("axisPointer").put("type", "shadow");
        tooltip.put("valueFormatter", NUMBER_FORMATTER);
        if (legend) {
            ObjectNode legendNode = root.putObject("legend");
            legendNode.put("top", hasTitle ? 30 : 0);
            legendNode.put("type", "scroll");
        }
        ObjectNode grid = root.putObject("grid");
        grid.put("left", 8);
        grid.put("right", horizontal ? 48 : 16);
        grid.put("top", (hasTitle ? 40 : 12) + (legend ? 28 : 0));
        grid.put("bottom", 8);
        grid.put("containLabel", true);

        ObjectNode categoryAxis = NODES.objectNode();
        categoryAxis.put("type", "category");
        ArrayNode data = categoryAxis.putArray("data");
        categories.forEach(data::add);
        categoryAxis.put("triggerEvent", true);
        categoryAxis.putObject("tooltip").put("show", true);
        categoryAxis.putObject("axisTick").put("alignWithLabel", true);
        ObjectNode categoryLabel = categoryAxis.putObject("axisLabel");
        categoryLabel.put("interval", 0);
        categoryLabel.put("overflow", "break");
        categoryLabel.put("lineOverflow", "truncate");
        categoryLabel.put("ellipsis", "…");
        categoryLabel.put("lineHeight", 15);
        if (horizontal) {
            categoryAxis.put("inverse", true);
            categoryLabel.put("width", 190);
            categoryLabel.put("height", 45);
        } else {
            categoryLabel.put("width", BAND_WIDTH);
            categoryLabel.put("height", 30);
        }

        ObjectNode valueAxis = NODES.objectNode();
        valueAxis.put("type", "value");
        valueAxis.putObject("axisLabel").put("formatter", NUMBER_FORMATTER);

        root.set(horizontal ? "yAxis" : "xAxis", categoryAxis);
        root.set(horizontal ? "xAxis" : "yAxis", valueAxis);

        ArrayNode seriesNodes = root.putArray("series");
        series.forEach((name, values) -> {
            ObjectNode one = seriesNodes.addObject();
            one.put("type", "bar");
            one.put("name", name);
            one.put("barMaxWidth", 36);
            ObjectNode label = one.putObject("label");
            label.put("show", true);
            label.put("position", horizontal ? "right" : "top");
            label.put("formatter", NUMBER_FORMATTER);
            label.put("fontSize", 11);
            one.putObject("emphasis").put("focus", "series");
            one.put("cursor", "pointer");
            ArrayNode points = one.putArray("data");
            values.forEach(value -> addNumber(points, value));
        });
        return JSON.writeValueAsString(root);
    }

    private static void addNumber(ArrayNode array, Number value) {
        switch (value) {
            case null -> array.addNull();
            case BigDecimal decimal -> array.add(decimal);
            case BigInteger integer -> array.add(integer);
            case Long l -> array.add(l);
            case Integer i -> array.add(i);
            case Short s -> array.add(s);
            case Byte b -> array.add(b);
            case Float f when Float.isFinite(f) -> array.add(new BigDecimal(f.toString()));
            default -> {
                double d = value.doubleValue();
                if (Double.isFinite(d)) {
                    array.add(d);
                } else {
                    array.addNull();
                }
            }
        }
    }
}
