package vn.cchc.portal.indicator.ui;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.portal.indicator.Direction;
import vn.cchc.portal.indicator.IndicatorInfo;
import vn.cchc.portal.indicator.Measure;
import vn.cchc.portal.indicator.Trend;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The trend chart of a unit formed in a reorganisation draws a third line whose predecessor points are marked. */
class TrendChartTest {

    @Test
    void thePredecessorsPointsAreHollowDiamondsOnALineOfTheirOwn() {
        IndicatorInfo indicator = indicator();
        Trend trend = new Trend(
                "Phường Thử",
                indicator,
                List.of("Q1", "Q2", "Q3"),
                Arrays.asList(null, null, new BigDecimal("70")),
                Arrays.asList(new BigDecimal("60"), new BigDecimal("60"), new BigDecimal("65")),
                List.of("Xã A", "Xã B"),
                Arrays.asList(new BigDecimal("50.5"), null, null));

        JsonNode chart = JsonMapper.shared().readTree(TrendPanel.option(trend, "Thực hiện", "Chỉ tiêu", "Gồm"));

        assertThat(chart.get("series")).hasSize(3);
        JsonNode combined = chart.get("series").get(2);
        assertThat(combined.get("name").asString()).isEqualTo("Gồm");
        assertThat(combined.get("symbol").asString()).isEqualTo("emptyDiamond");
        assertThat(combined.get("data").get(0).get("value").decimalValue()).isEqualByComparingTo("50.5");
        assertThat(combined.get("data")
                        .get(0)
                        .get("itemStyle")
                        .get("borderType")
                        .asString())
                .isEqualTo("dashed");
        assertThat(combined.get("data").get(1).isNull()).isTrue();
        assertThat(combined.get("data").get(2).get("symbol").asString()).isEqualTo("circle");

        Trend own = new Trend("Xã C", indicator, List.of("Q1"), List.of(BigDecimal.ONE), List.of(BigDecimal.ONE));
        assertThat(JsonMapper.shared()
                        .readTree(TrendPanel.option(own, "Thực hiện", "Chỉ tiêu", "Gồm"))
                        .get("series"))
                .hasSize(2);
    }

    private static IndicatorInfo indicator() {
        return new IndicatorInfo(
                1L,
                "TL",
                "Tỷ lệ hồ sơ trực tuyến",
                null,
                Measure.PERCENT,
                Direction.HIGHER_BETTER,
                1,
                vn.cchc.portal.indicator.RuleKind.values()[0],
                null,
                null,
                null,
                null);
    }
}
