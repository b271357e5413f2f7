package vn.cchc.portal.report;

import vn.cchc.portal.shared.Signer;

/** The editable issuing data of one unit (administrators and planners). Blank fields fall back to derived values. */
public class IssuerForm {

    private long unitId;
    private String parentBody;
    private String issuingBody;
    private String place;
    private String symbol;
    private Signer signer = Signer.NONE;

    public long getUnitId() {
        return unitId;
    }

    public void setUnitId(long unitId) {
        this.unitId = unitId;
    }

    public String getParentBody() {
        return parentBody;
    }

    public void setParentBody(String parentBody) {
        this.parentBody = parentBody;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getSymbol() {
        return symbol;
    }

    public void setSymbol(String symbol) {
        this.symbol = symbol;
    }

    /** The signature block; never null. */
    public Signer getSigner() {
        return signer;
    }

    public void setSigner(Signer signer) {
        this.signer = Signer.orNone(signer);
    }
}
