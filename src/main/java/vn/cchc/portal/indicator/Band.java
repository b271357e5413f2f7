package vn.cchc.portal.indicator;

import java.math.BigDecimal;

/**
 * The grades Plan 629/KH-UBND §II uses for a rate ("xếp loại Xuất sắc, Tốt, Khá, Trung bình, Yếu"). The plan does
 * not print the thresholds; these (90 / 80 / 70 / 50) reproduce its counts closely (e.g. timeliness of communes:
 * 201 good or excellent, 17 fair, 1 average, 1 weak against the printed 200 / 18 / 1 / 1).
 */
public enum Band {
    EXCELLENT(new BigDecimal("90")),
    GOOD(new BigDecimal("80")),
    FAIR(new BigDecimal("70")),
    AVERAGE(new BigDecimal("50")),
    WEAK(BigDecimal.ZERO);

    private final BigDecimal from;

    Band(BigDecimal from) {
        this.from = from;
    }

    /** The grade of a percentage. */
    public static Band of(BigDecimal percent) {
        for (Band band : values()) {
            if (percent.compareTo(band.from) >= 0) {
                return band;
            }
        }
        return WEAK;
    }

    public String labelKey() {
        return "indicator.band." + name();
    }
}
