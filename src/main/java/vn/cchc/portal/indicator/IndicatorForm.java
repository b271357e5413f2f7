package vn.cchc.portal.indicator;

/**
 * An indicator's definition and target rule as a form edits it; numbers are text as typed ("80,35" or "80.35").
 * For a new indicator {@code id} is null.
 */
public class IndicatorForm {

    private Long id;
    private long version;
    private String code;
    private String name;
    private String aliases;
    private Measure measure = Measure.PERCENT;
    private Direction direction = Direction.HIGHER_BETTER;
    private Integer decimals = 2;
    private RuleKind ruleKind = RuleKind.MANUAL;
    private String centralTarget;
    private String incrementPoints;
    private String fixedTarget;

    public static IndicatorForm of(IndicatorInfo info, long version) {
        IndicatorForm f = new IndicatorForm();
        f.id = info.id();
        f.version = version;
        f.code = info.code();
        f.name = info.name();
        f.aliases = info.aliases();
        f.measure = info.measure();
        f.direction = info.direction();
        f.decimals = info.decimals();
        f.ruleKind = info.ruleKind();
        f.centralTarget = plain(info.centralTarget());
        f.incrementPoints = plain(info.incrementPoints());
        f.fixedTarget = plain(info.fixedTarget());
        return f;
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null
                ? null
                : vn.cchc.portal.shared.Formats.number(value, vn.cchc.portal.shared.Formats.VIETNAMESE);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public Integer getDecimals() {
        return decimals;
    }

    public void setDecimals(Integer decimals) {
        this.decimals = decimals;
    }

    public RuleKind getRuleKind() {
        return ruleKind;
    }

    public void setRuleKind(RuleKind ruleKind) {
        this.ruleKind = ruleKind;
    }

    public String getCentralTarget() {
        return centralTarget;
    }

    public void setCentralTarget(String centralTarget) {
        this.centralTarget = centralTarget;
    }

    public String getIncrementPoints() {
        return incrementPoints;
    }

    public void setIncrementPoints(String incrementPoints) {
        this.incrementPoints = incrementPoints;
    }

    public String getFixedTarget() {
        return fixedTarget;
    }

    public void setFixedTarget(String fixedTarget) {
        this.fixedTarget = fixedTarget;
    }
}
