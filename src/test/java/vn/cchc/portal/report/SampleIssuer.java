package vn.cchc.portal.report;

/** The department of home affairs as its documents print it, for tests without a database. */
final class SampleIssuer {

    static final Issuer SNV = new Issuer(
            1,
            "UBND TỈNH GIA LAI",
            "SỞ NỘI VỤ",
            "Gia Lai",
            "SNV",
            "KT. GIÁM ĐỐC",
            "PHÓ GIÁM ĐỐC",
            "Nguyễn Văn B",
            "Sở Nội vụ");

    private SampleIssuer() {}
}
