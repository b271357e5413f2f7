package vn.cchc.portal.report;

/**
 * Who issues a document, as its header and signature print it: taken from the issuing unit's data (and, for a plan,
 * from the plan itself).
 *
 * @param unitId          the issuing unit
 * @param parentBody      the managing body above ("UBND TỈNH X"); null for a people's committee
 * @param issuingBody     the issuer as printed ("SỞ TƯ PHÁP", "ỦY BAN NHÂN DÂN\nTỈNH X")
 * @param place           the place before the date (the province's name)
 * @param symbol          the issuer's part of a document symbol ("UBND" in "BC-UBND", "SNV")
 * @param signerAuthority "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" …
 * @param signerTitle     "CHỦ TỊCH", "PHÓ GIÁM ĐỐC" …
 * @param signerName      the signer's name; may be blank until someone enters it
 * @param unitName        the unit's name in ordinary case, for sentences ("Sở Nội vụ")
 */
public record Issuer(
        long unitId,
        String parentBody,
        String issuingBody,
        String place,
        String symbol,
        String signerAuthority,
        String signerTitle,
        String signerName,
        String unitName) {

    /** "Số:      /BC-UBND": the number line of a document the clerk numbers when it is signed. */
    public String blankNumber(String kindSymbol) {
        return "Số:      /" + kindSymbol + (symbol == null || symbol.isBlank() ? "" : "-" + symbol);
    }

    public boolean hasSignerName() {
        return signerName != null && !signerName.isBlank();
    }
}
